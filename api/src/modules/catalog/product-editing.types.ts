import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { ProductGroupEnum } from './product-group.types.js';
import type { ProductGroup } from './product-group.js';
import { PRODUCT_ERROR_CODES, type ProductErrorCode, type ProductUserError } from './product-editing.service.js';
import { ProductType } from './product.types.js';

export const ProductErrorCodeEnum = enumFromValues(PRODUCT_ERROR_CODES, 'ProductErrorCode', {
  description: 'Why a product was not created or changed (nothing was written).',
  valueDescriptions: {
    NOT_FOUND: 'The id names no product.',
    PRODUCER_NOT_FOUND: 'The id names no producer.',
    DUPLICATE_SKU: 'The SKU appears twice in the input or belongs to another product (SKUs are unique).',
    PRICE_REQUIRED: 'A new variant needs a price.',
    SET_NOT_IN_GROUP: "The product set belongs to another OCOP group than the product's.",
    NO_VARIANTS: 'A product needs a variant (to be created or published).',
    IMAGE_ORDER_INVALID: "The new order does not name each of the product's images exactly once.",
  },
});

@ObjectType('ProductUserError', { description: 'An expected failure of a product mutation.' })
export class ProductUserErrorType {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "variants", "0", "price"].' })
  field!: string[] | null;
  @Field(() => ProductErrorCodeEnum) code!: ProductErrorCode;
  @Field(() => String) message!: string;

  static from(error: ProductUserError): ProductUserErrorType {
    return Object.assign(new ProductUserErrorType(), { field: ['input', ...error.field], code: error.code, message: error.message });
  }
}

@InputType('ProductVariantInput', { description: 'A variant of a new product.' })
export class ProductVariantInput {
  @Field(() => String, { description: 'Unique across the catalogue.' }) sku!: string;
  @Field(() => String) label!: string;
  @Field(() => SafeIntResolver, { description: 'Integer đồng, not negative.' }) price!: number;
  @Field(() => Int, { description: 'Units for sale, not negative.' }) stock!: number;
  @Field(() => Int, { nullable: true }) weightGrams?: number | null;
}

@InputType('ProductVariantUpsertInput', { description: 'A variant by sku: changed when the product has it, added otherwise (label and price then required).' })
export class ProductVariantUpsertInput {
  @Field(() => String) sku!: string;
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Integer đồng, not negative.' }) price?: number | null;
  @Field(() => Int, { nullable: true, description: 'Units for sale, not negative.' }) stock?: number | null;
  @Field(() => Int, { nullable: true, description: 'Null clears it; omitted keeps it.' }) weightGrams?: number | null;
}

@InputType('ProductCreateInput')
export class ProductCreateInput {
  @Field(() => ID, { description: 'A Producer global ID.' }) producerId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'HTML; sanitised when stored (scripts, event handlers and javascript: links are dropped).' }) description!: string;
  @Field(() => ProductGroupEnum) group!: ProductGroup;
  @Field(() => String, { nullable: true, description: 'Product set code ("01"–"26") of the same group.' }) productSetCode?: string | null;
  @Field(() => String, { nullable: true }) rawMaterialArea?: string | null;
  @Field(() => [ProductVariantInput]) variants!: ProductVariantInput[];
}

@InputType('ProductUpdateInput', { description: 'Omitted fields keep their value. The slug does not change with the name (links keep working).' })
export class ProductUpdateInput {
  @Field(() => ID) productId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'HTML; sanitised when stored.' }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Null clears it.' }) productSetCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Null clears it.' }) rawMaterialArea?: string | null;
  @Field(() => [ProductVariantUpsertInput], { nullable: true, description: 'Upserted by sku; variants not named are kept.' })
  variants?: ProductVariantUpsertInput[] | null;
}

@ObjectType('ProductEditPayload')
export class ProductEditPayload {
  @Field(() => ProductType, { nullable: true, description: 'The product as saved; null on userErrors.' }) product!: ProductType | null;
  @Field(() => [ProductUserErrorType]) userErrors!: ProductUserErrorType[];
}

@InputType('ProductImagesReorderInput')
export class ProductImagesReorderInput {
  @Field(() => ID) productId!: string;
  @Field(() => [ID], { description: "Every image of the product (ProductImage.id), first shown first." }) imageIds!: string[];
}
