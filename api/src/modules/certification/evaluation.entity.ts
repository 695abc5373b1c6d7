import { defineEntity, p } from '@mikro-orm/core';
import { Product } from '../catalog/product.entity.js';
import { CriteriaSet } from './criteria-set.entity.js';

export const EVALUATION_STATES = ['DRAFT', 'SUBMITTED', 'SCORED'] as const;
export type EvaluationState = (typeof EVALUATION_STATES)[number];

/** Part code → score, e.g. { "A": 31.5, "B": 20, "C": 27 }. */
export type PartScores = Record<string, number>;

/**
 * A council's scoring of a product under one criteria set. `total` and `stars` are derived from the
 * part scores and the bands of ITS criteria set by CertificationService (never typed in); they are
 * stored so listings and history need no recomputation.
 */
const EvaluationSchema = defineEntity({
  name: 'Evaluation',
  tableName: 'evaluation',
  properties: {
    id: p.string().primary(),
    product: () => p.manyToOne(Product).index(),
    criteriaSet: () => p.manyToOne(CriteriaSet),
    /** Code of the council level that scored it (see council_level_rule). */
    councilLevel: p.string(),
    evaluatedOn: p.date(),
    scores: p.json<PartScores>().columnType('jsonb'),
    total: p.decimal('number').precision(4).scale(1),
    stars: p.smallint(),
    state: p.enum(EVALUATION_STATES).nativeEnumName('evaluation_state').default('SCORED'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    { name: 'evaluation_stars_check', expression: 'stars >= 1 and stars <= 5' },
    { name: 'evaluation_total_check', expression: 'total >= 0 and total <= 100' },
  ],
});

export class Evaluation extends EvaluationSchema.class {}
EvaluationSchema.setClass(Evaluation);
