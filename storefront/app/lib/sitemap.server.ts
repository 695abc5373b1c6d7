import type { RouterContextProvider } from "react-router";
import { LOCALES, type Locale } from "../i18n/locales";
import { alternateHrefs } from "../i18n/paths";
import { query } from "./apollo.server";
import {
  SitemapCursorQuery,
  SitemapExperiencesQuery,
  SitemapProductsQuery,
  SitemapSalesPointsQuery,
} from "./operations.server";
import { API_PAGE_SIZE, collectSlugs, CursorCache, type SitemapPage, walkSlugs } from "./sitemap";

/** Crawlers re-read sitemaps at most hourly; an hour-old list is fine for a catalogue. */
export const SITEMAP_CACHE_CONTROL = "public, max-age=3600";

/** Per-process cursors at sitemap part boundaries (see CursorCache); as long-lived as the sitemap. */
const cursorCache = new CursorCache(3_600_000);

export function xmlResponse(body: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": SITEMAP_CACHE_CONTROL,
    },
  });
}

/** The public pages with no parameter: home, catalogue, tourism, sales point map, programme. */
export function fixedPages(origin: string): SitemapPage[] {
  return (["home", "catalogue", "tourism", "salesPoints", "programme"] as const).map((page) =>
    absolute(origin, alternateHrefs(page)),
  );
}

/**
 * The pages every sitemap lists besides products: the fixed ones, each public experience and each
 * approved sales point (a few dozen per province: walked whole, capped by MAX_PAGES_PER_KIND).
 */
export async function sitePages(
  context: Readonly<RouterContextProvider>,
  origin: string,
): Promise<SitemapPage[]> {
  const [experiences, salesPoints] = await Promise.all([
    walkSlugs(async (after) => {
      const r = await query(context, SitemapExperiencesQuery, { first: API_PAGE_SIZE, after });
      const c = r.experiences;
      return { slugs: c.nodes.map((n) => n.slug), hasNextPage: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor ?? null };
    }),
    walkSlugs(async (after) => {
      const r = await query(context, SitemapSalesPointsQuery, { first: API_PAGE_SIZE, after });
      const c = r.salesPoints;
      return { slugs: c.nodes.map((n) => n.slug), hasNextPage: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor ?? null };
    }),
  ]);
  return [
    ...fixedPages(origin),
    ...experiences.map((slug) => absolute(origin, alternateHrefs("experience", { slug }))),
    ...salesPoints.map((slug) => absolute(origin, alternateHrefs("salesPoint", { slug }))),
  ];
}

export function productPage(origin: string, slug: string): SitemapPage {
  return absolute(origin, alternateHrefs("product", { slug }));
}

function absolute(origin: string, paths: Record<Locale, string>): SitemapPage {
  return Object.fromEntries(LOCALES.map((l) => [l, `${origin}${paths[l]}`])) as SitemapPage;
}

export async function countProducts(context: Readonly<RouterContextProvider>): Promise<number> {
  const result = await query(context, SitemapProductsQuery, { first: 1, after: null });
  return result.products.totalCount;
}

/** Slugs of published products `skip`..`skip + take`, newest first. */
export function productSlugs(
  context: Readonly<RouterContextProvider>,
  skip: number,
  take: number,
): Promise<string[]> {
  return collectSlugs(
    async (after, withSlugs) => {
      if (!withSlugs) {
        const r = await query(context, SitemapCursorQuery, { first: API_PAGE_SIZE, after });
        return { slugs: [], ...r.products.pageInfo, endCursor: r.products.pageInfo.endCursor ?? null };
      }
      const r = await query(context, SitemapProductsQuery, { first: API_PAGE_SIZE, after });
      return {
        slugs: r.products.nodes.map((n) => n.slug),
        hasNextPage: r.products.pageInfo.hasNextPage,
        endCursor: r.products.pageInfo.endCursor ?? null,
      };
    },
    skip,
    take,
    cursorCache,
  );
}

