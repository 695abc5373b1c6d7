import { graphql } from "../../gql";

/** Sales points: the map page, "buy in person" on product pages, the manager's and seller's pages. */

export const SalesPointCardFields = graphql(`
  fragment SalesPointCardFields on SalesPoint {
    id
    slug
    name
    kind
    chainName
    addressLine
    latitude
    longitude
    url
    distanceKm
    openNow
    opensAt
    timeZone
    openingHours {
      day
      opens
      closes
    }
    contact {
      phone
    }
    province {
      code
      name
    }
  }
`);

export const SalesPointsMapQuery = graphql(`
  query SalesPointsMap($near: NearInput, $provinceCode: String, $productId: ID, $kind: SalesPointKind, $openNow: Boolean, $withOnline: Boolean!) {
    salesPoints(first: 50, near: $near, provinceCode: $provinceCode, productId: $productId, kind: $kind, openNow: $openNow) {
      totalCount
      nodes {
        ...SalesPointCardFields
      }
    }
    online: salesPoints(first: 10, kind: ONLINE_CHANNEL, productId: $productId, openNow: $openNow) @include(if: $withOnline) {
      nodes {
        ...SalesPointCardFields
      }
    }
    provinces(first: 40) {
      nodes {
        code
        name
        centre {
          latitude
          longitude
        }
      }
    }
  }
`);

export const SalesPointProductQuery = graphql(`
  query SalesPointProduct($slug: String!) {
    product(slug: $slug) {
      id
      name
      slug
    }
  }
`);

export const SalesPointProductSearchQuery = graphql(`
  query SalesPointProductSearch($query: String!) {
    search(query: $query, first: 8) {
      nodes {
        product {
          id
          name
          slug
          producer {
            name
          }
        }
      }
    }
  }
`);

export const ProductSalesPointsQuery = graphql(`
  query ProductSalesPoints($slug: String!, $near: NearInput, $provinceCode: String) {
    product(slug: $slug) {
      id
      salesPoints(first: 5, near: $near, provinceCode: $provinceCode) {
        totalCount
        nodes {
          ...SalesPointCardFields
        }
      }
    }
    provinces(first: 40) {
      nodes {
        code
        name
        centre {
          latitude
          longitude
        }
      }
    }
  }
`);

export const SalesPointRegisterMutation = graphql(`
  mutation SalesPointRegister($input: SalesPointRegisterInput!) {
    salesPointRegister(input: $input) {
      salesPoint {
        id
        name
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const SalesPointRegisterPageQuery = graphql(`
  query SalesPointRegisterPage {
    provinces(first: 40) {
      nodes {
        code
        name
      }
    }
  }
`);

export const SalesPointListingFields = graphql(`
  fragment SalesPointListingFields on SalesPointListing {
    state
    stockLevel
    requestedAt
    product {
      id
      name
      slug
      producer {
        name
      }
    }
    salesPoint {
      id
      name
      slug
    }
  }
`);

export const SalesPointManagerQuery = graphql(`
  query SalesPointManager {
    viewer {
      id
      roles {
        id
        kind
        ... on SalesPointManagerRole {
          salesPoint {
            id
            slug
          }
        }
      }
    }
  }
`);

/** One managed point with its listings in one state (a manager has one or two points: two queries each). */
export const SalesPointManagedQuery = graphql(`
  query SalesPointManaged($slug: String!, $state: SalesPointListingState!) {
    salesPoint(slug: $slug) {
      id
      name
      slug
      kind
      approval
      addressLine
      province {
        name
      }
      listings(state: $state, first: 50) {
        nodes {
          state
          stockLevel
          product {
            id
            name
            producer {
              name
            }
          }
        }
      }
    }
  }
`);

export const SalesPointListingConfirmMutation = graphql(`
  mutation SalesPointListingConfirm($input: SalesPointListingConfirmInput!) {
    salesPointListingConfirm(input: $input) {
      listing {
        state
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const SalesPointListingRejectMutation = graphql(`
  mutation SalesPointListingReject($input: SalesPointListingInput!) {
    salesPointListingReject(input: $input) {
      listing {
        state
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const SalesPointListingStockUpdateMutation = graphql(`
  mutation SalesPointListingStockUpdate($input: SalesPointListingStockUpdateInput!) {
    salesPointListingStockUpdate(input: $input) {
      listing {
        stockLevel
      }
      userErrors {
        field
        code
      }
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
      listing {
        state
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const SalesPointListingWithdrawMutation = graphql(`
  mutation SalesPointListingWithdraw($input: SalesPointListingInput!) {
    salesPointListingWithdraw(input: $input) {
      listing {
        state
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const AdminSalesPointsQuery = graphql(`
  query AdminSalesPoints($approval: ApprovalState, $first: Int!, $after: String) {
    salesPointRegistrations(first: $first, after: $after, filter: { approval: $approval }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        slug
        kind
        approval
        createdAt
        addressLine
        url
        contact {
          phone
          email
        }
        province {
          id
          name
        }
      }
    }
  }
`);

export const AdminSalesPointApproveMutation = graphql(`
  mutation AdminSalesPointApprove($salesPointId: ID!) {
    salesPointApprove(salesPointId: $salesPointId) {
      salesPoint {
        id
        name
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const AdminSalesPointRejectMutation = graphql(`
  mutation AdminSalesPointReject($input: SalesPointRejectInput!) {
    salesPointReject(input: $input) {
      salesPoint {
        id
        name
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** A managed point's details for its edit page (managers and admins see pending points too). */
export const SalesPointEditQuery = graphql(`
  query SalesPointEdit($slug: String!) {
    salesPoint(slug: $slug) {
      id
      slug
      name
      kind
      chainName
      approval
      addressLine
      latitude
      longitude
      url
      timeZone
      openingHours {
        day
        opens
        closes
      }
      contact {
        phone
        email
      }
      province {
        code
        name
      }
      commune {
        code
        name
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

export const SalesPointUpdateMutation = graphql(`
  mutation SalesPointUpdate($input: SalesPointUpdateInput!) {
    salesPointUpdate(input: $input) {
      salesPoint {
        id
        name
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** A sales point's public page: its card fields, contact, and the products it carries. */
export const SalesPointPageQuery = graphql(`
  query SalesPointPage($slug: String!) {
    salesPoint(slug: $slug) {
      ...SalesPointCardFields
      approval
      contact {
        phone
        email
      }
      products(first: 100) {
        totalCount
        nodes {
          stockLevel
          product {
            id
            name
            slug
            producer {
              name
            }
          }
        }
      }
    }
  }
`);
