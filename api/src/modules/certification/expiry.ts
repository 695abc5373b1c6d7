/**
 * Early warnings before a certificate runs out (issue 4: 90 and 30 days), so a producer asks for
 * re-evaluation in time. Judged on the calendar day in Vietnam (see lib/today.ts).
 */
export const EXPIRY_WARNINGS = ['NONE', 'WITHIN_90_DAYS', 'WITHIN_30_DAYS'] as const;
export type ExpiryWarning = (typeof EXPIRY_WARNINGS)[number];

/** Days from `today` to `validUntil` (both 'YYYY-MM-DD'): 0 on the last valid day. */
export function daysUntil(validUntil: string, today: string): number {
  return Math.round((Date.parse(`${validUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** WITHIN_30_DAYS when at most 30 days are left, WITHIN_90_DAYS when at most 90, else NONE. */
export function expiryWarning(validUntil: string, today: string): ExpiryWarning {
  const days = daysUntil(validUntil, today);
  if (days <= 30) return 'WITHIN_30_DAYS';
  if (days <= 90) return 'WITHIN_90_DAYS';
  return 'NONE';
}
