/**
 * The session cookie relay between the browser and the API (see storefront/README.md, "Sessions").
 *
 * The browser only ever talks to the storefront's origin, so the session cookie belongs to the
 * storefront's origin. The API sets it on its responses to the storefront server; the storefront
 * passes those Set-Cookie headers on, unchanged, in its own response. They carry no Domain, so the
 * browser stores them for the storefront's host (in production `__Host-`, Secure, Path=/). On every
 * request the storefront sends the API only the session cookie from the browser's Cookie header,
 * never the browser's other cookies.
 */

/** The API's session cookie names: production and development. */
const SESSION_COOKIE_NAMES = new Set(["__Host-ocop_session", "ocop_session"]);

/** The part of a browser Cookie header that the API may see: the session cookie only. */
export function apiCookieHeader(browserCookieHeader: string | null): string | null {
  if (!browserCookieHeader) return null;
  const kept = browserCookieHeader
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => SESSION_COOKIE_NAMES.has(pair.slice(0, pair.indexOf("=")).trim()));
  return kept.length ? kept.join("; ") : null;
}

/** The Set-Cookie headers of an API response that the browser should get: session cookies only. */
export function relayedSetCookies(apiSetCookies: readonly string[]): string[] {
  return apiSetCookies.filter((value) => SESSION_COOKIE_NAMES.has(value.slice(0, value.indexOf("=")).trim()));
}

/** Collects relayable Set-Cookie headers from every API call made while serving one request. */
export class SetCookieCollector {
  readonly values: string[] = [];
  collect(response: Response) {
    this.values.push(...relayedSetCookies(response.headers.getSetCookie()));
  }
}

/** The response with the collected Set-Cookie headers appended (copying it when its headers are immutable). */
export function withSetCookies(response: Response, values: readonly string[]): Response {
  if (!values.length) return response;
  let out = response;
  try {
    for (const value of values) out.headers.append("Set-Cookie", value);
  } catch {
    out = new Response(response.body, response);
    for (const value of values) out.headers.append("Set-Cookie", value);
  }
  // Personal: must not be stored by a shared cache.
  out.headers.set("Cache-Control", "private, no-store");
  return out;
}
