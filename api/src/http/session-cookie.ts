import { parseCookie, stringifySetCookie } from 'cookie';

/**
 * The session cookie. In production `__Host-ocop_session`: the prefix makes browsers refuse it
 * unless it is Secure, Path=/ and has no Domain, so no sibling subdomain can set or shadow it. In
 * development and tests the site runs on http://localhost, where Secure cookies are not stored, so
 * the plain name without Secure is used.
 */
export interface SessionCookies {
  name: string;
  /** The token from a request's Cookie header, or null. */
  read(cookieHeader: string | undefined): string | null;
  /** Set-Cookie value storing the token until `expiresAt`. */
  issue(token: string, expiresAt: Date, now: Date): string;
  /** Set-Cookie value deleting the cookie. */
  clear(): string;
}

export const SESSION_COOKIE = { production: '__Host-ocop_session', development: 'ocop_session' } as const;

export function sessionCookies(isProduction: boolean): SessionCookies {
  return httpOnlyCookie(isProduction ? SESSION_COOKIE.production : SESSION_COOKIE.development, isProduction);
}

/** The guest cart's token: same attributes as the session cookie (HttpOnly, SameSite=Lax, __Host- in production). */
export const CART_COOKIE = { production: '__Host-ocop_cart', development: 'ocop_cart' } as const;

/** Guest carts live this long after their last change. */
export const CART_COOKIE_TTL_MS = 30 * 24 * 3600_000;

export function cartCookies(isProduction: boolean): SessionCookies {
  return httpOnlyCookie(isProduction ? CART_COOKIE.production : CART_COOKIE.development, isProduction);
}

function httpOnlyCookie(name: string, isProduction: boolean): SessionCookies {
  const attributes = { httpOnly: true, sameSite: 'lax', path: '/', secure: isProduction } as const;
  return {
    name,
    read(header) {
      if (!header) return null;
      return parseCookie(header)[name] ?? null;
    },
    issue(token, expiresAt, now) {
      const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
      return stringifySetCookie({ name, value: token, ...attributes, maxAge, expires: expiresAt });
    },
    clear() {
      return stringifySetCookie({ name, value: '', ...attributes, maxAge: 0, expires: new Date(0) });
    },
  };
}
