import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import type { ProvinceRecord } from './province.service.js';

@ObjectType('Province', {
  implements: Node,
  description: 'A province-level unit as issued. Historic units (before 01/07/2025) map to a current one.',
})
export class ProvinceType extends Node {
  @Field(() => String, { description: 'Two-digit code (Decision 19/2025/QĐ-TTg for current units).' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  validFrom!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Null while the unit is current.' })
  validTo!: string | null;

  record!: ProvinceRecord;

  static from(record: ProvinceRecord): ProvinceType {
    return Object.assign(new ProvinceType(), {
      id: toGlobalId('Province', record.id),
      code: record.code,
      name: record.name,
      validFrom: record.validFrom,
      validTo: record.validTo,
      record,
    });
  }
}

@ObjectType('ProvinceConnection')
export class ProvinceConnection extends Connection(ProvinceType, 'Province') {}
