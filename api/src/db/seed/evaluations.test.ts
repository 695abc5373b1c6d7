import { describe, expect, it } from 'vitest';
import { rows } from '../../lib/sql.js';
import { CertificationService } from '../../modules/certification/certification.service.js';
import { scoreEvaluation } from '../../modules/certification/scoring.js';
import { testDatabase } from '../../test/database.js';
import { seed } from './seed.js';

describe('seeded certificates and their evaluations', () => {
  it('every seeded certificate points to an evaluation that earns its stars under the rules in the database', async () => {
    const { orm } = await testDatabase();
    await seed(orm, { products: 2000, producersPerKind: 20 });
    const em = orm.em.fork();
    const found = await rows<{
      stars: number; decisionDate: string; state: string; revokedOn: string | null;
      evaluation: { stars: number; total: number; scores: Record<string, number>; level: string; evaluatedOn: string } | null;
      rules: { version: string; parts: { code: string; name: string; max: number }[]; bands: { minTotal: number; stars: number }[]; from: string; to: string | null } | null;
    }>(
      em,
      `select c.stars, c.decision_date::text as "decisionDate", c.state, c.revoked_on::text as "revokedOn",
              case when e.id is null then null else jsonb_build_object('stars', e.stars, 'total', e.total, 'scores', e.scores,
                'level', e.council_level, 'evaluatedOn', e.evaluated_on) end as evaluation,
              case when cs.id is null then null else jsonb_build_object('version', cs.version, 'parts', cs.parts, 'bands', cs.bands,
                'from', cs.effective_from, 'to', cs.effective_to) end as rules
       from certificate c left join evaluation e on e.id = c.evaluation_id left join criteria_set cs on cs.id = e.criteria_set_id`,
    );
    expect(found.length).toBeGreaterThan(1500);
    const levels = await rows<{ level: string; from: string | null; to: string | null; min: number; max: number; minTotal: number | null }>(
      em,
      `select level, valid_from::text as "from", valid_to::text as "to", min_stars as min, max_stars as max, min_total::float8 as "minTotal" from council_level_rule`,
    );
    const inForce = (level: string, day: string) => levels.find((r) => r.level === level && (!r.from || r.from <= day) && (!r.to || day <= r.to));
    for (const c of found) {
      expect(c.evaluation).not.toBeNull();
      const e = c.evaluation!;
      const { scored, userErrors } = scoreEvaluation(c.rules!, e.scores);
      expect(userErrors).toEqual([]);
      expect([scored!.total, scored!.stars]).toEqual([Number(e.total), c.stars]);
      expect(e.stars).toBe(c.stars);
      expect(e.evaluatedOn >= c.rules!.from && (!c.rules!.to || e.evaluatedOn <= c.rules!.to)).toBe(true);
      expect(e.evaluatedOn <= c.decisionDate).toBe(true);
      expect(inForce(e.level, e.evaluatedOn), `${e.level} on ${e.evaluatedOn}`).toBeDefined();
      const rule = inForce(e.level, c.decisionDate)!;
      expect(c.stars >= rule.min && c.stars <= rule.max && (rule.minTotal == null || Number(e.total) >= rule.minTotal)).toBe(true);
      if (c.state === 'REVOKED') expect(c.revokedOn! > c.decisionDate).toBe(true);
    }
    expect(new Set(found.map((c) => c.rules!.version))).toEqual(new Set(['1048/2019', '148/2023']));
    expect(new Set(found.map((c) => c.evaluation!.level))).toEqual(new Set(['DISTRICT', 'PROVINCE', 'CENTRAL']));
  });

  it('a seeded certificate can be read with its evaluation through the service', async () => {
    const { orm } = await testDatabase();
    await seed(orm, { products: 50, producersPerKind: 5 });
    const [c] = await rows<{ id: string; evaluationId: string }>(orm.em.fork(), `select id, evaluation_id as "evaluationId" from certificate limit 1`);
    const [e] = await new CertificationService(orm.em.fork()).evaluationsByIds([c!.evaluationId]);
    expect(e!.parts.map((p) => p.code)).toEqual(['A', 'B', 'C']);
    expect(e!.councilLevelName).toMatch(/^Hội đồng|^Bộ/);
  });
});
