import { data } from "react-router";

/**
 * Cross-site request forgery guard for actions (form posts). The session cookie is SameSite=Lax,
 * which already keeps it off cross-site POSTs; this is the second wall. Browsers say where a request
 * comes from in Sec-Fetch-Site (all current ones) or Origin: anything but our own origin is refused.
 * Requests with neither header do not come from a browser page, so they cannot carry a victim's
 * cookie by forgery.
 */
export function isSameOriginRequest(request: Request, siteUrl: string | null): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin" || fetchSite === "none";
  const origin = request.headers.get("origin");
  if (!origin) return true;
  return origin === (siteUrl ?? new URL(request.url).origin);
}

/** Throws a 403 response for a cross-origin form post. */
export function assertSameOrigin(request: Request, siteUrl: string | null): void {
  if (!isSameOriginRequest(request, siteUrl)) {
    throw data("Yêu cầu bị từ chối: biểu mẫu không được gửi từ trang của chúng tôi.", { status: 403 });
  }
}
