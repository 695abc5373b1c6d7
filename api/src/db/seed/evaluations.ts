import { addDays } from '../../lib/dates.js';
import { seededIdFactory } from '../../lib/ids.js';
import type { CertificateRow } from './generate.js';
import { pick, seededRandom } from './random.js';

export interface EvaluationRow {
  id: string;
  productId: string;
  /** Criteria version, resolved to the criteria_set row when written. */
  criteriaVersion: string;
  councilLevel: string;
  evaluatedOn: string;
  scores: Record<string, number>;
  total: number;
  stars: number;
}

/**
 * What the seed knows of the rules (the database holds them, from the migration): part maxima per
 * criteria version and when each applied, the bands, and which level recognised which stars.
 * seed.test.ts checks every generated evaluation against the database's rules.
 */
const CRITERIA = [
  { version: '1048/2019', from: '2019-08-21', maxima: { A: 35, B: 25, C: 40 } },
  { version: '148/2023', from: '2023-02-24', maxima: { A: 40, B: 25, C: 35 } },
] as const;
const BAND_TOTALS: Record<number, [number, number]> = { 3: [50, 69], 4: [70, 89], 5: [90, 98] };
const LEVEL_CHANGE = '2025-07-06';
/** Seeded decisions end on 31/10/2026; no revocation is dated after the seed's own "now". */
const SEED_EPOCH = '2026-11-15';

const REVOCATION_REASONS = [
  'Không duy trì chất lượng sản phẩm như khi được đánh giá',
  'Vi phạm quy định về an toàn thực phẩm',
  'Chủ thể ngừng sản xuất sản phẩm',
  'Sử dụng nhãn OCOP không đúng quy định',
];

function councilLevel(stars: number, decisionDate: string): string {
  if (stars === 5) return 'CENTRAL';
  if (decisionDate >= LEVEL_CHANGE) return 'PROVINCE';
  return stars === 4 ? 'PROVINCE' : 'DISTRICT';
}

/** Whole-point part scores summing to `total`, each within its maximum, roughly proportional to it. */
function split(total: number, maxima: Record<string, number>, random: () => number): Record<string, number> {
  const codes = Object.keys(maxima);
  const sumOfMax = codes.reduce((s, c) => s + maxima[c]!, 0);
  const scores: Record<string, number> = {};
  let remaining = total;
  codes.forEach((code, i) => {
    const max = maxima[code]!;
    if (i === codes.length - 1) {
      scores[code] = remaining;
      return;
    }
    const laterMax = codes.slice(i + 1).reduce((s, c) => s + maxima[c]!, 0);
    const wanted = Math.round((total * max) / sumOfMax + (random() - 0.5) * 6);
    scores[code] = Math.min(max, remaining, Math.max(remaining - laterMax, 0, wanted));
    remaining -= scores[code]!;
  });
  return scores;
}

/**
 * Gives every seeded certificate the evaluation it was issued from (scored under the criteria in force
 * that day, by the council level that could recognise its stars then, with a total inside its star
 * band) and gives revoked ones a reason and a date. Uses its own random stream, so the catalogue
 * itself is the same as without evaluations.
 */
export function evaluateCertificates(certificates: CertificateRow[], seed: number): EvaluationRow[] {
  const random = seededRandom(seed);
  const id = seededIdFactory(random);
  return certificates.map((certificate) => {
    const evaluatedOn = addDays(certificate.decisionDate, -(14 + Math.floor(random() * 60)));
    const criteria = [...CRITERIA].reverse().find((c) => evaluatedOn >= c.from)!;
    const [low, high] = BAND_TOTALS[certificate.stars]!;
    const total = low + Math.floor(random() * (high - low + 1));
    const evaluation: EvaluationRow = {
      id: id('evaluation', Date.parse(evaluatedOn)),
      productId: certificate.productId,
      criteriaVersion: criteria.version,
      councilLevel: councilLevel(certificate.stars, certificate.decisionDate),
      evaluatedOn,
      scores: split(total, criteria.maxima, random),
      total,
      stars: certificate.stars,
    };
    certificate.evaluationId = evaluation.id;
    if (certificate.state === 'REVOKED') {
      certificate.revokedReason = pick(random, REVOCATION_REASONS);
      const revokedOn = addDays(certificate.decisionDate, 30 + Math.floor(random() * 300));
      certificate.revokedOn = revokedOn < SEED_EPOCH ? revokedOn : SEED_EPOCH;
    }
    return evaluation;
  });
}
