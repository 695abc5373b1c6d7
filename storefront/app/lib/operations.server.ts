import { graphql } from "../gql";

/**
 * Every GraphQL operation the storefront sends. Server-only: loaders run them through
 * apollo.server.ts; the browser only ever sees loader data.
 * After editing, run `pnpm codegen` (app/gql/codegen-drift.test.ts checks it was done).
 */

export const ProductCardFields = graphql(`
  fragment ProductCardFields on Product {
    id
    name
    slug
    group
    price {
      amount
      currencyCode
    }
    ocop {
      stars
    }
    producer {
      id
      name
      province {
        id
        current {
          id
          code
          name
        }
      }
    }
  }
`);

export const HomeQuery = graphql(`
  query Home {
    products(first: 8, filter: { minStars: 5 }) {
      nodes {
        ...ProductCardFields
      }
    }
  }
`);

export const CatalogueQuery = graphql(`
  query Catalogue($first: Int!, $after: String, $filter: ProductFilter) {
    products(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ProductCardFields
      }
    }
  }
`);

export const ProvincesQuery = graphql(`
  query Provinces {
    provinces(first: 50) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export const ProductPageQuery = graphql(`
  query ProductPage($slug: String!) {
    product(slug: $slug) {
      id
      name
      slug
      description
      group
      price {
        amount
        currencyCode
      }
      ocop {
        stars
        certificateNumber
        decisionDate
        validUntil
        issuedBy
      }
      certificates(first: 20) {
        totalCount
        nodes {
          id
          number
          stars
          state
          validToday
          decisionDate
          validUntil
        }
      }
      producer {
        id
        name
        kind
        province {
          id
          name
          current {
            id
            code
            name
          }
        }
      }
    }
  }
`);

export const CertificatePageQuery = graphql(`
  query CertificatePage($number: String!) {
    certificate(number: $number) {
      id
      number
      stars
      decisionDate
      validUntil
      issuedBy
      state
      validToday
      revokedReason
      revokedOn
      supersededBy {
        id
        number
      }
      product {
        id
        name
        slug
        producer {
          id
          name
        }
      }
      evaluation {
        criteriaVersion
        evaluatedOn
        total
        stars
        councilLevel {
          code
          name
        }
        parts {
          code
          name
          score
          max
        }
      }
    }
  }
`);
