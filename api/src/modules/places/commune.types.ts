import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import type { CommuneRecord, DistrictRecord } from './commune.service.js';

@ObjectType('District', { description: 'A pre-2025 district (huyện, quận, thị xã); abolished on 01/07/2025.' })
export class DistrictType {
  @Field(() => String, { description: 'Three-digit code.' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => LocalDateResolver, { nullable: true }) validTo!: string | null;

  static from(d: DistrictRecord): DistrictType {
    return Object.assign(new DistrictType(), { code: d.code, name: d.name, validTo: d.validTo });
  }
}

@ObjectType('Commune', { implements: Node, description: 'A commune-level unit (xã, phường, đặc khu) as issued.' })
export class CommuneType extends Node {
  @Field(() => String, { description: 'Five-digit code.' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Null while the unit is current.' }) validTo!: string | null;

  record!: CommuneRecord;

  static from(record: CommuneRecord): CommuneType {
    return Object.assign(new CommuneType(), { id: toGlobalId('Commune', record.id), code: record.code, name: record.name, validTo: record.validTo, record });
  }
}

@ObjectType('CommuneConnection')
export class CommuneConnection extends Connection(CommuneType, 'Commune') {}
