import { data, type MiddlewareFunction } from "react-router";
import { env } from "./env.server";

/**
 * Cross-site request forgery guard for every form post, in one place: the root middleware
 * `csrfMiddleware` refuses a state-changing request (anything but GET, HEAD and OPTIONS) that a
 * browser says comes from another site, before any action or resource route runs. The session and
 * cart cookies are SameSite=Lax, which already keeps them off cross-site POSTs; this is the second
 * wall, and it also covers the order-access cookie and logged-out forms.
 *
 * Browsers say where a request comes from in Origin (on every POST) and Sec-Fetch-Site (all current
 * ones): either pointing elsewhere refuses the request. Requests with neither header do not come
 * from a browser page, so they cannot carry a victim's cookies by forgery.
 *
 * "Our origin" is SITE_URL when set (behind a TLS-terminating proxy the request's own URL is the
 * internal http:// one), else the request's origin. React Router's built-in action origin check
 * compares with the request URL only, so it is switched off in react-router.config.ts in favour
 * of this one (which also answers 403, not 400, and covers resource routes).
 */
export function isSameOriginRequest(request: Request, siteUrl: string | null): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== (siteUrl ?? new URL(request.url).origin)) return false;
  return true;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Whether the request may change state: a safe method, or a mutation from our own pages. */
export function isAllowedRequest(request: Request, siteUrl: string | null): boolean {
  return SAFE_METHODS.has(request.method.toUpperCase()) || isSameOriginRequest(request, siteUrl);
}

/** Throws a 403 response (the root error page in the URL's language) for a cross-origin mutation. */
export function assertSameOrigin(request: Request, siteUrl: string | null): void {
  if (!isAllowedRequest(request, siteUrl)) {
    throw data("Yêu cầu bị từ chối: biểu mẫu không được gửi từ trang của chúng tôi.", { status: 403 });
  }
}

/** Root middleware: runs before every action and resource route of the storefront. */
export const csrfMiddleware: MiddlewareFunction<Response> = ({ request }, next) => {
  assertSameOrigin(request, env.siteUrl);
  return next();
};
