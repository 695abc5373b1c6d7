import { graphql } from "../../gql";

/**
 * Sales points, the public side: the map page, "buy in person" on product pages, a point's own page;
 * and the fragments the audiences' files share (sales-point-manager, -seller, -admin).
 */

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

export const SalesPointProductFields = graphql(`
  fragment SalesPointProductFields on Product {
    id
    name
    slug
    producer {
      name
    }
  }
`);

/** What every sales point mutation answers with (the pages read the errors; the object names what changed). */
export const SalesPointErrorFields = graphql(`
  fragment SalesPointErrorFields on SalesPointUserError {
    field
    code
  }
`);

export const SalesPointPayloadFields = graphql(`
  fragment SalesPointPayloadFields on SalesPointPayload {
    salesPoint {
      id
      name
    }
    userErrors {
      ...SalesPointErrorFields
    }
  }
`);

export const SalesPointListingPayloadFields = graphql(`
  fragment SalesPointListingPayloadFields on SalesPointListingPayload {
    listing {
      state
      stockLevel
    }
    userErrors {
      ...SalesPointErrorFields
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
          ...SalesPointProductFields
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
            ...SalesPointProductFields
          }
        }
      }
    }
  }
`);
