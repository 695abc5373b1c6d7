/**
 * The QR images live on the API (`GET /qr/<code>.svg|png`). The storefront serves them under its own
 * origin (`/qr/...`), so a page needs no second public address: only the storefront is exposed to
 * shoppers, the API can stay on a private network, and the image is same-origin.
 */

/** `<code>.svg` or `<code>.png`, code of 10 letters or digits; anything else never reaches the API. */
const QR_FILE = /^[0-9A-Za-z]{10}\.(svg|png)$/;

export function isQrFile(file: string): boolean {
  return QR_FILE.test(file);
}

/** The API's URL for a QR file, next to its GraphQL endpoint: https://api.x/graphql → https://api.x/qr/<file>. */
export function apiQrUrl(apiUrl: string, file: string): string {
  return new URL(`qr/${file}`, apiUrl).toString();
}

/** Response headers passed on from the API (content type and its one-day caching). */
export const PASSED_HEADERS = ["content-type", "content-length", "cache-control", "x-content-type-options"] as const;
