import { defineEntity, p } from '@mikro-orm/core';
import { Product } from './product.entity.js';

/** A product photo; width and height are stored so pages reserve the space (no layout shift). */
const ProductImageSchema = defineEntity({
  name: 'ProductImage',
  tableName: 'product_image',
  properties: {
    id: p.string().primary(),
    product: () => p.manyToOne(Product).index(),
    url: p.string(),
    alt: p.string(),
    width: p.integer(),
    height: p.integer(),
    position: p.smallint().default(0),
  },
});

export class ProductImage extends ProductImageSchema.class {}
ProductImageSchema.setClass(ProductImage);
