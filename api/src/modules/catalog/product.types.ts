import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Money } from '../../graphql/money.js';
import { Connection, Node } from '../../graphql/relay.js';
import { richTextToPlain, sanitizeRichText } from '../../lib/rich-text.js';
import { ProvinceType } from '../places/province.types.js';
import { ProductGroupEnum } from './product-group.types.js';
import { PRODUCT_STATUSES, type ProductGroup, type ProductStatus } from './product-group.js';

export const ProductStatusEnum = enumFromValues(PRODUCT_STATUSES, 'ProductStatus', {
  valueDescriptions: { DRAFT: 'Being prepared; not public.', PUBLISHED: 'On the catalogue (once its producer is approved).', ARCHIVED: 'Taken off the catalogue.' },
});
import { PRODUCT_SORTS, type ImageRecord, type ProductListFilter, type ProductRecord, type ProductSort, type VariantRecord } from './product.service.js';

export { ProductGroupEnum };

export const ProductSortEnum = enumFromValues(PRODUCT_SORTS, 'ProductSort', {
  valueDescriptions: {
    RELEVANCE: 'Best match for filter.query first (the default when a query is given; needs one).',
    NEWEST: 'Most recently listed first (default without a query).',
    PRICE_ASC: 'Lowest "from" price first.',
    PRICE_DESC: 'Highest "from" price first.',
    STARS_DESC: 'Most OCOP stars valid today first; uncertified last.',
  },
});

@ObjectType('ProductVariant', { description: 'A sellable form of a product (250 g, hộp quà…).' })
export class ProductVariantType {
  @Field(() => ID, { description: 'Global ID of the variant (what cart lines refer to).' }) id!: string;
  @Field(() => String) sku!: string;
  @Field(() => String) label!: string;
  @Field(() => Money) price!: Money;
  @Field(() => Boolean) inStock!: boolean;
  @Field(() => Int, { description: 'Units that can still be sold.' }) stock!: number;
  @Field(() => Int, { nullable: true }) weightGrams!: number | null;

  static from(v: VariantRecord): ProductVariantType {
    return Object.assign(new ProductVariantType(), {
      id: toGlobalId('ProductVariant', v.id), sku: v.sku, label: v.label, price: Money.vnd(v.priceAmount), inStock: v.stock > 0, stock: v.stock, weightGrams: v.weightGrams,
    });
  }
}

@ObjectType('ProductVariantConnection')
export class ProductVariantConnection extends Connection(ProductVariantType, 'ProductVariant') {}

@ObjectType('ProductImage', { description: 'A product photo; width and height let pages reserve its space.' })
export class ProductImageType {
  @Field(() => ID, { description: 'Names the photo to productImageRemove and productImagesReorder.' }) id!: string;
  @Field(() => String) url!: string;
  @Field(() => String, { description: 'Text alternative (Vietnamese).' }) alt!: string;
  @Field(() => Int) width!: number;
  @Field(() => Int) height!: number;

  static from(i: ImageRecord): ProductImageType {
    return Object.assign(new ProductImageType(), { id: toGlobalId('ProductImage', i.id), url: i.url, alt: i.alt, width: i.width, height: i.height });
  }
}

@ObjectType('ProductImageConnection')
export class ProductImageConnection extends Connection(ProductImageType, 'ProductImage') {}

@ObjectType('Product', { implements: Node })
export class ProductType extends Node {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'URL key, unique.' }) slug!: string;
  // Worked out only when asked for: a catalogue page of cards never pays for sanitising descriptions.
  @Field(() => String, { description: 'Plain text (for summaries and meta descriptions).' })
  get description(): string {
    return richTextToPlain(this.record.description);
  }

  @Field(() => String, { description: 'Sanitised HTML: p, br, strong, em, lists, h3/h4, blockquote, links.' })
  get descriptionHtml(): string {
    return sanitizeRichText(this.record.description);
  }

  @Field(() => ProductGroupEnum) group!: ProductGroup;
  @Field(() => String, { nullable: true, description: 'Vùng nguyên liệu: where the raw material comes from.' }) rawMaterialArea!: string | null;
  @Field(() => Money, { description: 'The lowest variant price ("from").' }) price!: Money;
  @Field(() => ProductStatusEnum, { description: 'Always PUBLISHED on the public catalogue; DRAFT or ARCHIVED in the producer workspace.' })
  status!: ProductStatus;

  record!: ProductRecord;

  static from(record: ProductRecord): ProductType {
    return Object.assign(new ProductType(), {
      id: toGlobalId('Product', record.id),
      name: record.name,
      slug: record.slug,
      group: record.group,
      rawMaterialArea: record.rawMaterialArea,
      price: Money.vnd(record.priceAmount),
      status: record.status,
      record,
    });
  }
}

@ObjectType('GroupFacet')
export class GroupFacet {
  @Field(() => ProductGroupEnum) group!: ProductGroup;
  @Field(() => Int) count!: number;
}

@ObjectType('StarsFacet')
export class StarsFacet {
  @Field(() => Int) stars!: number;
  @Field(() => Int) count!: number;
}

@ObjectType('ProvinceFacet')
export class ProvinceFacet {
  @Field(() => ProvinceType, { description: 'The current province (historic units roll up into it).' }) province!: ProvinceType;
  @Field(() => Int) count!: number;
}

@ObjectType('ProductFacets', {
  description: 'Counts for the current filter; each facet ignores its own dimension, so other choices stay visible.',
})
export class ProductFacets {
  @Field(() => [GroupFacet]) groups!: GroupFacet[];
  @Field(() => [StarsFacet], { description: 'Products by stars valid today (uncertified ones are not counted).' }) stars!: StarsFacet[];
  @Field(() => [ProvinceFacet]) provinces!: ProvinceFacet[];
}

@ObjectType('ProductConnection')
export class ProductConnection extends Connection(ProductType, 'Product') {
  /** The filter the page was made with, for `facets`. */
  query!: { filter: ProductListFilter };
}

@InputType('ProductFilter')
export class ProductFilterInput {
  @Field(() => ProductGroupEnum, { nullable: true })
  group?: ProductGroup | null;

  @Field(() => String, { nullable: true, description: 'Sub-group code, e.g. "1.4".' })
  subgroupCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Product set code, "01" to "26".' })
  productSetCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only products with a certificate valid today of at least this many stars (1–5).' })
  minStars?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only products whose best certificate valid today has exactly this many stars (1–5).' })
  stars?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Current two-digit province code; also matches producers registered under historic units merged into it.',
  })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'A Producer global ID.' })
  producerId?: string | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Lowest "from" price, integer đồng.' })
  priceMin?: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Highest "from" price, integer đồng.' })
  priceMax?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only products with a variant in stock.' })
  inStock?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Free text, as in `search`: diacritic-insensitive, typo-tolerant; enables sort RELEVANCE.',
  })
  query?: string | null;
}
