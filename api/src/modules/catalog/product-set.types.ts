import { Field, ObjectType } from 'type-graphql';
import { ProductGroupEnum } from './product-group.types.js';
import type { ProductGroup } from './product-group.js';
import type { ProductSetRecord } from './product-set.service.js';
import { Connection } from '../../graphql/relay.js';

@ObjectType('ProductSubgroup', { description: 'A sub-group of an OCOP product group, e.g. 1.4 Gia vị.' })
export class ProductSubgroupType {
  @Field(() => String, { description: 'e.g. "1.4".' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => ProductGroupEnum) group!: ProductGroup;
}

@ObjectType('ProductSet', { description: 'One of the 26 OCOP product sets, each with its own scorecard.' })
export class ProductSetType {
  @Field(() => String, { description: '"01" to "26".' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => ProductSubgroupType) subgroup!: ProductSubgroupType;
  @Field(() => ProductGroupEnum) group!: ProductGroup;

  static from(r: ProductSetRecord): ProductSetType {
    const subgroup = Object.assign(new ProductSubgroupType(), { code: r.subgroupCode, name: r.subgroupName, nameEn: r.subgroupNameEn, group: r.group });
    return Object.assign(new ProductSetType(), { code: r.code, name: r.name, nameEn: r.nameEn, subgroup, group: r.group });
  }
}

@ObjectType('ProductSetConnection')
export class ProductSetConnection extends Connection(ProductSetType, 'ProductSet') {}
