import type { CertificateState } from "../gql/graphql";

/**
 * Path of a certificate page. Numbers contain "/" (e.g. "123/QĐ-UBND"), so the number is one encoded
 * segment; one decision recognises many products, so the product's slug (`san-pham`) says which.
 */
export function certificateHref(number: string, productSlug?: string | null): string {
  const path = `/chung-nhan/${encodeURIComponent(number)}`;
  return productSlug ? `${path}?san-pham=${encodeURIComponent(productSlug)}` : path;
}

export const CERTIFICATE_STATE_LABELS: Record<CertificateState, string> = {
  RECOGNISED: "Còn hiệu lực",
  EXPIRED: "Hết hiệu lực",
  REVOKED: "Đã thu hồi",
  SUPERSEDED: "Đã được thay thế",
};

/** Label for a state, tolerating values a newer API may add. A recognised certificate not yet in force says so. */
export function certificateStateLabel(state: string, validToday: boolean): string {
  if (state === "RECOGNISED" && !validToday) return "Chưa có hiệu lực";
  return state in CERTIFICATE_STATE_LABELS ? CERTIFICATE_STATE_LABELS[state as CertificateState] : state;
}

/** Score as Vietnamese writes it: 31.5 → "31,5", 30 → "30". */
export function formatScore(score: number): string {
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(score);
}
