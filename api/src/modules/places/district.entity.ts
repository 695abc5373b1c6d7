import { defineEntity, p } from '@mikro-orm/core';
import { Province } from './province.entity.js';

/**
 * A district (huyện, quận, thị xã, thành phố thuộc tỉnh): the middle tier that the 01/07/2025 reform
 * abolished. Kept because pre-2025 addresses and 3★ decisions name it; every district ended on
 * 30/06/2025 and belongs to a pre-2025 province.
 */
const DistrictSchema = defineEntity({
  name: 'District',
  tableName: 'district',
  properties: {
    id: p.string().primary(),
    code: p.string().length(3),
    name: p.string(),
    province: () => p.manyToOne(Province).index(),
    validFrom: p.date().nullable(),
    validTo: p.date().nullable(),
  },
  uniques: [{ properties: ['code', 'validFrom'] }],
});

export class District extends DistrictSchema.class {}
DistrictSchema.setClass(District);
