import { data } from "react-router";
import { env } from "../lib/env.server";
import { publicOrigin } from "../lib/seo";
import { buildUrlset, parseSitemapPart, productRange } from "../lib/sitemap";
import {
  countProducts,
  sitePages,
  productPage,
  productSlugs,
  xmlResponse,
} from "../lib/sitemap.server";
import type { Route } from "./+types/sitemap-part";

/** /sitemaps/pages.xml and /sitemaps/products-<n>.xml: the parts /sitemap.xml lists when large. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const part = parseSitemapPart(params.name);
  if (!part) throw data("Not found", { status: 404 });
  const origin = publicOrigin(request.url, env.siteUrl);
  if (part.kind === "pages") return xmlResponse(buildUrlset(await sitePages(context, origin)));
  const { skip, take } = productRange(part.part);
  // A part past the end is a 404 at the price of one API call, not a walk through every product.
  if (skip >= (await countProducts(context))) throw data("Not found", { status: 404 });
  const slugs = await productSlugs(context, skip, take);
  if (slugs.length === 0) throw data("Not found", { status: 404 });
  return xmlResponse(buildUrlset(slugs.map((s) => productPage(origin, s))));
}
