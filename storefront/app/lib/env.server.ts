/**
 * The storefront's server configuration, read from the environment once at start-up.
 * This is the only module that reads `process.env`.
 *
 * - API_URL   GraphQL endpoint of the OCOP Market API (default http://localhost:4000/graphql)
 * - SITE_URL  public origin of the storefront, used for canonical URLs (optional; when unset the
 *             origin of the incoming request is used)
 * - MAP_TILE_URL  tile template of the sales point map ({z}/{x}/{y}; default OpenStreetMap's)
 * - NODE_ENV  "production" adds HSTS and drops the development allowances of the CSP
 * - STOREFRONT_API_TOKEN  the secret shared with the API (≥ 32 characters, same value on both sides):
 *             with it the storefront tells the API each shopper's address, so the API's per-address
 *             rate limits and login throttles count shoppers, not the storefront (optional)
 *
 * The production server (server.ts) reads its own few variables (PORT, HOST, TRUST_PROXY) in
 * server/config.ts: it is not part of the app's build.
 */

export interface StorefrontEnv {
  /** Absolute http(s) URL of the GraphQL API. */
  readonly apiUrl: string;
  /** Public origin without trailing slash, e.g. "https://ocop.example.vn", or null. */
  readonly siteUrl: string | null;
  /** Leaflet tile template, e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png". */
  readonly mapTileUrl: string;
  /** NODE_ENV is "production". */
  readonly production: boolean;
  /** STOREFRONT_API_TOKEN, or null: then the API is not told who the shopper is. */
  readonly apiToken: string | null;
}

export const DEFAULT_MAP_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

const DEFAULT_API_URL = "http://localhost:4000/graphql";

function parseHttpUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URL, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`${name} must use http or https, got ${JSON.stringify(value)}`);
  }
  return url;
}

export function readEnv(source: Record<string, string | undefined>): StorefrontEnv {
  const rawApi = source.API_URL?.trim() || DEFAULT_API_URL;
  const apiUrl = parseHttpUrl("API_URL", rawApi).toString();
  const rawSite = source.SITE_URL?.trim();
  const siteUrl = rawSite ? parseHttpUrl("SITE_URL", rawSite).origin : null;
  const mapTileUrl = source.MAP_TILE_URL?.trim() || DEFAULT_MAP_TILE_URL;
  parseHttpUrl("MAP_TILE_URL", mapTileUrl.replace(/\{[a-z]\}/g, "0"));
  const production = source.NODE_ENV === "production";
  const apiToken = source.STOREFRONT_API_TOKEN?.trim() || null;
  // The message never repeats the value: it is a secret.
  if (apiToken && apiToken.length < 32) throw new Error("STOREFRONT_API_TOKEN must be at least 32 characters");
  return Object.freeze({ apiUrl, siteUrl, mapTileUrl, production, apiToken });
}

export const env: StorefrontEnv = readEnv(process.env);
