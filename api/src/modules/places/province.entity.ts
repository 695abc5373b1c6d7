import { defineEntity, p } from '@mikro-orm/core';

export const PROVINCE_KINDS = ['CITY', 'PROVINCE'] as const;

/**
 * A province-level administrative unit as it was issued. Current units (34 since 01/07/2025) have no
 * validTo; historic ones (the 63 before) keep their own code and name and point to the current unit
 * they were merged into, so certificates and addresses keep the unit as issued and still resolve.
 * Codes are reused across reforms (Quảng Bình's 44 is now Quảng Trị's), so code alone is not a key.
 * Reference data: inserted by migrations, ids are stable (`prv_31`, `prv_old_30`).
 */
const ProvinceSchema = defineEntity({
  name: 'Province',
  tableName: 'province',
  properties: {
    id: p.string().primary(),
    code: p.string().length(2),
    name: p.string(),
    /** Centrally-run city (thành phố trực thuộc trung ương) or province (tỉnh). */
    kind: p.enum(PROVINCE_KINDS).nativeEnumName('province_kind').default('PROVINCE'),
    validFrom: p.date().nullable(),
    validTo: p.date().nullable(),
    successor: () => p.manyToOne(Province).nullable(),
  },
  uniques: [{ properties: ['code', 'validFrom'] }],
});

export class Province extends ProvinceSchema.class {}
ProvinceSchema.setClass(Province);
