import type { CertificateState } from "../gql/graphql";
import type { Translator } from "../i18n";
import type { Locale } from "../i18n/locales";
import { localeHref } from "../i18n/paths";
import { INTL_LOCALE } from "../i18n/locales";

/**
 * Path of a certificate page. Numbers contain "/" (e.g. "123/QĐ-UBND"), so the number is one encoded
 * segment; one decision recognises many products, so the product's slug (`san-pham`, the same
 * parameter name in every language) says which.
 */
export function certificateHref(number: string, productSlug?: string | null, locale: Locale = "vi"): string {
  const path = localeHref("certificate", locale, { number });
  return productSlug ? `${path}?san-pham=${encodeURIComponent(productSlug)}` : path;
}

const CERTIFICATE_STATES = ["RECOGNISED", "EXPIRED", "REVOKED", "SUPERSEDED"] as const satisfies readonly CertificateState[];

/**
 * Label of a state in the translator's language (messages `certificate.states.*`), tolerating values
 * a newer API may add. A recognised certificate not yet in force says so.
 */
export function certificateStateLabel(t: Translator, state: string, validToday: boolean): string {
  if (state === "RECOGNISED" && !validToday) return t("certificate.states.NOT_YET_VALID");
  return (CERTIFICATE_STATES as readonly string[]).includes(state)
    ? t(`certificate.states.${state as (typeof CERTIFICATE_STATES)[number]}`)
    : state;
}

const scoreFormats = new Map<Locale, Intl.NumberFormat>();

/** Score with at most one decimal: 31.5 → "31,5" (vi), "31.5" (en); 30 → "30". */
export function formatScore(score: number, locale: Locale = "vi"): string {
  let format = scoreFormats.get(locale);
  if (!format) scoreFormats.set(locale, (format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 })));
  return format.format(score);
}
