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

/** Public experiences and approved sales points: each has its own page in both languages. */
export const SitemapExperiencesQuery = graphql(`
  query SitemapExperiences($first: Int!, $after: String) {
    experiences(first: $first, after: $after) {
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

export const SitemapSalesPointsQuery = graphql(`
  query SitemapSalesPoints($first: Int!, $after: String) {
    salesPoints(first: $first, after: $after) {
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
