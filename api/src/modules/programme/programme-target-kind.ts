/**
 * What a programme target measures. Each kind is computed from live data by ProgrammeStatsService
 * (see docs/programme.md for the exact rule of each).
 *
 * - PRODUCTS_CERTIFIED_MIN_STARS  distinct products recognised (a certificate decided in the period,
 *   not revoked) at ≥ minStars: "develop and upgrade N OCOP products"
 * - PRODUCTS_PER_YEAR_MIN_STARS   ≥ targetValue products recognised at ≥ minStars in each year of the period
 * - PRODUCTS_EVALUATED            scored evaluations in the period
 * - SHARE_PRODUCERS_MODERN_CHANNELS  % of OCOP producers with at least one product sold online
 * - SHARE_CRAFT_VILLAGES_WITH_OCOP   % of the craft villages in the plan's units with an OCOP product
 *   (modules/craftvillages; of the plan's stated count of villages when larger)
 * - SALES_POINTS_COUNT            approved OCOP sales points
 */
export const PROGRAMME_TARGET_KINDS = [
  'PRODUCTS_CERTIFIED_MIN_STARS',
  'PRODUCTS_PER_YEAR_MIN_STARS',
  'PRODUCTS_EVALUATED',
  'SHARE_PRODUCERS_MODERN_CHANNELS',
  'SHARE_CRAFT_VILLAGES_WITH_OCOP',
  'SALES_POINTS_COUNT',
] as const;
export type ProgrammeTargetKind = (typeof PROGRAMME_TARGET_KINDS)[number];

/** Kinds whose value is a percentage (0–100) rather than a count. */
export const SHARE_KINDS: readonly ProgrammeTargetKind[] = ['SHARE_PRODUCERS_MODERN_CHANNELS', 'SHARE_CRAFT_VILLAGES_WITH_OCOP'];

/** Kinds that need minStars. */
export const STAR_KINDS: readonly ProgrammeTargetKind[] = ['PRODUCTS_CERTIFIED_MIN_STARS', 'PRODUCTS_PER_YEAR_MIN_STARS'];
