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
    inStock
    images(first: 1) {
      nodes {
        url
        alt
        width
        height
      }
    }
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
  query Catalogue($first: Int!, $after: String, $filter: ProductFilter, $sort: ProductSort) {
    products(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      facets {
        groups {
          group
          count
        }
        stars {
          stars
          count
        }
        provinces {
          province {
            code
          }
          count
        }
      }
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
      descriptionHtml
      group
      inStock
      rawMaterialArea
      productSet {
        code
        name
        nameEn
      }
      images(first: 6) {
        nodes {
          url
          alt
          width
          height
        }
      }
      variants(first: 20) {
        nodes {
          sku
          label
          price {
            amount
          }
          inStock
          weightGrams
        }
      }
      related(first: 4) {
        ...ProductCardFields
      }
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
        slug
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
      batches(first: 10) {
        totalCount
        nodes {
          id
          lotCode
          productionDate
          expiryDate
          expired
          traceCode
        }
      }
    }
  }
`);

export const TracePageQuery = graphql(`
  query TracePage($code: String!) {
    trace(code: $code) {
      id
      lotCode
      productionDate
      expiryDate
      expired
      quantity
      unit
      rawMaterialOrigin
      notes
      traceCode
      traceUrl
      rawMaterialProvince {
        id
        name
        current {
          id
          name
        }
      }
      product {
        id
        name
        slug
        group
        ocop {
          stars
          certificateNumber
          decisionDate
          validUntil
          issuedBy
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
              name
            }
          }
        }
      }
    }
  }
`);

/** The sitemap walks all published products, 100 (the API's maximum page size) at a time. */
export const SitemapProductsQuery = graphql(`
  query SitemapProducts($first: Int!, $after: String) {
    products(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        slug
      }
    }
  }
`);

/** The same walk for pages before the wanted part of the sitemap: cursors only. */
export const SitemapCursorQuery = graphql(`
  query SitemapCursor($first: Int!, $after: String) {
    products(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ProducerPageQuery = graphql(`
  query ProducerPage($slug: String!, $after: String) {
    producer(slug: $slug) {
      id
      slug
      name
      kind
      registrationNumber
      addressLine
      verified
      storyHtml
      story
      logoUrl
      contact {
        phone
        email
        website
      }
      commune {
        name
        validTo
        district {
          name
        }
        current {
          name
        }
      }
      province {
        id
        name
        current {
          id
          code
          name
        }
      }
      products(first: 24, after: $after) {
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
  }
`);

export const CertificatePageQuery = graphql(`
  query CertificatePage($number: String!, $productSlug: String) {
    certificate(number: $number, productSlug: $productSlug) {
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

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      email
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: AccountSignUpInput!) {
    accountSignUp(input: $input) {
      viewer {
        id
        email
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: AccountLogInInput!) {
    accountLogIn(input: $input) {
      viewer {
        id
        email
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    accountLogOut {
      userErrors {
        code
      }
    }
  }
`);

export const SearchQuery = graphql(`
  query Search($query: String!, $first: Int!, $after: String, $filter: ProductFilter) {
    search(query: $query, first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        highlights {
          field
          segments {
            text
            highlighted
          }
        }
        product {
          ...ProductCardFields
        }
      }
    }
  }
`);

export const SearchSuggestionsQuery = graphql(`
  query SearchSuggestions($prefix: String!) {
    searchSuggestions(prefix: $prefix, first: 8)
  }
`);
