import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApprovalStateEnum, enumFromValues, type ApprovalState } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import { richTextToPlain, sanitizeRichText } from '../../lib/rich-text.js';
import { OPERATOR_KIND_LABELS, OPERATOR_KINDS, type OperatorKind } from './operator-kind.js';
import { OPERATOR_ERROR_CODES, type OperatorErrorCode, type OperatorUserError } from './operator-registration.service.js';
import type { TourismOperatorRecord } from './tourism-operator.service.js';

export const OperatorKindEnum = enumFromValues(OPERATOR_KINDS, 'TourismOperatorKind', {
  description: 'Who runs a community-tourism point.',
  valueDescriptions: OPERATOR_KIND_LABELS,
});

export const OperatorErrorCodeEnum = enumFromValues(OPERATOR_ERROR_CODES, 'TourismOperatorErrorCode', {
  description: 'Why a tourism operator was not registered, changed or approved (nothing was written).',
});

@ObjectType('TourismOperatorContact')
export class TourismOperatorContact {
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType('TourismOperator', {
  implements: Node,
  description: 'Runs community-tourism points and experiences (OCOP group VI): a cooperative, household, enterprise or community group.',
})
export class TourismOperatorType extends Node {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'URL key, unique.' }) slug!: string;
  @Field(() => OperatorKindEnum) kind!: OperatorKind;
  @Field(() => String, { nullable: true, description: 'Street address within the commune.' }) addressLine!: string | null;
  @Field(() => TourismOperatorContact) contact!: TourismOperatorContact;
  @Field(() => String, { description: 'The description as sanitised HTML.' }) descriptionHtml!: string;
  @Field(() => String, { description: 'The description as plain text.' }) description!: string;
  @Field(() => ApprovalStateEnum, { description: 'PENDING until an admin approves it.' }) approval!: ApprovalState;
  @Field(() => DateTimeISOResolver, { nullable: true }) approvedAt!: Date | null;
  @Field(() => DateTimeISOResolver, { description: 'When it registered.' }) createdAt!: Date;

  record!: TourismOperatorRecord;

  static from(record: TourismOperatorRecord): TourismOperatorType {
    return Object.assign(new TourismOperatorType(), {
      id: toGlobalId('TourismOperator', record.id),
      name: record.name,
      slug: record.slug,
      kind: record.kind,
      addressLine: record.addressLine,
      contact: Object.assign(new TourismOperatorContact(), { phone: record.phone, email: record.email }),
      descriptionHtml: sanitizeRichText(record.description),
      description: richTextToPlain(record.description),
      approval: record.approvedAt ? 'APPROVED' : 'PENDING',
      approvedAt: record.approvedAt ? new Date(record.approvedAt) : null,
      createdAt: new Date(record.createdAt),
      record,
    });
  }
}

@ObjectType('TourismOperatorConnection')
export class TourismOperatorConnection extends Connection(TourismOperatorType, 'TourismOperator') {}

@InputType('TourismOperatorFilter')
export class TourismOperatorFilter {
  @Field(() => ApprovalStateEnum, { nullable: true, description: 'Only pending or only approved operators.' }) approval?: ApprovalState | null;
}

@ObjectType('TourismOperatorUserError', { description: 'An expected failure of a tourism operator mutation.' })
export class OperatorUserErrorType {
  @Field(() => [String], { nullable: true }) field!: string[] | null;
  @Field(() => OperatorErrorCodeEnum) code!: OperatorErrorCode;
  @Field(() => String) message!: string;

  static from(error: OperatorUserError): OperatorUserErrorType {
    return Object.assign(new OperatorUserErrorType(), { field: ['input', ...error.field], code: error.code, message: error.message });
  }
}

@InputType('OperatorRegisterInput')
export class OperatorRegisterInput {
  @Field(() => String) name!: string;
  @Field(() => OperatorKindEnum) kind!: OperatorKind;
  @Field(() => String, { description: 'Two-digit code of a current province.' }) provinceCode!: string;
  @Field(() => String, { nullable: true, description: 'Five-digit code of a current commune of that province.' }) communeCode?: string | null;
  @Field(() => String, { nullable: true }) addressLine?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'HTML; sanitised when stored.' }) description?: string | null;
}

@InputType('OperatorUpdateInput', { description: 'Fields left out stay as they are; an empty string clears an optional field.' })
export class OperatorUpdateInput {
  @Field(() => ID) operatorId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => OperatorKindEnum, { nullable: true }) kind?: OperatorKind | null;
  @Field(() => String, { nullable: true, description: 'Two-digit code of a current province.' }) provinceCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Five-digit code of a current commune of the province; empty clears it.' }) communeCode?: string | null;
  @Field(() => String, { nullable: true }) addressLine?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'HTML; sanitised when stored.' }) description?: string | null;
}

@ObjectType('TourismOperatorPayload')
export class TourismOperatorPayload {
  @Field(() => TourismOperatorType, { nullable: true }) operator!: TourismOperatorType | null;
  @Field(() => [OperatorUserErrorType]) userErrors!: OperatorUserErrorType[];
}
