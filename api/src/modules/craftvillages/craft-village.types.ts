import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import { ProducerType } from '../producers/producer.types.js';
import { CRAFT_VILLAGE_ERROR_CODES, type CraftVillageErrorCode, type CraftVillageUserError } from './craft-village-editing.service.js';
import type { CraftVillageRecord } from './craft-village.service.js';

export const CraftVillageErrorCodeEnum = enumFromValues(CRAFT_VILLAGE_ERROR_CODES, 'CraftVillageErrorCode', { description: 'Why a craft village mutation did not happen.' });

@ObjectType('CraftVillageRecognition', { description: 'The province’s decision recognising a craft village.' })
export class CraftVillageRecognitionType {
  @Field(() => String, { description: 'E.g. "1234/QĐ-UBND".' }) decisionNumber!: string;
  @Field(() => LocalDateResolver) decidedOn!: string;
}

@ObjectType('CraftVillage', { implements: Node, description: 'A craft village (làng nghề) and the producers located in it.' })
export class CraftVillageType extends Node {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The craft, in the province’s words: "gốm", "dệt lụa", "mây tre đan", "chè".' }) craft!: string;
  @Field(() => CraftVillageRecognitionType, { nullable: true, description: 'Null when no recognition was recorded.' }) recognition!: CraftVillageRecognitionType | null;

  record!: CraftVillageRecord;

  static from(record: CraftVillageRecord): CraftVillageType {
    return Object.assign(new CraftVillageType(), {
      id: toGlobalId('CraftVillage', record.id),
      name: record.name,
      craft: record.craft,
      recognition: record.recognitionDecision && record.recognisedOn
        ? Object.assign(new CraftVillageRecognitionType(), { decisionNumber: record.recognitionDecision, decidedOn: record.recognisedOn })
        : null,
      record,
    });
  }
}

@ObjectType('CraftVillageConnection')
export class CraftVillageConnection extends Connection(CraftVillageType, 'CraftVillage') {}

@InputType('CraftVillageCreateInput')
export class CraftVillageCreateInput {
  @Field(() => String, { description: 'Two-digit code of the current province the village is in.' }) provinceCode!: string;
  @Field(() => String) name!: string;
  @Field(() => String) craft!: string;
  @Field(() => String, { nullable: true, description: 'Five-digit code of a current commune of that province.' }) communeCode?: string | null;
  @Field(() => String, { nullable: true, description: 'The recognition decision’s number; with recognisedOn, or neither.' }) recognitionDecision?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) recognisedOn?: string | null;
}

@InputType('CraftVillageUpdateInput', { description: 'The village’s new fields, all of them (optional ones left out become null); its province stays.' })
export class CraftVillageUpdateInput {
  @Field(() => ID) craftVillageId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) craft!: string;
  @Field(() => String, { nullable: true }) communeCode?: string | null;
  @Field(() => String, { nullable: true }) recognitionDecision?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) recognisedOn?: string | null;
}

@InputType('CraftVillageProducerAssignInput')
export class CraftVillageProducerAssignInput {
  @Field(() => ID) producerId!: string;
  @Field(() => ID, { nullable: true, description: 'The village to place the producer in (of its own province); null takes it out of its village.' })
  craftVillageId?: string | null;
}

@ObjectType('CraftVillageUserError', { description: 'An expected failure of a craft village mutation.' })
export class CraftVillageUserErrorType {
  @Field(() => [String], { nullable: true }) field!: string[] | null;
  @Field(() => CraftVillageErrorCodeEnum) code!: CraftVillageErrorCode;
  @Field(() => String) message!: string;

  static from(e: CraftVillageUserError): CraftVillageUserErrorType {
    return Object.assign(new CraftVillageUserErrorType(), { field: ['input', ...e.field], code: e.code, message: e.message });
  }
}

@ObjectType('CraftVillagePayload')
export class CraftVillagePayload {
  @Field(() => CraftVillageType, { nullable: true, description: 'The village created, changed or deleted; null when refused.' }) craftVillage!: CraftVillageType | null;
  @Field(() => [CraftVillageUserErrorType]) userErrors!: CraftVillageUserErrorType[];
}

@ObjectType('CraftVillageProducerAssignPayload')
export class CraftVillageProducerAssignPayload {
  @Field(() => ProducerType, { nullable: true }) producer!: ProducerType | null;
  @Field(() => CraftVillageType, { nullable: true, description: 'The village the producer is now in, or the one it left.' }) craftVillage!: CraftVillageType | null;
  @Field(() => [CraftVillageUserErrorType]) userErrors!: CraftVillageUserErrorType[];
}

