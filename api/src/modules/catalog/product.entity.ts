import { defineEntity, p } from '@mikro-orm/core';
import { Producer } from '../producers/producer.entity.js';
import { PRODUCT_GROUPS, PRODUCT_STATUSES } from './product-group.js';

const ProductSchema = defineEntity({
  name: 'Product',
  tableName: 'product',
  properties: {
    id: p.string().primary(),
    slug: p.string().unique(),
    name: p.string(),
    description: p.text().default(''),
    group: p.enum(PRODUCT_GROUPS).nativeEnumName('product_group').index(),
    status: p.enum(PRODUCT_STATUSES).nativeEnumName('product_status').default('PUBLISHED'),
    /** Integer đồng (VND is zero-decimal). bigint so sums of orders never overflow. */
    priceAmount: p.bigint('number'),
    producer: () => p.manyToOne(Producer).index(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [{ name: 'product_price_amount_check', expression: 'price_amount >= 0' }],
});

export class Product extends ProductSchema.class {}
ProductSchema.setClass(Product);
