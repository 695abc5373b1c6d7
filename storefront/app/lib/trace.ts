/** Trace pages (truy xuất nguồn gốc) and the QR images of batches. Pure helpers. */
import type { Locale } from "../i18n/locales";
import { localeHref } from "../i18n/paths";
import { formatCount } from "./format";

/**
 * What may be a trace code as typed or scanned: 10 letters or digits (the API folds case and
 * look-alike letters). Anything else is not sent to the API at all.
 */
const TRACE_CODE_INPUT = /^[0-9A-Za-z]{10}$/;

export function isTraceCodeInput(code: string): boolean {
  return TRACE_CODE_INPUT.test(code);
}

/** The trace page of a batch: "/truy-xuat/<code>" (vi), "/en/trace/<code>" (en). */
export function traceHref(code: string, locale: Locale = "vi"): string {
  return localeHref("trace", locale, { code });
}

/** Same-origin path of a batch's QR image (served by routes/qr.ts from the API). */
export function qrImageHref(code: string, format: "svg" | "png"): string {
  return `/qr/${encodeURIComponent(code)}.${format}`;
}

/** 1200, "hộp" → "1.200 hộp" (vi), "1,200 hộp" (en: the unit is product data, in Vietnamese). */
export function formatQuantity(quantity: number, unit: string, locale: Locale = "vi"): string {
  return `${formatCount(quantity, locale)} ${unit}`.trim();
}
