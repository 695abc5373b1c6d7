import { randomUUID } from 'node:crypto';
import type { Orm } from '../db/orm.js';
import { cartCookies, type SessionCookies } from '../http/session-cookie.js';
import { vietnamToday } from '../lib/today.js';
import type { Viewer } from '../modules/accounts/viewer.js';
import { createServices, defaultServiceDeps, type ServiceDeps, type Services } from '../modules/services.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  requestId: string;
  /** The day of viewing in Vietnam; certificate validity is judged against it. */
  today: string;
  /** Public origin of the storefront: trace pages and QR images are addressed there. */
  storefrontUrl: string;
  now: Date;
  services: Services;
  loaders: Loaders;
  /** The signed-in user with every role (one lookup per request), or null for anonymous requests. */
  viewer: Viewer | null;
  /** The request's session token, when it carried a valid one (logout deletes it). */
  sessionToken: string | null;
  /** The client address for login throttling (see http/client-ip.ts). */
  clientIp: string | null;
  cookies: SessionCookies;
  /** The guest cart cookie (an HttpOnly token like the session's). */
  cartCookies: SessionCookies;
  /** The guest cart token the request carried, if any (the cart module checks it). */
  cartToken: string | null;
  /** Collects Set-Cookie values; the HTTP layer writes them into the response. */
  setCookie(value: string): void;
}

export interface RequestInfo {
  /** Public origin of the storefront: trace pages and QR images are addressed there. */
  storefrontUrl: string;
  requestId?: string;
  now?: Date;
  deps?: ServiceDeps;
  cookieHeader?: string;
  clientIp?: string | null;
  cookies: SessionCookies;
  /** Defaults to the cart cookie of the session cookie's mode (production or not). */
  cartCookies?: SessionCookies;
  setCookie?: (value: string) => void;
}

export async function createContext(orm: Orm, request: RequestInfo): Promise<Context> {
  const em = orm.em.fork();
  const now = request.now ?? new Date();
  const deps = request.deps ?? defaultServiceDeps();
  const services = createServices(em, { ...deps, now: () => now });
  const today = vietnamToday(now);
  const setCookie = request.setCookie ?? (() => {});
  const carts = request.cartCookies ?? cartCookies(request.cookies.name.startsWith('__Host-'));
  let viewer: Viewer | null = null;
  let sessionToken: string | null = null;
  const token = request.cookies.read(request.cookieHeader);
  if (token) {
    const found = await services.accounts.sessionFromToken(token);
    if (found) {
      viewer = found.viewer;
      sessionToken = token;
      if (found.slidTo) setCookie(request.cookies.issue(token, found.slidTo, now));
    } else {
      // An expired or revoked token: tell the browser to forget it.
      setCookie(request.cookies.clear());
    }
  }
  return {
    requestId: request.requestId ?? randomUUID(),
    storefrontUrl: request.storefrontUrl,
    today,
    now,
    services,
    loaders: createLoaders(services, today),
    viewer,
    sessionToken,
    clientIp: request.clientIp ?? null,
    cookies: request.cookies,
    cartCookies: carts,
    cartToken: carts.read(request.cookieHeader),
    setCookie,
  };
}
