import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Money } from '../../graphql/money.js';
import { Connection, Node } from '../../graphql/relay.js';
import { PRODUCT_GROUP_LABELS, PRODUCT_GROUPS, type ProductGroup } from './product-group.js';
import type { ProductRecord } from './product.service.js';

export const ProductGroupEnum = enumFromValues(PRODUCT_GROUPS, 'ProductGroup', {
  description: 'The six OCOP product groups (Decisions 919/2022 and 148/2023).',
  valueDescriptions: Object.fromEntries(
    PRODUCT_GROUPS.map((g) => [g, `${PRODUCT_GROUP_LABELS[g].numeral}. ${PRODUCT_GROUP_LABELS[g].vi}`]),
  ),
});

@ObjectType('Product', { implements: Node })
export class ProductType extends Node {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'URL key, unique.' }) slug!: string;
  @Field(() => String) description!: string;
  @Field(() => ProductGroupEnum) group!: ProductGroup;
  @Field(() => Money) price!: Money;

  record!: ProductRecord;

  static from(record: ProductRecord): ProductType {
    return Object.assign(new ProductType(), {
      id: toGlobalId('Product', record.id),
      name: record.name,
      slug: record.slug,
      description: record.description,
      group: record.group,
      price: Money.vnd(record.priceAmount),
      record,
    });
  }
}

@ObjectType('ProductConnection')
export class ProductConnection extends Connection(ProductType, 'Product') {}

@InputType('ProductFilter')
export class ProductFilterInput {
  @Field(() => ProductGroupEnum, { nullable: true })
  group?: ProductGroup | null;

  @Field(() => Int, { nullable: true, description: 'Only products with a certificate valid today of at least this many stars (1–5).' })
  minStars?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Current two-digit province code; also matches producers registered under historic units merged into it.',
  })
  provinceCode?: string | null;
}
