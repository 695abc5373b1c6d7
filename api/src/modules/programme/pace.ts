import { SHARE_KINDS, type ProgrammeTargetKind } from './programme-target-kind.js';

export const PROGRESS_STATUSES = ['ACHIEVED', 'ON_TRACK', 'BEHIND', 'NOT_MEASURED'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export interface YearValue {
  year: number;
  value: number;
}

export interface Progress {
  /** The measured value (a count, or a percentage for share kinds); null when the platform cannot measure it. */
  value: number | null;
  /** What the plan asks for by the end of the period (for per-year targets: per year × years). */
  target: number;
  /** What linear pace asks for on `today`: target × elapsed fraction of the period. */
  expected: number;
  /** value / target × 100, one decimal (may exceed 100); null when not measured. */
  percent: number | null;
  /** Elapsed fraction of the period on `today`, 0–1. */
  elapsed: number;
  status: ProgressStatus;
  /** Per-year targets: the value of each calendar year of the period up to `today`. */
  years: YearValue[];
  /** Share kinds, when measured: what the percentage is of (e.g. 12 of 20 craft villages). */
  share?: { count: number; total: number } | null;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Elapsed fraction of a period on `today`: days from periodStart to today inclusive over the days of
 * the period inclusive, clamped to 0–1. A plan "2021–2025" runs 2021-01-01..2025-12-31, so on
 * 2023-07-02 (day 913 of 1,826) it is 0.5.
 */
export function elapsedFraction(periodStart: string, periodEnd: string, today: string): number {
  const days = dayNumber(periodEnd) - dayNumber(periodStart) + 1;
  const elapsed = dayNumber(today) - dayNumber(periodStart) + 1;
  return Math.min(1, Math.max(0, elapsed / days));
}

/** Calendar years a period touches, e.g. 2023, 2024, 2025. */
export function yearsOf(periodStart: string, periodEnd: string): number[] {
  const first = Number(periodStart.slice(0, 4));
  const last = Number(periodEnd.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The pace rule. ACHIEVED once value ≥ target; else ON_TRACK when value ≥ expected (target × elapsed
 * fraction of the period), else BEHIND. A per-year target (N products each year) is measured on the
 * period's total against N × years, and is also BEHIND when a calendar year already over fell short of N.
 */
export function progressOf(
  target: { kind: ProgrammeTargetKind; targetValue: number; periodStart: string; periodEnd: string },
  measured: { value: number | null; years?: YearValue[] },
  today: string,
): Progress {
  const elapsed = elapsedFraction(target.periodStart, target.periodEnd, today);
  const perYear = target.kind === 'PRODUCTS_PER_YEAR_MIN_STARS';
  const years = perYear
    ? yearsOf(target.periodStart, target.periodEnd)
        .filter((y) => `${y}-01-01` <= today)
        .map((year) => ({ year, value: measured.years?.find((v) => v.year === year)?.value ?? 0 }))
    : [];
  const total = perYear ? target.targetValue * yearsOf(target.periodStart, target.periodEnd).length : target.targetValue;
  const expected = round1(total * elapsed);
  const { value } = measured;
  if (value === null) return { value, target: total, expected, percent: null, elapsed, status: 'NOT_MEASURED', years };
  const percent = round1((value / total) * 100);
  const yearShort = years.some((y) => `${y.year}-12-31` < today && y.value < target.targetValue);
  const status: ProgressStatus = value >= total && !yearShort ? 'ACHIEVED' : value >= expected && !yearShort ? 'ON_TRACK' : 'BEHIND';
  return { value: SHARE_KINDS.includes(target.kind) ? round1(value) : value, target: total, expected, percent, elapsed, status, years };
}
