import { defineEntity, p } from '@mikro-orm/core';
import { PRODUCT_GROUPS } from './product-group.js';

/** Sub-groups of the six OCOP groups (e.g. 1.4 Gia vị). Reference data inserted by migrations. */
const ProductSubgroupSchema = defineEntity({
  name: 'ProductSubgroup',
  tableName: 'product_subgroup',
  properties: {
    code: p.string().primary(),
    group: p.enum(PRODUCT_GROUPS).nativeEnumName('product_group'),
    name: p.string(),
    nameEn: p.string(),
    position: p.smallint(),
  },
});
export class ProductSubgroup extends ProductSubgroupSchema.class {}
ProductSubgroupSchema.setClass(ProductSubgroup);

/** The 26 product sets, each with its own scorecard. Reference data inserted by migrations. */
const ProductSetSchema = defineEntity({
  name: 'ProductSet',
  tableName: 'product_set',
  properties: {
    code: p.string().primary(),
    subgroup: () => p.manyToOne(ProductSubgroup).index(),
    name: p.string(),
    nameEn: p.string(),
    position: p.smallint(),
  },
});
export class ProductSet extends ProductSetSchema.class {}
ProductSetSchema.setClass(ProductSet);
