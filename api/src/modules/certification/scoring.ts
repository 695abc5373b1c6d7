import type { UserError } from '../../lib/user-errors.js';
import { certificationError } from './certification-errors.js';
import type { CriteriaPart, StarBand } from './criteria-set.entity.js';
import type { PartScores } from './evaluation.entity.js';

/** The parts of a criteria set that scoring needs. */
export interface ScoringRules {
  version: string;
  parts: readonly CriteriaPart[];
  bands: readonly StarBand[];
}

/** Scores are whole points or tenths, as the councils' scorecards use. Internally: integer tenths. */
function tenths(score: number): number | null {
  const t = Math.round(score * 10);
  return Number.isFinite(score) && Math.abs(t - score * 10) < 1e-6 ? t : null;
}

/** Stars of a total under the given bands: the band with the highest minimum the total reaches. */
export function starsForTotal(bands: readonly StarBand[], total: number): number {
  let best: StarBand | undefined;
  for (const band of bands) if (total >= band.minTotal && (!best || band.minTotal > best.minTotal)) best = band;
  if (!best) throw new Error(`no star band covers a total of ${total}`);
  return best.stars;
}

export interface Scored {
  scores: PartScores;
  total: number;
  stars: number;
}

/**
 * Checks a scorecard against its criteria set (every part present, each within 0..max in whole points
 * or tenths, no unknown parts) and derives the total and the stars from the set's bands.
 */
export function scoreEvaluation(rules: ScoringRules, scores: Readonly<Record<string, number>>): { scored: Scored | null; userErrors: UserError[] } {
  const errors: UserError[] = [];
  const known = new Set(rules.parts.map((p) => p.code));
  for (const code of Object.keys(scores)) {
    if (!known.has(code)) {
      errors.push(certificationError('UNKNOWN_PART', `scores.${code}`, `Criteria ${rules.version} have no part ${code}.`));
    }
  }
  let totalTenths = 0;
  const clean: PartScores = {};
  for (const part of rules.parts) {
    const field = `scores.${part.code}`;
    const score = scores[part.code];
    if (score === undefined || score === null) {
      errors.push(certificationError('MISSING_PART', field, `Part ${part.code} (${part.name}) has no score.`));
      continue;
    }
    const t = typeof score === 'number' ? tenths(score) : null;
    if (t === null) {
      errors.push(certificationError('SCORE_PRECISION', field, `Part ${part.code} takes whole points or tenths, got ${score}.`));
    } else if (t < 0 || t > part.max * 10) {
      errors.push(
        certificationError('SCORE_OUT_OF_RANGE', field, `Part ${part.code} (${part.name}) scores 0 to ${part.max} under ${rules.version}, got ${score}.`),
      );
    } else {
      totalTenths += t;
      clean[part.code] = t / 10;
    }
  }
  if (errors.length) return { scored: null, userErrors: errors };
  const total = totalTenths / 10;
  return { scored: { scores: clean, total, stars: starsForTotal(rules.bands, total) }, userErrors: [] };
}
