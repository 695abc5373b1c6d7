import { env } from "../lib/env.server";
import { publicOrigin } from "../lib/seo";
import { buildRobotsTxt } from "../lib/sitemap";
import type { Route } from "./+types/robots";

export function loader({ request }: Route.LoaderArgs) {
  return new Response(buildRobotsTxt(publicOrigin(request.url, env.siteUrl)), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    },
  });
}
