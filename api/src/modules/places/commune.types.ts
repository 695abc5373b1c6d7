import { Field, ObjectType } from 'type-graphql';
import type { CommuneRecord } from './commune.service.js';

@ObjectType('Commune', { description: 'A commune-level unit (xã, phường, đặc khu) as issued.' })
export class CommuneType {
  @Field(() => String, { description: 'Five-digit code.' }) code!: string;
  @Field(() => String) name!: string;

  record!: CommuneRecord;

  static from(record: CommuneRecord): CommuneType {
    return Object.assign(new CommuneType(), { code: record.code, name: record.name, record });
  }
}
