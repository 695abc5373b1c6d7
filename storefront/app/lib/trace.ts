/** Trace pages (truy xuất nguồn gốc) and the QR images of batches. Pure helpers. */
import { formatCount } from "./format";

export const TRACE_PATH = "/truy-xuat";

/**
 * What may be a trace code as typed or scanned: 10 letters or digits (the API folds case and
 * look-alike letters). Anything else is not sent to the API at all.
 */
const TRACE_CODE_INPUT = /^[0-9A-Za-z]{10}$/;

export function isTraceCodeInput(code: string): boolean {
  return TRACE_CODE_INPUT.test(code);
}

export function traceHref(code: string): string {
  return `${TRACE_PATH}/${encodeURIComponent(code)}`;
}

/** Same-origin path of a batch's QR image (served by routes/qr.ts from the API). */
export function qrImageHref(code: string, format: "svg" | "png"): string {
  return `/qr/${encodeURIComponent(code)}.${format}`;
}

/** 1200, "hộp" → "1.200 hộp" */
export function formatQuantity(quantity: number, unit: string): string {
  return `${formatCount(quantity)} ${unit}`.trim();
}
