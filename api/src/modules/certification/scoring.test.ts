import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreEvaluation, starsForTotal, type ScoringRules } from './scoring.js';

// The rules as the migration stores them (the service reads them from the database).
const BANDS = [
  { minTotal: 90, stars: 5 },
  { minTotal: 70, stars: 4 },
  { minTotal: 50, stars: 3 },
  { minTotal: 30, stars: 2 },
  { minTotal: 0, stars: 1 },
];
const rules = (version: string, a: number, b: number, c: number): ScoringRules => ({
  version,
  parts: [
    { code: 'A', name: 'Sản phẩm và sức mạnh của cộng đồng', max: a },
    { code: 'B', name: 'Khả năng tiếp thị', max: b },
    { code: 'C', name: 'Chất lượng sản phẩm', max: c },
  ],
  bands: BANDS,
});
const RULES_2023 = rules('148/2023', 40, 25, 35);
const RULES_2019 = rules('1048/2019', 35, 25, 40);

/** A score of whole points or tenths within 0..max. */
const score = (max: number) => fc.integer({ min: 0, max: max * 10 }).map((t) => t / 10);
const scorecard = (r: ScoringRules) => fc.record(Object.fromEntries(r.parts.map((p) => [p.code, score(p.max)])) as Record<string, fc.Arbitrary<number>>);

describe('scoring under a criteria set', () => {
  it('derives 4 stars from 75 points under 148/2023', () => {
    const { scored, userErrors } = scoreEvaluation(RULES_2023, { A: 30, B: 20, C: 25 });
    expect(userErrors).toEqual([]);
    expect(scored).toEqual({ scores: { A: 30, B: 20, C: 25 }, total: 75, stars: 4 });
  });

  it('puts the band edges where the decree does: 90 → 5★, 89.9 → 4★, 70 → 4★, 69.9 → 3★, 50 → 3★, 49.9 → 2★, 30 → 2★, 29.9 → 1★', () => {
    expect([90, 89.9, 70, 69.9, 50, 49.9, 30, 29.9, 0, 100].map((t) => starsForTotal(BANDS, t))).toEqual([5, 4, 4, 3, 3, 2, 2, 1, 1, 5]);
  });

  it('adds tenths exactly: 33.3 + 20.1 + 16.6 is 70, so 4★', () => {
    expect(scoreEvaluation(RULES_2023, { A: 33.3, B: 20.1, C: 16.6 }).scored).toMatchObject({ total: 70, stars: 4 });
  });

  it('rejects part C 36 of 35', () => {
    const { scored, userErrors } = scoreEvaluation(RULES_2023, { A: 30, B: 20, C: 36 });
    expect(scored).toBeNull();
    expect(userErrors).toEqual([{ code: 'SCORE_OUT_OF_RANGE', field: 'scores.C', message: expect.stringContaining('0 to 35') }]);
  });

  it('allows part C 36 under the 2019 rules, where C was worth 40, and rejects A 36 of 35 there', () => {
    expect(scoreEvaluation(RULES_2019, { A: 30, B: 20, C: 36 }).scored).toMatchObject({ total: 86, stars: 4 });
    expect(scoreEvaluation(RULES_2019, { A: 36, B: 20, C: 36 }).userErrors.map((e) => [e.code, e.field])).toEqual([['SCORE_OUT_OF_RANGE', 'scores.A']]);
  });

  it('names every missing, negative, too precise or unknown part at once', () => {
    const { userErrors } = scoreEvaluation(RULES_2023, { A: -1, C: 12.25, D: 3 });
    expect(userErrors.map((e) => [e.code, e.field])).toEqual([
      ['UNKNOWN_PART', 'scores.D'],
      ['SCORE_OUT_OF_RANGE', 'scores.A'],
      ['MISSING_PART', 'scores.B'],
      ['SCORE_PRECISION', 'scores.C'],
    ]);
  });
});

describe('score → stars, for every scorecard (property)', () => {
  for (const r of [RULES_2023, RULES_2019]) {
    it(`total is the sum of the parts and stars are within 1..5 under ${r.version}`, () => {
      fc.assert(
        fc.property(scorecard(r), (scores) => {
          const { scored } = scoreEvaluation(r, scores);
          const sumTenths = Object.values(scores).reduce((s, v) => s + Math.round(v * 10), 0);
          expect(scored!.total).toBe(sumTenths / 10);
          expect(scored!.total).toBeLessThanOrEqual(100);
          expect(scored!.stars).toBeGreaterThanOrEqual(1);
          expect(scored!.stars).toBeLessThanOrEqual(5);
        }),
      );
    });

    it(`raising any part never lowers the stars under ${r.version} (bands are monotonic)`, () => {
      fc.assert(
        fc.property(scorecard(r), fc.constantFrom(...r.parts), fc.integer({ min: 1, max: 400 }), (scores, part, more) => {
          const raised = { ...scores, [part.code]: Math.min(part.max * 10, Math.round(scores[part.code]! * 10) + more) / 10 };
          expect(scoreEvaluation(r, raised).scored!.stars).toBeGreaterThanOrEqual(scoreEvaluation(r, scores).scored!.stars);
        }),
      );
    });

    it(`any part above its maximum is rejected under ${r.version}`, () => {
      fc.assert(
        fc.property(scorecard(r), fc.constantFrom(...r.parts), fc.integer({ min: 1, max: 1000 }), (scores, part, over) => {
          const { scored, userErrors } = scoreEvaluation(r, { ...scores, [part.code]: part.max + over / 10 });
          expect(scored).toBeNull();
          expect(userErrors.map((e) => [e.code, e.field])).toEqual([['SCORE_OUT_OF_RANGE', `scores.${part.code}`]]);
        }),
      );
    });
  }

  it('stars are monotonic in the total over 0..100 in tenths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(starsForTotal(BANDS, lo / 10)).toBeLessThanOrEqual(starsForTotal(BANDS, hi / 10));
      }),
    );
  });
  it('puts every total of 0..100 in tenths in the band the decree gives (thresholds exact, no float edge)', () => {
    const decree = (tenths: number) => (tenths >= 900 ? 5 : tenths >= 700 ? 4 : tenths >= 500 ? 3 : tenths >= 300 ? 2 : 1);
    for (let t = 0; t <= 1000; t++) expect(starsForTotal(BANDS, t / 10), `${t / 10} points`).toBe(decree(t));
  });

  it('a scorecard summing to a band edge in tenths gets that band, however the tenths are split', () => {
    // 0.1 + 0.2 is not 0.3 in floats: the service sums integer tenths, so edges stay edges.
    const edge = fc.constantFrom(300, 500, 700, 900);
    fc.assert(
      fc.property(edge, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 250 }), (total, a, b) => {
        const c = total - a - b;
        fc.pre(c >= 0 && c <= 350);
        const { scored } = scoreEvaluation(RULES_2023, { A: a / 10, B: b / 10, C: c / 10 });
        expect(scored!.total).toBe(total / 10);
        expect(scored!.stars).toBe(starsForTotal(BANDS, total / 10));
        expect(scoreEvaluation(RULES_2023, { A: a / 10, B: b / 10, C: (c - 1) / 10 }).scored?.stars ?? 1).toBeLessThanOrEqual(scored!.stars);
      }),
    );
  });

  it('rejects bad input of any kind: NaN, infinities, hundredths, negatives, strings and unknown parts; nothing is scored', () => {
    const bad = fc.oneof(
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -0.1, 1e21, -1e21),
      fc.integer({ min: 1, max: 99 }).map((k) => k / 100).filter((x) => Math.round(x * 10) !== x * 10),
      fc.integer({ min: -10_000, max: -1 }).map((t) => t / 10),
      fc.string().map((s) => s as unknown as number),
    );
    fc.assert(
      fc.property(scorecard(RULES_2023), fc.constantFrom('A', 'B', 'C'), bad, (scores, part, value) => {
        const { scored, userErrors } = scoreEvaluation(RULES_2023, { ...scores, [part]: value });
        expect(scored).toBeNull();
        expect(userErrors.map((e) => e.field)).toEqual([`scores.${part}`]);
        expect(['SCORE_PRECISION', 'SCORE_OUT_OF_RANGE']).toContain(userErrors[0]!.code);
      }),
    );
    fc.assert(
      fc.property(scorecard(RULES_2023), fc.string({ minLength: 1 }).filter((k) => !['A', 'B', 'C'].includes(k) && k !== '__proto__'), (scores, extra) => {
        const { scored, userErrors } = scoreEvaluation(RULES_2023, { ...scores, [extra]: 1 });
        expect(scored).toBeNull();
        expect(userErrors).toEqual([expect.objectContaining({ code: 'UNKNOWN_PART', field: `scores.${extra}` })]);
      }),
    );
  });
});
