import { graphql } from "../../gql";

/** Sitemap paging. Server-only, like every operation (see ../operations.server.ts). */

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
