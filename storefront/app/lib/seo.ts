import { alternateHrefs, DEFAULT_LOCALE, LOCALES, OG_LOCALE, type Locale } from "../i18n";
import type { PageId, PageParams } from "../i18n/paths";

export const SITE_NAME = "OCOP Market";

/** "<page> – OCOP Market" */
export function pageTitle(...parts: string[]): string {
  return [...parts, SITE_NAME].join(" – ");
}

/** Origin for canonical URLs: SITE_URL when configured, else the request's own origin. */
export function publicOrigin(requestUrl: string, siteUrl: string | null): string {
  return siteUrl ?? new URL(requestUrl).origin;
}

/** What a page's loader hands its `meta` so the head can name the page in every language. */
export interface PageUrls {
  /** Absolute URL of this page in this locale (the canonical URL). */
  canonical: string;
  /** Absolute URL of the same page per locale. */
  alternates: Record<Locale, string>;
  locale: Locale;
}

/**
 * Absolute URLs of `page` in every locale, with an optional query string (kept in every locale:
 * parameter names are shared), for canonical and hreflang links.
 */
export function pageUrls<P extends PageId>(
  origin: string,
  locale: Locale,
  page: P,
  params?: PageParams<P>,
  search = "",
): PageUrls {
  const paths = (alternateHrefs as (p: PageId, params?: object) => Record<Locale, string>)(page, params);
  const alternates = Object.fromEntries(
    LOCALES.map((l) => [l, `${origin}${paths[l]}${search}`]),
  ) as Record<Locale, string>;
  return { canonical: alternates[locale], alternates, locale };
}

/**
 * `<link rel="canonical">`, `<link rel="alternate" hreflang>` for every locale plus x-default
 * (the Vietnamese page), and og:url/og:locale — as React Router meta descriptors.
 */
export function localeLinks(urls: PageUrls) {
  return [
    { tagName: "link", rel: "canonical", href: urls.canonical },
    ...LOCALES.map((l) => ({ tagName: "link", rel: "alternate", hrefLang: l, href: urls.alternates[l] })),
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: urls.alternates[DEFAULT_LOCALE] },
    { property: "og:url", content: urls.canonical },
    { property: "og:locale", content: OG_LOCALE[urls.locale] },
    ...LOCALES.filter((l) => l !== urls.locale).map((l) => ({
      property: "og:locale:alternate",
      content: OG_LOCALE[l],
    })),
  ];
}
