/**
 * The storefront's languages. Vietnamese is the default and lives at the root (`/san-pham`);
 * every other locale lives under its own prefix (`/en/products`). The locale of a page is read
 * from its URL alone — never from cookies or Accept-Language — so every URL is one language and
 * can be cached and indexed as such.
 */
export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

/** BCP 47 tags handed to Intl for numbers and dates (British English writes "23 November 2026"). */
export const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

/** Open Graph locale names (`og:locale`). */
export const OG_LOCALE: Record<Locale, string> = { vi: "vi_VN", en: "en_GB" };

/** What the language switcher shows for each locale, written in that language. */
export const LOCALE_NAMES: Record<Locale, string> = { vi: "Tiếng Việt", en: "English" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** URL prefix of a locale: "" for Vietnamese, "/en" for English. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? "" : `/${locale}`;
}

/** The locale a pathname belongs to: "/en" and "/en/…" are English, everything else Vietnamese. */
export function localeFromPathname(pathname: string): Locale {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    const prefix = localePrefix(locale);
    if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return locale;
  }
  return DEFAULT_LOCALE;
}

/** The other language, for the switcher (two locales today). */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}
