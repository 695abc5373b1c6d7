import { defineEntity, p } from '@mikro-orm/core';

/** One scored part of a criteria set, e.g. { code: 'A', name: 'Sản phẩm và sức mạnh cộng đồng', max: 40 }. */
export interface CriteriaPart {
  code: string;
  name: string;
  max: number;
}

/** A star band: totals from `minTotal` upwards (up to the next band) earn `stars`. */
export interface StarBand {
  minTotal: number;
  stars: number;
}

/**
 * The OCOP scoring rules as a decree set them (1048/QĐ-TTg of 2019, 148/QĐ-TTg of 2023, …). Rules
 * change by decree, so they are rows, not code: an evaluation points to the set it was scored under
 * and its stars come from that set's bands. The migration seeds the sets in force so far.
 */
const CriteriaSetSchema = defineEntity({
  name: 'CriteriaSet',
  tableName: 'criteria_set',
  properties: {
    id: p.string().primary(),
    /** Short version name used across the programme, e.g. "148/2023". */
    version: p.string().unique(),
    /** The decision that set the rules, as cited, e.g. "Quyết định số 148/QĐ-TTg ngày 24/02/2023". */
    decision: p.string(),
    effectiveFrom: p.date(),
    effectiveTo: p.date().nullable(),
    parts: p.json<CriteriaPart[]>().columnType('jsonb'),
    bands: p.json<StarBand[]>().columnType('jsonb'),
    /** The lowest star count recognised as an OCOP product (3 in every set so far). */
    certifiedMinStars: p.smallint(),
  },
  checks: [
    { name: 'criteria_set_effective_check', expression: 'effective_to is null or effective_to >= effective_from' },
  ],
});

export class CriteriaSet extends CriteriaSetSchema.class {}
CriteriaSetSchema.setClass(CriteriaSet);
