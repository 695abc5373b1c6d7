import { Field, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/relay.js';
import { PRODUCER_KIND_LABELS, PRODUCER_KINDS, type ProducerKind } from './producer-kind.js';
import type { ProducerRecord } from './producer.service.js';

export const ProducerKindEnum = enumFromValues(PRODUCER_KINDS, 'ProducerKind', {
  description: 'Kinds of OCOP subject (chủ thể OCOP).',
  valueDescriptions: PRODUCER_KIND_LABELS,
});

@ObjectType('Producer', { implements: Node, description: 'An OCOP subject (chủ thể OCOP) that makes products.' })
export class ProducerType extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => ProducerKindEnum)
  kind!: ProducerKind;

  record!: ProducerRecord;

  static from(record: ProducerRecord): ProducerType {
    return Object.assign(new ProducerType(), {
      id: toGlobalId('Producer', record.id),
      name: record.name,
      kind: record.kind,
      record,
    });
  }
}
