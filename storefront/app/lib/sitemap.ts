/**
 * sitemap.xml building (sitemaps.org protocol 0.9 with hreflang alternates). Pure functions; the
 * routes in app/routes/sitemap*.ts fetch the data.
 *
 * Every page is listed once per locale, each <url> naming all its language versions
 * (`<xhtml:link rel="alternate" hreflang>` + x-default), as search engines ask for. A sitemap may hold
 * at most 50,000 URLs; we cap ours at 5,000 so each stays small and quick to build. When everything
 * fits in one, /sitemap.xml is that urlset; otherwise it is a sitemap index of
 * /sitemaps/pages.xml (the fixed pages) and /sitemaps/products-1.xml, -2, … (2,500 products each,
 * i.e. 5,000 URLs with both locales).
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n/locales";

export const MAX_URLS_PER_SITEMAP = 5_000;
export const PRODUCTS_PER_SITEMAP = MAX_URLS_PER_SITEMAP / LOCALES.length;

/** One page, by its absolute URL in every locale. */
export type SitemapPage = Record<Locale, string>;

export type SitemapPlan =
  | { kind: "single" }
  | { kind: "index"; productSitemaps: number };

/** Whether `fixedPages` + `productCount` products fit in one sitemap, and how many parts if not. */
export function planSitemap(fixedPages: number, productCount: number): SitemapPlan {
  if ((fixedPages + productCount) * LOCALES.length <= MAX_URLS_PER_SITEMAP) return { kind: "single" };
  return { kind: "index", productSitemaps: Math.ceil(productCount / PRODUCTS_PER_SITEMAP) };
}

/** Products `skip`..`skip + take` belong in /sitemaps/products-<part>.xml (part from 1). */
export function productRange(part: number): { skip: number; take: number } {
  return { skip: (part - 1) * PRODUCTS_PER_SITEMAP, take: PRODUCTS_PER_SITEMAP };
}

export type SitemapPart = { kind: "pages" } | { kind: "products"; part: number };

/** "pages.xml" → pages; "products-3.xml" → part 3; anything else → null (404). */
export function parseSitemapPart(name: string): SitemapPart | null {
  if (name === "pages.xml") return { kind: "pages" };
  const m = /^products-([1-9]\d{0,4})\.xml$/.exec(name);
  return m ? { kind: "products", part: Number(m[1]) } : null;
}

export function sitemapPartPath(part: SitemapPart): string {
  return part.kind === "pages" ? "/sitemaps/pages.xml" : `/sitemaps/products-${part.part}.xml`;
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A <urlset> with one <url> per page and locale, each listing every language version. */
export function buildUrlset(pages: readonly SitemapPage[]): string {
  const out: string[] = [
    XML_HEADER,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n',
  ];
  for (const page of pages) {
    const links =
      LOCALES.map(
        (l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${xmlEscape(page[l])}"/>\n`,
      ).join("") +
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${xmlEscape(page[DEFAULT_LOCALE])}"/>\n`;
    for (const locale of LOCALES) {
      out.push(`  <url>\n    <loc>${xmlEscape(page[locale])}</loc>\n${links}  </url>\n`);
    }
  }
  out.push("</urlset>\n");
  return out.join("");
}

/** A <sitemapindex> of the given absolute sitemap URLs. */
export function buildSitemapIndex(locations: readonly string[]): string {
  return (
    XML_HEADER +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    locations.map((loc) => `  <sitemap>\n    <loc>${xmlEscape(loc)}</loc>\n  </sitemap>\n`).join("") +
    "</sitemapindex>\n"
  );
}

/** robots.txt: everything may be crawled; the sitemap is named by absolute URL. */
export function buildRobotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
}

/** One page of the API's products connection, as much as the sitemap needs. */
export interface SlugPage {
  slugs: string[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Experiences and sales points each list at most this many pages (2,000 URLs with both locales), so
 * the fixed pages plus both kinds stay within one 5,000-URL part. A province has tens of each.
 */
export const MAX_PAGES_PER_KIND = 1_000;

/** Every slug of a small connection, walking it page by page up to `cap` slugs. */
export async function walkSlugs(
  fetchPage: (after: string | null) => Promise<SlugPage>,
  cap: number = MAX_PAGES_PER_KIND,
): Promise<string[]> {
  const slugs: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    slugs.push(...page.slugs);
    if (!page.hasNextPage || page.endCursor === null || slugs.length >= cap) return slugs.slice(0, cap);
    after = page.endCursor;
  }
}

/** Page size when walking the products connection (the API's maximum). */
export const API_PAGE_SIZE = 100;

/**
 * Cursors at product offsets seen while walking the connection, so a later sitemap part need not
 * walk from the start again: a crawler reading products-1…products-8 costs 8 × 25 API calls, not
 * 25 × (1 + 2 + … + 8). Entries live `ttlMs` (the sitemap's own cache lifetime): a cursor is a keyset
 * position, still valid when products come and go, but the parts' boundaries drift as they do.
 */
export class CursorCache {
  private readonly entries = new Map<number, { cursor: string; at: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The furthest cached position at or before `offset`: walk on from there. */
  nearest(offset: number): { offset: number; cursor: string | null } {
    let best: { offset: number; cursor: string | null } = { offset: 0, cursor: null };
    const now = this.now();
    for (const [at, entry] of this.entries) {
      if (now - entry.at > this.ttlMs) this.entries.delete(at);
      else if (at <= offset && at > best.offset) best = { offset: at, cursor: entry.cursor };
    }
    return best;
  }

  /** Remember that the page after `cursor` starts at product `offset`. */
  set(offset: number, cursor: string): void {
    this.entries.set(offset, { cursor, at: this.now() });
  }
}

/**
 * Product slugs `skip`..`skip + take` in the API's order (newest first), walking the connection
 * API_PAGE_SIZE at a time (cursors are opaque, so a position can only be reached by walking to it,
 * or from a cursor cached on an earlier walk). `fetchPage(after, withSlugs)` is asked for slugs
 * only on pages inside the range; cursors at multiples of PRODUCTS_PER_SITEMAP go into `cache`.
 */
export async function collectSlugs(
  fetchPage: (after: string | null, withSlugs: boolean) => Promise<SlugPage>,
  skip: number,
  take: number,
  cache?: CursorCache,
): Promise<string[]> {
  const slugs: string[] = [];
  const start = cache?.nearest(skip) ?? { offset: 0, cursor: null };
  let after = start.cursor;
  let seen = start.offset;
  while (slugs.length < take) {
    const inRange = seen + API_PAGE_SIZE > skip;
    const page: SlugPage = await fetchPage(after, inRange);
    if (inRange) {
      const from = Math.max(0, skip - seen);
      slugs.push(...page.slugs.slice(from, from + take - slugs.length));
    }
    seen += API_PAGE_SIZE;
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
    if (cache && seen % PRODUCTS_PER_SITEMAP === 0) cache.set(seen, after);
  }
  return slugs;
}
