import { defineEntity, p } from '@mikro-orm/core';
import { PROGRAMME_TARGET_KINDS } from './programme-target-kind.js';
import { ProgrammePlan } from './programme-plan.entity.js';

/**
 * One numeric target of a plan, of a typed kind (programme-target-kind.ts). `targetValue` is a count,
 * or a percentage for share kinds; `minStars` qualifies the star kinds; `denominator` is the count of
 * craft villages a plan states (a craft-village share is taken of it when the platform holds fewer).
 */
const ProgrammeTargetSchema = defineEntity({
  name: 'ProgrammeTarget',
  tableName: 'programme_target',
  properties: {
    id: p.string().primary(),
    plan: () => p.manyToOne(ProgrammePlan).index().deleteRule('cascade'),
    kind: p.enum(PROGRAMME_TARGET_KINDS).nativeEnumName('programme_target_kind'),
    /** The plan's wording, e.g. "Phát triển và nâng cấp 335 sản phẩm OCOP". */
    label: p.string(),
    targetValue: p.integer(),
    minStars: p.smallint().nullable(),
    denominator: p.integer().nullable(),
    position: p.smallint().default(0),
  },
  checks: [
    { name: 'programme_target_value_check', expression: 'target_value > 0' },
    { name: 'programme_target_min_stars_check', expression: 'min_stars is null or (min_stars >= 3 and min_stars <= 5)' },
    { name: 'programme_target_denominator_check', expression: 'denominator is null or denominator > 0' },
  ],
});

export class ProgrammeTarget extends ProgrammeTargetSchema.class {}
ProgrammeTargetSchema.setClass(ProgrammeTarget);
