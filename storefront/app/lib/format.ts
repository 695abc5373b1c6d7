/** Display formatting for the Vietnamese storefront. Pure functions, safe on server and client. */

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" });
const integer = new Intl.NumberFormat("vi-VN");

/**
 * VND is a zero-decimal currency: `amount` is integer đồng.
 * 125000 → "125.000 ₫" (Intl puts a no-break space U+00A0 before the ₫ sign).
 */
export function formatVnd(amount: number): string {
  return vnd.format(amount);
}

/** 1234 → "1.234" */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** "312 sản phẩm" (Vietnamese nouns do not inflect for number). */
export function formatProductCount(n: number): string {
  return `${formatCount(n)} sản phẩm`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A GraphQL `Date` ("2026-11-23") as Vietnamese writes it: "23/11/2026".
 * Done by hand, not through `Date`, so no time zone can shift the day.
 * Anything that is not a plain ISO date is returned unchanged.
 */
export function formatDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  const [, y, mo, d] = m;
  return `${d}/${mo}/${y}`;
}

/** First sentence-ish chunk of `text`, at most `max` characters, for meta descriptions. */
export function truncate(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
