import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import type { UserError } from '../../lib/user-errors.js';
import { CERTIFICATION_ERROR_CODES, type CertificationErrorCode } from './certification-errors.js';
import { CertificateType, EvaluationType } from './certification.types.js';

export const CertificationErrorCodeEnum = enumFromValues(CERTIFICATION_ERROR_CODES, 'CertificationErrorCode', {
  description: 'Why an evaluation, recognition or revocation did not happen.',
  valueDescriptions: {
    NOT_FOUND: 'The id names no such object (unknown, or an id of another type).',
    SCORE_OUT_OF_RANGE: "A part's score is below 0 or above the part's maximum under the criteria version.",
    STARS_NOT_ALLOWED_FOR_LEVEL: 'The council level that scored the evaluation may not recognise these stars on the decision date.',
    COUNCIL_LEVEL_NOT_IN_FORCE: 'No council of this level rated OCOP products on that day (district councils ended on 05/07/2025).',
  },
});

@ObjectType('CertificationUserError', { description: 'An expected failure of a council mutation.' })
export class CertificationUserErrorType {
  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field at fault, e.g. ["input", "scores", "C"] for the score of part C.',
  })
  field!: string[] | null;
  @Field(() => CertificationErrorCodeEnum) code!: CertificationErrorCode;
  @Field(() => String) message!: string;

  static from(error: UserError): CertificationUserErrorType {
    return Object.assign(new CertificationUserErrorType(), {
      field: error.field ? ['input', ...error.field.split('.')] : null,
      code: error.code as CertificationErrorCode,
      message: error.message,
    });
  }
}

@InputType('PartScoreInput')
export class PartScoreInput {
  @Field(() => String, { description: 'The part code of the criteria set: A, B, C.' }) part!: string;
  @Field(() => Float, { description: 'Whole points or tenths, 0 to the part maximum.' }) score!: number;
}

@InputType('EvaluationRecordInput')
export class EvaluationRecordInput {
  @Field(() => ID) productId!: string;
  @Field(() => String, { description: 'The criteria set in force on evaluatedOn, e.g. "148/2023".' }) criteriaVersion!: string;
  @Field(() => String, {
    description: 'The council level that scored: DISTRICT (until 05/07/2025) or PROVINCE for a province council, CENTRAL for the ministry.',
  })
  councilLevel!: string;
  @Field(() => LocalDateResolver) evaluatedOn!: string;
  @Field(() => [PartScoreInput], { description: 'One score per part. Total and stars are derived from them, never given.' })
  scores!: PartScoreInput[];
}

@ObjectType('EvaluationRecordPayload')
export class EvaluationRecordPayload {
  @Field(() => EvaluationType, { nullable: true, description: 'The scored evaluation with its derived stars; null on userErrors.' })
  evaluation!: EvaluationType | null;
  @Field(() => [CertificationUserErrorType]) userErrors!: CertificationUserErrorType[];
}

@InputType('CertificateRecogniseInput')
export class CertificateRecogniseInput {
  @Field(() => ID, { description: 'A scored evaluation (Evaluation.id).' }) evaluationId!: string;
  @Field(() => String, { description: 'The decision number, e.g. "123/QĐ-UBND"; unique per product.' }) number!: string;
  @Field(() => LocalDateResolver, { description: 'The certificate runs 36 months from this day.' }) decisionDate!: string;
  @Field(() => String, {
    nullable: true,
    description: "The recognising authority as named on the decision; by default the province's People's Committee (3★–4★) or the ministry (5★).",
  })
  issuedBy?: string | null;
}

@ObjectType('CertificateRecognisePayload')
export class CertificateRecognisePayload {
  @Field(() => CertificateType, { nullable: true, description: "The new certificate (it supersedes the product's active one); null on userErrors." })
  certificate!: CertificateType | null;
  @Field(() => [CertificationUserErrorType]) userErrors!: CertificationUserErrorType[];
}

@InputType('CertificateRevokeInput')
export class CertificateRevokeInput {
  @Field(() => ID) certificateId!: string;
  @Field(() => String) reason!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Defaults to today (Vietnam).' }) revokedOn?: string | null;
}

@ObjectType('CertificateRevokePayload')
export class CertificateRevokePayload {
  @Field(() => CertificateType, { nullable: true, description: 'The revoked certificate; null on userErrors.' })
  certificate!: CertificateType | null;
  @Field(() => [CertificationUserErrorType]) userErrors!: CertificationUserErrorType[];
}
