import { env } from "../lib/env.server";
import { proxyApiAsset } from "../lib/qr-proxy.server";
import type { Route } from "./+types/qr";

/** Resource route: `/qr/<code>.svg|png`, streamed from the API with its content type and caching. */
export function loader({ params, request }: Route.LoaderArgs) {
  return proxyApiAsset(env.apiUrl, "qr", params.file ?? "", request);
}
