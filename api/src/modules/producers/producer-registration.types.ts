import { Field, InputType, ObjectType } from 'type-graphql';
import { ApprovalStateEnum, enumFromValues, type ApprovalState } from '../../graphql/enums.js';
import type { ProducerKind } from './producer-kind.js';
import { PRODUCER_ERROR_CODES, type ProducerErrorCode, type ProducerUserError } from './producer-registration.service.js';
import { ProducerKindEnum, ProducerType } from './producer.types.js';

export const ProducerErrorCodeEnum = enumFromValues(PRODUCER_ERROR_CODES, 'ProducerErrorCode', {
  description: 'Why a producer was not registered or approved (nothing was written).',
});

@ObjectType('ProducerUserError', { description: 'An expected failure of a producer mutation.' })
export class ProducerUserErrorType {
  @Field(() => [String], { nullable: true }) field!: string[] | null;
  @Field(() => ProducerErrorCodeEnum) code!: ProducerErrorCode;
  @Field(() => String) message!: string;

  static from(error: ProducerUserError): ProducerUserErrorType {
    return Object.assign(new ProducerUserErrorType(), { field: ['input', ...error.field], code: error.code, message: error.message });
  }
}

@InputType('ProducerRegisterInput')
export class ProducerRegisterInput {
  @Field(() => String) name!: string;
  @Field(() => ProducerKindEnum) kind!: ProducerKind;
  @Field(() => String, { description: 'Two-digit code of a current province.' }) provinceCode!: string;
  @Field(() => String, { nullable: true, description: 'Business, cooperative or household registration number; unique.' }) registrationNumber?: string | null;
  @Field(() => String, { nullable: true }) addressLine?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true, description: 'HTML; sanitised when stored.' }) story?: string | null;
}

@ObjectType('ProducerPayload')
export class ProducerPayload {
  @Field(() => ProducerType, { nullable: true }) producer!: ProducerType | null;
  @Field(() => [ProducerUserErrorType]) userErrors!: ProducerUserErrorType[];
}

@InputType('ProducerRegistrationFilter')
export class ProducerRegistrationFilter {
  @Field(() => ApprovalStateEnum, { nullable: true, description: 'PENDING: not yet approved (verified false); APPROVED: approved.' })
  approval?: ApprovalState | null;
}
