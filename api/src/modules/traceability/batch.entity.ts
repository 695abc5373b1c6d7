import { defineEntity, p } from '@mikro-orm/core';
import { Product } from '../catalog/product.entity.js';
import { Province } from '../places/province.entity.js';

/**
 * A production batch (lô sản xuất) of a product. Its public trace code is what the QR on the package
 * carries: short, random, unrelated to any id, so knowing one code tells nothing about another.
 */
const BatchSchema = defineEntity({
  name: 'Batch',
  tableName: 'batch',
  properties: {
    id: p.string().primary(),
    product: () => p.manyToOne(Product),
    /** The producer's own lot number as printed on the package; unique per product. */
    lotCode: p.string(),
    productionDate: p.date(),
    /** Null for goods that do not expire (handicrafts, ornamental plants). */
    expiryDate: p.date().nullable(),
    quantity: p.integer(),
    /** The unit the quantity counts, as the producer says it: "hộp", "chai", "kg". */
    unit: p.string(),
    /** Where the raw material comes from, in the producer's words (vùng nguyên liệu). */
    rawMaterialOrigin: p.text().default(''),
    rawMaterialProvince: () => p.manyToOne(Province).nullable(),
    notes: p.text().default(''),
    traceCode: p.string().length(10).unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'batch_product_lot_code_unique', properties: ['product', 'lotCode'] }],
  indexes: [
    {
      // A product's batches newest first (product page, keyset pagination).
      name: 'batch_product_production_idx',
      expression: `create index "batch_product_production_idx" on "batch" ("product_id", "production_date" desc, "id" desc)`,
    },
  ],
  checks: [
    { name: 'batch_quantity_check', expression: 'quantity >= 0' },
    { name: 'batch_expiry_check', expression: 'expiry_date >= production_date' },
  ],
});

export class Batch extends BatchSchema.class {}
BatchSchema.setClass(Batch);
