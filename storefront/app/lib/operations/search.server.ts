import { graphql } from "../../gql";

/** Search results and suggestions. Server-only, like every operation (see ../operations.server.ts). */

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
