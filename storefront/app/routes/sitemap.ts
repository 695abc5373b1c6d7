import { env } from "../lib/env.server";
import { publicOrigin } from "../lib/seo";
import { buildSitemapIndex, buildUrlset, planSitemap, sitemapPartPath } from "../lib/sitemap";
import {
  countProducts,
  sitePages,
  productPage,
  productSlugs,
  xmlResponse,
} from "../lib/sitemap.server";
import type { Route } from "./+types/sitemap";

/** /sitemap.xml: every page in both languages, or an index of parts when that is over 5,000 URLs. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const origin = publicOrigin(request.url, env.siteUrl);
  const pages = await sitePages(context, origin);
  const total = await countProducts(context);
  const plan = planSitemap(pages.length, total);
  if (plan.kind === "single") {
    const slugs = await productSlugs(context, 0, total);
    return xmlResponse(buildUrlset([...pages, ...slugs.map((s) => productPage(origin, s))]));
  }
  const parts = [
    sitemapPartPath({ kind: "pages" }),
    ...Array.from({ length: plan.productSitemaps }, (_, i) =>
      sitemapPartPath({ kind: "products", part: i + 1 }),
    ),
  ];
  return xmlResponse(buildSitemapIndex(parts.map((p) => `${origin}${p}`)));
}
