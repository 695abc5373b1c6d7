import { defineEntity, p } from '@mikro-orm/core';

/**
 * Which council level may recognise which stars, and from when to when. Until 05/07/2025 the district
 * recognised 3★, the province 4★ and the central council 5★; from 06/07/2025 (Decision 1489/QĐ-TTg)
 * the province recognises 3★ and 4★ and the ministry (central level) 5★ from 90 points. Levels and
 * their powers change by decree, so they are rows seeded by the migration, not an enum.
 */
const CouncilLevelRuleSchema = defineEntity({
  name: 'CouncilLevelRule',
  tableName: 'council_level_rule',
  properties: {
    id: p.string().primary(),
    /** Stable code of the level: DISTRICT, PROVINCE, CENTRAL (new levels are new rows). */
    level: p.string(),
    /** How the level is named under this rule, e.g. "Hội đồng cấp tỉnh". */
    name: p.string(),
    validFrom: p.date().nullable(),
    validTo: p.date().nullable(),
    minStars: p.smallint(),
    maxStars: p.smallint(),
    /** A minimum total the level requires on top of the bands (the ministry's 90 points), if any. */
    minTotal: p.decimal('number').precision(4).scale(1).nullable(),
    /** The decision the rule comes from, as cited. */
    basis: p.string(),
  },
  indexes: [{ properties: ['level', 'validFrom'] }],
  checks: [
    { name: 'council_level_rule_stars_check', expression: 'min_stars >= 1 and min_stars <= max_stars and max_stars <= 5' },
    { name: 'council_level_rule_validity_check', expression: 'valid_to is null or valid_from is null or valid_to >= valid_from' },
  ],
});

export class CouncilLevelRule extends CouncilLevelRuleSchema.class {}
CouncilLevelRuleSchema.setClass(CouncilLevelRule);
