import { defineEntity, p } from '@mikro-orm/core';
import { District } from './district.entity.js';
import { Province } from './province.entity.js';

/**
 * A commune-level unit (xã, phường, đặc khu) as issued: 5-digit code, name, the province (and before
 * 2025 the district) it belonged to when issued, validity, and the current commune it maps to after a
 * merger.
 */
const CommuneSchema = defineEntity({
  name: 'Commune',
  tableName: 'commune',
  properties: {
    id: p.string().primary(),
    code: p.string().length(5),
    name: p.string(),
    province: () => p.manyToOne(Province).index(),
    /** Pre-2025 communes belonged to a district; current ones do not. */
    district: () => p.manyToOne(District).nullable().index(),
    validFrom: p.date().nullable(),
    validTo: p.date().nullable(),
    successor: () => p.manyToOne(Commune).nullable(),
  },
  uniques: [{ properties: ['code', 'validFrom'] }],
});

export class Commune extends CommuneSchema.class {}
CommuneSchema.setClass(Commune);
