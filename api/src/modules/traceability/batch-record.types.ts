import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { BATCH_ERROR_CODES, type BatchErrorCode, type BatchUserError } from './batch-rules.js';
import { BatchType } from './batch.types.js';

export const BatchErrorCodeEnum = enumFromValues(BATCH_ERROR_CODES, 'BatchErrorCode', {
  description: 'Why a batch was not recorded.',
  valueDescriptions: { NOT_FOUND: 'The id names no product (unknown, or an id of another type).' },
});

@ObjectType('BatchUserError', { description: 'An expected failure of batchRecord.' })
export class BatchUserErrorType {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "expiryDate"].' })
  field!: string[] | null;
  @Field(() => BatchErrorCodeEnum) code!: BatchErrorCode;
  @Field(() => String) message!: string;

  static from(error: BatchUserError): BatchUserErrorType {
    return Object.assign(new BatchUserErrorType(), { field: ['input', ...error.field], code: error.code, message: error.message });
  }
}

@InputType('BatchRecordInput')
export class BatchRecordInput {
  @Field(() => ID) productId!: string;
  @Field(() => String, { description: "The producer's lot number as printed; unique per product." }) lotCode!: string;
  @Field(() => LocalDateResolver, { description: 'Not after today.' }) productionDate!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Null for goods that do not expire.' }) expiryDate?: string | null;
  @Field(() => Int) quantity!: number;
  @Field(() => String, { description: 'What quantity counts, e.g. "hộp".' }) unit!: string;
  @Field(() => String, { nullable: true }) rawMaterialOrigin?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-digit code of the current province the raw material comes from.' })
  rawMaterialProvinceCode?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@ObjectType('BatchRecordPayload')
export class BatchRecordPayload {
  @Field(() => BatchType, { nullable: true, description: 'The recorded batch with its trace code; null on userErrors.' })
  batch!: BatchType | null;
  @Field(() => [BatchUserErrorType]) userErrors!: BatchUserErrorType[];
}
