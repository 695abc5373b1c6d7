import { defineEntity, p } from '@mikro-orm/core';
import { Product } from './product.entity.js';

/**
 * A sellable form of a product (250 g, hộp quà 600 g…).
 *
 * Stock model (see docs/decisions/0001-stock-model.md): every unit the producer has put on sale is in
 * exactly one bucket, `stock` (available: can still be ordered), `reserved` (held by a placed order
 * awaiting payment) or `sold` (paid or confirmed orders). `on_hand` is a generated column, the sum of
 * the three, so on_hand = available + reserved + sold holds by construction; each bucket has a CHECK
 * ≥ 0, so no interleaving of orders can oversell. Checkout moves units between buckets with
 * conditional UPDATEs (orders module); the producer sets `stock` (what is available now).
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
    /** Available: can still be ordered (the catalogue's inStock is stock > 0). */
    stock: p.integer().default(0),
    /** Held by placed orders awaiting payment (released on cancel or hold expiry). */
    reserved: p.integer().default(0),
    /** Taken by paid or cash-on-delivery-confirmed orders. */
    sold: p.integer().default(0),
    /** Every unit put on sale and not taken back: available + reserved + sold (generated, never written). */
    onHand: p.integer().generated('(stock + reserved + sold) stored'),
    weightGrams: p.integer().nullable(),
    position: p.smallint().default(0),
  },
  checks: [
    { name: 'product_variant_price_amount_check', expression: 'price_amount >= 0' },
    { name: 'product_variant_stock_check', expression: 'stock >= 0' },
    { name: 'product_variant_reserved_check', expression: 'reserved >= 0' },
    { name: 'product_variant_sold_check', expression: 'sold >= 0' },
    { name: 'product_variant_weight_grams_check', expression: 'weight_grams > 0' },
  ],
});

export class ProductVariant extends ProductVariantSchema.class {}
ProductVariantSchema.setClass(ProductVariant);
