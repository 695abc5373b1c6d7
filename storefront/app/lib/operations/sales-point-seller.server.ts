import { graphql } from "../../gql";

/** Sales points, the seller's side: a producer's listings at points, asking a point to carry a product, withdrawing. */

export const SalesPointListingFields = graphql(`
  fragment SalesPointListingFields on SalesPointListing {
    state
    stockLevel
    requestedAt
    product {
      ...SalesPointProductFields
    }
    salesPoint {
      id
      name
      slug
    }
  }
`);

export const SellerSalesPointsQuery = graphql(`
  query SellerSalesPoints($producerId: ID!) {
    node(id: $producerId) {
      ... on Producer {
        id
        name
        salesPointListings(first: 50) {
          nodes {
            ...SalesPointListingFields
          }
        }
        products(first: 50) {
          nodes {
            id
            name
          }
        }
      }
    }
  }
`);

/** Approved points by name and province, for a producer choosing where to ask (with the province list). */
export const SellerPointSearchQuery = graphql(`
  query SellerPointSearch($pointQuery: String, $provinceCode: String, $searching: Boolean!) {
    salesPoints(first: 20, query: $pointQuery, provinceCode: $provinceCode) @include(if: $searching) {
      nodes {
        id
        name
        kind
        addressLine
        province {
          name
        }
      }
    }
    provinces(first: 40) {
      nodes {
        code
        name
      }
    }
  }
`);

export const SalesPointListingRequestMutation = graphql(`
  mutation SalesPointListingRequest($input: SalesPointListingRequestInput!) {
    salesPointListingRequest(input: $input) {
      ...SalesPointListingPayloadFields
    }
  }
`);

export const SalesPointListingWithdrawMutation = graphql(`
  mutation SalesPointListingWithdraw($input: SalesPointListingInput!) {
    salesPointListingWithdraw(input: $input) {
      ...SalesPointListingPayloadFields
    }
  }
`);
