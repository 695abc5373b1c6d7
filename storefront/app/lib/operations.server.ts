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
