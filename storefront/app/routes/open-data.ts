import { env } from "../lib/env.server";
import { proxyOpenData } from "../lib/open-data-proxy.server";
import type { Route } from "./+types/open-data";

/** Resource route: `/open-data/<file>?province=31`, an open-data download streamed from the API. */
export function loader({ params, request }: Route.LoaderArgs) {
  return proxyOpenData(env.apiUrl, params.file ?? "", request);
}
