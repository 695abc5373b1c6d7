import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import type { UserError } from '../../lib/user-errors.js';
import { EVALUATION_REQUEST_STATES, type EvaluationRequestState } from './evaluation-request.entity.js';
import { EVALUATION_REQUEST_ERROR_CODES, type EvaluationRequestErrorCode } from './evaluation-request.errors.js';
import type { EvaluationRequestRecord } from './evaluation-request.service.js';

export const EvaluationRequestStateEnum = enumFromValues(EVALUATION_REQUEST_STATES, 'EvaluationRequestState', {
  description: 'Where a request for an evaluation stands.',
  valueDescriptions: {
    OPEN: 'Waiting in the council queue.',
    WITHDRAWN: 'The producer took it back.',
    DECIDED: 'A council recognised a certificate for the product.',
    REJECTED: 'A council turned it down (see rejectionReason).',
  },
});

export const EvaluationRequestErrorCodeEnum = enumFromValues(EVALUATION_REQUEST_ERROR_CODES, 'EvaluationRequestErrorCode', {
  description: 'Why a request could not be submitted, withdrawn or rejected.',
  valueDescriptions: {
    NOT_FOUND: 'The id names no such object (unknown, or an id of another type).',
    ALREADY_SUBMITTED: 'The product already has an open request.',
    PRODUCT_ARCHIVED: 'Archived products cannot be submitted.',
    REQUEST_CLOSED: 'The request was already withdrawn, rejected or decided.',
  },
});

@ObjectType('EvaluationRequest', {
  implements: Node,
  description: "A producer's request that a rating council evaluate one of its products (hồ sơ đề nghị đánh giá, xếp hạng OCOP).",
})
export class EvaluationRequestType extends Node {
  @Field(() => EvaluationRequestStateEnum) state!: EvaluationRequestState;
  @Field(() => DateTimeISOResolver) submittedAt!: Date;
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was withdrawn, rejected or decided.' }) closedAt!: Date | null;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  record!: EvaluationRequestRecord;

  static from(record: EvaluationRequestRecord): EvaluationRequestType {
    return Object.assign(new EvaluationRequestType(), {
      id: toGlobalId('EvaluationRequest', record.id),
      state: record.state,
      submittedAt: new Date(record.submittedAt),
      closedAt: record.closedAt ? new Date(record.closedAt) : null,
      rejectionReason: record.rejectionReason,
      record,
    });
  }
}

@ObjectType('EvaluationRequestConnection')
export class EvaluationRequestConnection extends Connection(EvaluationRequestType, 'EvaluationRequest') {}

@ObjectType('EvaluationRequestUserError', { description: 'An expected failure of an evaluation-request mutation.' })
export class EvaluationRequestUserErrorType {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "reason"].' }) field!: string[] | null;
  @Field(() => EvaluationRequestErrorCodeEnum) code!: EvaluationRequestErrorCode;
  @Field(() => String) message!: string;

  static from(error: UserError): EvaluationRequestUserErrorType {
    return Object.assign(new EvaluationRequestUserErrorType(), {
      field: error.field ? ['input', ...error.field.split('.')] : null,
      code: error.code as EvaluationRequestErrorCode,
      message: error.message,
    });
  }
}

@ObjectType('EvaluationRequestPayload')
export class EvaluationRequestPayload {
  @Field(() => EvaluationRequestType, { nullable: true, description: 'The request as it is now; null on userErrors.' })
  evaluationRequest!: EvaluationRequestType | null;
  @Field(() => [EvaluationRequestUserErrorType]) userErrors!: EvaluationRequestUserErrorType[];
}

@InputType('EvaluationRequestSubmitInput')
export class EvaluationRequestSubmitInput {
  @Field(() => ID, { description: 'A product of a producer the viewer is a member of (draft or published).' }) productId!: string;
}

@InputType('EvaluationRequestWithdrawInput')
export class EvaluationRequestWithdrawInput {
  @Field(() => ID) requestId!: string;
}

@InputType('EvaluationRequestRejectInput')
export class EvaluationRequestRejectInput {
  @Field(() => ID) requestId!: string;
  @Field(() => String, { description: 'Why, for the producer (required).' }) reason!: string;
}
