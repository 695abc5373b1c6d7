import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import { PROVINCE_CENTRES } from './province-centres.js';
import type { ProvinceRecord } from './province.service.js';

function centreOf(record: ProvinceRecord): GeoPointType | null {
  const centre = record.validTo === null ? PROVINCE_CENTRES[record.code] : undefined;
  return centre ? Object.assign(new GeoPointType(), { latitude: centre.lat, longitude: centre.lng }) : null;
}

@ObjectType('GeoPoint', { description: 'A place on the map, WGS84 degrees.' })
export class GeoPointType {
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
}

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

  @Field(() => GeoPointType, { nullable: true, description: 'The administrative centre of a current province; null for historic units.' })
  centre!: GeoPointType | null;

  record!: ProvinceRecord;

  static from(record: ProvinceRecord): ProvinceType {
    return Object.assign(new ProvinceType(), {
      id: toGlobalId('Province', record.id),
      code: record.code,
      name: record.name,
      validFrom: record.validFrom,
      validTo: record.validTo,
      centre: centreOf(record),
      record,
    });
  }
}

@ObjectType('ProvinceConnection')
export class ProvinceConnection extends Connection(ProvinceType, 'Province') {}
