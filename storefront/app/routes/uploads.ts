import { env } from "../lib/env.server";
import { proxyApiAsset } from "../lib/qr-proxy.server";
import type { Route } from "./+types/uploads";

/** Resource route: `/uploads/<name>.webp`, an uploaded product photo streamed from the API (cached a year). */
export function loader({ params, request }: Route.LoaderArgs) {
  return proxyApiAsset(env.apiUrl, "uploads", params.file ?? "", request);
}
