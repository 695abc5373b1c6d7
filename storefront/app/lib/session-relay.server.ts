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

/**
 * The API's cookies, production and development names: the session, and the guest cart's token
 * (set by the API at a guest's first "add to cart"; same attributes as the session cookie).
 */
const RELAYED_COOKIE_NAMES = new Set(["__Host-ocop_session", "ocop_session", "__Host-ocop_cart", "ocop_cart"]);

function cookieName(pair: string): string {
  const eq = pair.indexOf("=");
  return (eq < 0 ? "" : pair.slice(0, eq)).trim();
}

/** The part of a browser Cookie header that the API may see: its session and cart cookies only. */
export function apiCookieHeader(browserCookieHeader: string | null): string | null {
  if (!browserCookieHeader) return null;
  const kept = browserCookieHeader
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => RELAYED_COOKIE_NAMES.has(cookieName(pair)));
  return kept.length ? kept.join("; ") : null;
}

/** The Set-Cookie headers of an API response that the browser should get: session and cart cookies only. */
export function relayedSetCookies(apiSetCookies: readonly string[]): string[] {
  return apiSetCookies.filter((value) => RELAYED_COOKIE_NAMES.has(cookieName(value)));
}

/**
 * Collects relayable Set-Cookie headers from every API call made while serving one request, and
 * keeps the Cookie header later calls of the same request send up to date: after an action created
 * a guest cart (or logged in), the loaders that run next in the same request see it.
 */
export class SetCookieCollector {
  readonly values: string[] = [];
  private readonly jar = new Map<string, string>();

  constructor(browserCookieHeader: string | null = null) {
    for (const pair of apiCookieHeader(browserCookieHeader)?.split("; ") ?? []) {
      this.jar.set(cookieName(pair), pair.slice(pair.indexOf("=") + 1));
    }
  }

  collect(response: Response) {
    const relayed = relayedSetCookies(response.headers.getSetCookie());
    this.values.push(...relayed);
    for (const setCookie of relayed) {
      const [pair = "", ...attributes] = setCookie.split(";");
      const name = cookieName(pair);
      const value = pair.slice(pair.indexOf("=") + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a));
      if (!value || expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  /** The Cookie header for the next API call of this request (null when there is none). */
  cookieHeader(): string | null {
    return this.jar.size ? [...this.jar].map(([name, value]) => `${name}=${value}`).join("; ") : null;
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
