export const SITE_NAME = "OCOP Market";

/** "<page> – OCOP Market" */
export function pageTitle(...parts: string[]): string {
  return [...parts, SITE_NAME].join(" – ");
}

/** Origin for canonical URLs: SITE_URL when configured, else the request's own origin. */
export function publicOrigin(requestUrl: string, siteUrl: string | null): string {
  return siteUrl ?? new URL(requestUrl).origin;
}
