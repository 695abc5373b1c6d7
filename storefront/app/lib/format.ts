/** Display formatting per locale, through Intl. Pure functions, safe on server and client. */
import { INTL_LOCALE, type Locale } from "../i18n/locales";

function perLocale<T>(make: (tag: string) => T): (locale: Locale) => T {
  const cache = new Map<Locale, T>();
  return (locale) => {
    let value = cache.get(locale);
    if (!value) cache.set(locale, (value = make(INTL_LOCALE[locale])));
    return value;
  };
}

const vndFormat = perLocale((tag) => new Intl.NumberFormat(tag, { style: "currency", currency: "VND" }));
const integerFormat = perLocale((tag) => new Intl.NumberFormat(tag));
const dateFormat = perLocale((tag) =>
  tag.startsWith("vi")
    ? new Intl.DateTimeFormat(tag, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" })
    : new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }),
);

/**
 * VND is a zero-decimal currency: `amount` is integer đồng, and stays VND in every language.
 * vi: 125000 → "125.000 ₫" (a no-break space U+00A0 before ₫); en: "₫125,000".
 */
export function formatVnd(amount: number, locale: Locale = "vi"): string {
  return vndFormat(locale).format(amount);
}

/** 1234 → "1.234" (vi), "1,234" (en). */
export function formatCount(n: number, locale: Locale = "vi"): string {
  return integerFormat(locale).format(n);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A GraphQL `LocalDate` ("2026-11-23") for reading: "23/11/2026" (vi), "23 November 2026" (en).
 * The date is formatted as UTC midnight in UTC, so no time zone can shift the day.
 * Anything that is not a plain ISO date is returned unchanged.
 */
export function formatDate(isoDate: string, locale: Locale = "vi"): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) return isoDate;
  return dateFormat(locale).format(date);
}

const instantDateFormat = perLocale((tag) =>
  tag.startsWith("vi")
    ? new Intl.DateTimeFormat(tag, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" })
    : new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "Asia/Ho_Chi_Minh" }),
);

/**
 * The Vietnamese calendar day of a GraphQL `DateTimeISO` ("2026-11-23T18:00:00.000Z" → "24/11/2026"
 * in vi, "24 November 2026" in en). Anything that is not a date-time is returned unchanged.
 */
export function formatInstantDate(iso: string, locale: Locale = "vi"): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return instantDateFormat(locale).format(date);
}

/** First sentence-ish chunk of `text`, at most `max` characters, for meta descriptions. */
export function truncate(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

const dateTimeFormat = perLocale(
  (tag) =>
    new Intl.DateTimeFormat(tag, {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: "Asia/Ho_Chi_Minh",
    }),
);

/** An instant (ISO date-time) in Vietnam's time zone: "14:05 23/11/2026" (vi), "23/11/2026, 14:05" (en-GB). */
export function formatDateTime(iso: string, locale: Locale = "vi"): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat(locale).format(date);
}

/** The Vietnam calendar day of an instant, for `formatDate`: "2026-11-23T20:00:00Z" → "2026-11-24". */
export function vietnamDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
