import { defineEntity, p } from '@mikro-orm/core';
import { Producer } from '../producers/producer.entity.js';
import { PRODUCT_GROUPS, PRODUCT_STATUSES } from './product-group.js';
import { ProductSet } from './product-set.entity.js';

const ProductSchema = defineEntity({
  name: 'Product',
  tableName: 'product',
  properties: {
    id: p.string().primary(),
    slug: p.string().unique(),
    name: p.string(),
    /** Sanitised HTML (sanitize-html at write, again at render). */
    description: p.text().default(''),
    group: p.enum(PRODUCT_GROUPS).nativeEnumName('product_group').index(),
    productSet: () => p.manyToOne(ProductSet).nullable().index(),
    /** Vùng nguyên liệu: where the raw material comes from. */
    rawMaterialArea: p.text().nullable(),
    status: p.enum(PRODUCT_STATUSES).nativeEnumName('product_status').default('PUBLISHED'),
    /**
     * The lowest variant price in integer đồng ("from" price), kept by the catalogue service so
     * listings sort and filter by price without touching variants.
     */
    priceAmount: p.bigint('number'),
    producer: () => p.manyToOne(Producer).index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  checks: [{ name: 'product_price_amount_check', expression: 'price_amount >= 0' }],
});

export class Product extends ProductSchema.class {}
ProductSchema.setClass(Product);
