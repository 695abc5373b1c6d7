import { Field, InputType, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import { richTextToPlain, sanitizeRichText } from '../../lib/rich-text.js';
import { PRODUCER_KIND_LABELS, PRODUCER_KINDS, type ProducerKind } from './producer-kind.js';
import type { ProducerRecord } from './producer.service.js';

export const ProducerKindEnum = enumFromValues(PRODUCER_KINDS, 'ProducerKind', {
  description: 'Kinds of OCOP subject (chủ thể OCOP).',
  valueDescriptions: PRODUCER_KIND_LABELS,
});

@ObjectType('ProducerContact')
export class ProducerContact {
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
}

@ObjectType('Producer', { implements: Node, description: 'An OCOP subject (chủ thể OCOP) that makes products.' })
export class ProducerType extends Node {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'URL key, unique.' }) slug!: string;
  @Field(() => ProducerKindEnum) kind!: ProducerKind;
  @Field(() => String, { nullable: true, description: 'Business, cooperative or household registration number.' })
  registrationNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Street address within the commune.' }) addressLine!: string | null;
  @Field(() => ProducerContact) contact!: ProducerContact;
  @Field(() => String, { description: 'The producer story as sanitised HTML.' }) storyHtml!: string;
  @Field(() => String, { description: 'The producer story as plain text.' }) story!: string;
  @Field(() => String, { nullable: true }) logoUrl!: string | null;
  @Field(() => Boolean, { description: 'Checked by the OCOP programme.' }) verified!: boolean;

  record!: ProducerRecord;

  static from(record: ProducerRecord): ProducerType {
    return Object.assign(new ProducerType(), {
      id: toGlobalId('Producer', record.id),
      name: record.name,
      slug: record.slug,
      kind: record.kind,
      registrationNumber: record.registrationNumber,
      addressLine: record.addressLine,
      contact: Object.assign(new ProducerContact(), { phone: record.phone, email: record.email, website: record.website }),
      storyHtml: sanitizeRichText(record.story),
      story: richTextToPlain(record.story),
      logoUrl: record.logoUrl,
      verified: record.verified,
      record,
    });
  }
}

@ObjectType('ProducerConnection')
export class ProducerConnection extends Connection(ProducerType, 'Producer') {}

@InputType('ProducerFilter')
export class ProducerFilterInput {
  @Field(() => String, { nullable: true, description: 'Current two-digit province code; includes historic units merged into it.' })
  provinceCode?: string | null;

  @Field(() => ProducerKindEnum, { nullable: true })
  kind?: ProducerKind | null;
}
