import { describe, expect, it } from "vitest";
import {
  buildRobotsTxt,
  buildSitemapIndex,
  buildUrlset,
  collectSlugs,
  CursorCache,
  parseSitemapPart,
  planSitemap,
  productRange,
  type SlugPage,
  walkSlugs,
} from "./sitemap";

const page = (slug: string) => ({
  vi: `https://ocop.example.vn/san-pham/${slug}`,
  en: `https://ocop.example.vn/en/products/${slug}`,
});

describe("buildUrlset", () => {
  it("lists each page once per locale, each with all hreflang alternates and x-default", () => {
    const xml = buildUrlset([page("mat-ong")]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset /);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain("<loc>https://ocop.example.vn/san-pham/mat-ong</loc>");
    expect(xml).toContain("<loc>https://ocop.example.vn/en/products/mat-ong</loc>");
    expect(xml.match(/hreflang="en" href="https:\/\/ocop.example.vn\/en\/products\/mat-ong"/g)).toHaveLength(2);
    expect(xml.match(/hreflang="x-default" href="https:\/\/ocop.example.vn\/san-pham\/mat-ong"/g)).toHaveLength(2);
  });

  it("escapes XML in URLs", () => {
    const xml = buildUrlset([{ vi: "https://x.vn/san-pham?nhom=FOOD&sao=4", en: "https://x.vn/en/products?nhom=FOOD&sao=4" }]);
    expect(xml).toContain("<loc>https://x.vn/san-pham?nhom=FOOD&amp;sao=4</loc>");
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});

describe("planSitemap", () => {
  it("is one sitemap up to 5,000 URLs (two per page)", () => {
    expect(planSitemap(2, 300)).toEqual({ kind: "single" });
    expect(planSitemap(2, 2498)).toEqual({ kind: "single" });
  });

  it("is an index of 2,500-product parts beyond", () => {
    expect(planSitemap(2, 2499)).toEqual({ kind: "index", productSitemaps: 1 });
    expect(planSitemap(2, 20_000)).toEqual({ kind: "index", productSitemaps: 8 });
    expect(planSitemap(2, 20_001)).toEqual({ kind: "index", productSitemaps: 9 });
  });

  it("keeps every product part within 5,000 URLs", () => {
    expect(productRange(1)).toEqual({ skip: 0, take: 2500 });
    expect(productRange(3)).toEqual({ skip: 5000, take: 2500 });
    expect(productRange(1).take * 2).toBeLessThanOrEqual(5000);
  });
});

describe("parseSitemapPart", () => {
  it("knows the pages part and numbered product parts", () => {
    expect(parseSitemapPart("pages.xml")).toEqual({ kind: "pages" });
    expect(parseSitemapPart("products-1.xml")).toEqual({ kind: "products", part: 1 });
    expect(parseSitemapPart("products-12.xml")).toEqual({ kind: "products", part: 12 });
  });

  it("rejects anything else", () => {
    for (const name of ["products-0.xml", "products-01.xml", "products-x.xml", "products-1", "../etc", "products-999999.xml"]) {
      expect(parseSitemapPart(name), name).toBeNull();
    }
  });
});

it("builds a sitemap index of absolute URLs", () => {
  const xml = buildSitemapIndex(["https://x.vn/sitemaps/pages.xml", "https://x.vn/sitemaps/products-1.xml"]);
  expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  expect(xml.match(/<sitemap>/g)).toHaveLength(2);
  expect(xml).toContain("<loc>https://x.vn/sitemaps/products-1.xml</loc>");
});

it("points robots.txt at the sitemap", () => {
  expect(buildRobotsTxt("https://x.vn")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://x.vn/sitemap.xml\n");
});

describe("collectSlugs", () => {
  /** A fake products connection of `total` slugs, 100 a page, recording what was asked. */
  function connection(total: number) {
    const calls: { after: string | null; withSlugs: boolean }[] = [];
    const fetchPage = async (after: string | null, withSlugs: boolean): Promise<SlugPage> => {
      calls.push({ after, withSlugs });
      const from = after ? Number(after) : 0;
      const to = Math.min(total, from + 100);
      return {
        slugs: withSlugs ? Array.from({ length: to - from }, (_, i) => `p${from + i}`) : [],
        endCursor: to > from ? String(to) : null,
        hasNextPage: to < total,
      };
    };
    return { fetchPage, calls };
  }

  it("pages through 100 at a time and returns all slugs", async () => {
    const { fetchPage, calls } = connection(250);
    const slugs = await collectSlugs(fetchPage, 0, 10_000);
    expect(slugs).toHaveLength(250);
    expect(slugs[0]).toBe("p0");
    expect(slugs.at(-1)).toBe("p249");
    expect(calls.map((c) => c.after)).toEqual([null, "100", "200"]);
  });

  it("returns one part, asking only for cursors before it", async () => {
    const { fetchPage, calls } = connection(6000);
    const slugs = await collectSlugs(fetchPage, 2500, 2500);
    expect(slugs).toHaveLength(2500);
    expect(slugs[0]).toBe("p2500");
    expect(slugs.at(-1)).toBe("p4999");
    expect(calls.filter((c) => !c.withSlugs)).toHaveLength(25);
    expect(calls.filter((c) => c.withSlugs)).toHaveLength(25);
  });

  it("handles a last part that is short and a range past the end", async () => {
    expect(await collectSlugs(connection(2600).fetchPage, 2500, 2500)).toHaveLength(100);
    expect(await collectSlugs(connection(100).fetchPage, 2500, 2500)).toEqual([]);
    expect(await collectSlugs(connection(0).fetchPage, 0, 2500)).toEqual([]);
  });
});

describe("CursorCache", () => {
  function connection(total: number) {
    const calls: (string | null)[] = [];
    const fetchPage = async (after: string | null, withSlugs: boolean): Promise<SlugPage> => {
      calls.push(after);
      const from = after ? Number(after) : 0;
      const to = Math.min(total, from + 100);
      return {
        slugs: withSlugs ? Array.from({ length: to - from }, (_, i) => `p${from + i}`) : [],
        endCursor: to > from ? String(to) : null,
        hasNextPage: to < total,
      };
    };
    return { fetchPage, calls };
  }

  it("lets the next part start where the previous one ended", async () => {
    const cache = new CursorCache(60_000);
    const { fetchPage, calls } = connection(10_000);
    await collectSlugs(fetchPage, 2500, 2500, cache);
    expect(calls).toHaveLength(50);
    calls.length = 0;
    const part3 = await collectSlugs(fetchPage, 5000, 2500, cache);
    expect(calls).toHaveLength(25);
    expect(calls[0]).toBe("5000");
    expect(part3[0]).toBe("p5000");
    expect(part3).toHaveLength(2500);
  });

  it("forgets cursors after their time", async () => {
    let now = 0;
    const cache = new CursorCache(1000, () => now);
    cache.set(2500, "c2500");
    expect(cache.nearest(5000)).toEqual({ offset: 2500, cursor: "c2500" });
    expect(cache.nearest(2499)).toEqual({ offset: 0, cursor: null });
    now = 1001;
    expect(cache.nearest(5000)).toEqual({ offset: 0, cursor: null });
  });
});

describe("walkSlugs", () => {
  const connection = (total: number, size: number) => {
    const calls: (string | null)[] = [];
    const fetchPage = async (after: string | null): Promise<SlugPage> => {
      calls.push(after);
      const start = after === null ? 0 : Number(after);
      const end = Math.min(start + size, total);
      const slugs = Array.from({ length: end - start }, (_, i) => `s${start + i}`);
      return { slugs, hasNextPage: end < total, endCursor: end > start ? String(end) : null };
    };
    return { fetchPage, calls };
  };

  it("walks every page of a small connection, in order", async () => {
    const { fetchPage, calls } = connection(250, 100);
    const slugs = await walkSlugs(fetchPage);
    expect(slugs).toHaveLength(250);
    expect(slugs[0]).toBe("s0");
    expect(slugs[249]).toBe("s249");
    expect(calls).toEqual([null, "100", "200"]);
  });

  it("stops at the cap and never asks for more pages than it needs", async () => {
    const { fetchPage, calls } = connection(10_000, 100);
    expect(await walkSlugs(fetchPage, 250)).toHaveLength(250);
    expect(calls).toHaveLength(3);
  });

  it("answers an empty list for an empty connection", async () => {
    const { fetchPage } = connection(0, 100);
    expect(await walkSlugs(fetchPage)).toEqual([]);
  });
});
