import { defineEntity, p } from '@mikro-orm/core';
import { Product } from './product.entity.js';

/**
 * A sellable form of a product (250 g, hộp quà 600 g…). Stock is what can still be sold; the CHECK
 * keeps it from going negative whatever the concurrency (reservations come with checkout).
 */
const ProductVariantSchema = defineEntity({
  name: 'ProductVariant',
  tableName: 'product_variant',
  properties: {
    id: p.string().primary(),
    product: () => p.manyToOne(Product).index(),
    sku: p.string().unique(),
    label: p.string(),
    /** Integer đồng. */
    priceAmount: p.bigint('number'),
    stock: p.integer().default(0),
    weightGrams: p.integer().nullable(),
    position: p.smallint().default(0),
  },
  checks: [
    { name: 'product_variant_price_amount_check', expression: 'price_amount >= 0' },
    { name: 'product_variant_stock_check', expression: 'stock >= 0' },
    { name: 'product_variant_weight_grams_check', expression: 'weight_grams > 0' },
  ],
});

export class ProductVariant extends ProductVariantSchema.class {}
ProductVariantSchema.setClass(ProductVariant);
