/**
 * Some images live on the API: batch QR codes (`GET /qr/<code>.svg|png`) and uploaded product photos
 * (`GET /uploads/<name>.webp`). The storefront serves them under its own origin (`/qr/...`,
 * `/uploads/...`), so a page needs no second public address: only the storefront is exposed to
 * shoppers, the API can stay on a private network, and the images are same-origin.
 */

/** `<code>.svg` or `<code>.png`, code of 10 letters or digits; anything else never reaches the API. */
const QR_FILE = /^[0-9A-Za-z]{10}\.(svg|png)$/;
/** A stored photo name as the API generates it (`img_<ULID>.webp`, `-400` for the thumbnail). */
const UPLOAD_FILE = /^[a-z]{3}_[0-9A-Z]{26}(-400)?\.webp$/;

export type ApiAssetKind = "qr" | "uploads";

export function isQrFile(file: string): boolean {
  return QR_FILE.test(file);
}

export function isAssetFile(kind: ApiAssetKind, file: string): boolean {
  return (kind === "qr" ? QR_FILE : UPLOAD_FILE).test(file);
}

/** The API's URL for an asset, next to its GraphQL endpoint: https://api.x/graphql → https://api.x/qr/<file>. */
export function apiAssetUrl(apiUrl: string, kind: ApiAssetKind, file: string): string {
  return new URL(`${kind}/${file}`, apiUrl).toString();
}

export function apiQrUrl(apiUrl: string, file: string): string {
  return apiAssetUrl(apiUrl, "qr", file);
}

/** Response headers passed on from the API (content type and its caching). */
export const PASSED_HEADERS = ["content-type", "content-length", "cache-control", "x-content-type-options"] as const;

const API_TIMEOUT_MS = 10_000;

/** Streams an API asset to the browser, or answers 404 / 502 itself. Never forwards other paths. */
export async function proxyApiAsset(apiUrl: string, kind: ApiAssetKind, file: string, request: Request): Promise<Response> {
  const notFound = () =>
    new Response("Không tìm thấy / Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  if (!isAssetFile(kind, file)) return notFound();
  const upstream = await fetch(apiAssetUrl(apiUrl, kind, file), {
    method: request.method === "HEAD" ? "HEAD" : "GET",
    signal: AbortSignal.any([request.signal, AbortSignal.timeout(API_TIMEOUT_MS)]),
  });
  if (upstream.status === 404) return notFound();
  if (!upstream.ok) return new Response("Bad gateway", { status: 502, headers: { "cache-control": "no-store" } });
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
