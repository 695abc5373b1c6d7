import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import { CERTIFICATE_STATES, type CertificateState } from './certificate.entity.js';
import {
  effectiveState,
  isValidOn,
  type CertificateRecord,
  type CriteriaSetRecord,
  type EvaluationRecord,
} from './certification.records.js';

export const CertificateStateEnum = enumFromValues(CERTIFICATE_STATES, 'CertificateState', {
  description: 'Where a certificate stands on the day of viewing.',
  valueDescriptions: {
    RECOGNISED: 'Công nhận: recognised (valid today only between its decision date and validUntil).',
    EXPIRED: 'Hết hiệu lực: past its 36 months; the product must be re-evaluated.',
    REVOKED: 'Thu hồi: withdrawn by the recognising authority.',
    SUPERSEDED: 'Thay thế: replaced by the certificate of a re-evaluation.',
  },
});

@ObjectType('Certificate', { implements: Node, description: 'An OCOP recognition decision for a product (giấy chứng nhận OCOP).' })
export class CertificateType extends Node {
  @Field(() => String, { description: 'The certificate number as issued, e.g. "123/QĐ-UBND".' })
  number!: string;

  @Field(() => Int, { description: 'Stars recognised (3 to 5), from the evaluation\'s score.' })
  stars!: number;

  @Field(() => LocalDateResolver)
  decisionDate!: string;

  @Field(() => LocalDateResolver, { description: '36 months after the decision.' })
  validUntil!: string;

  @Field(() => String, { description: 'The recognising authority as named on the decision.' })
  issuedBy!: string;

  @Field(() => CertificateStateEnum, { description: 'State on the day of viewing: a recognised certificate past validUntil is EXPIRED.' })
  state!: CertificateState;

  @Field(() => Boolean, { description: 'Recognised and within its validity today: only then does the product show OCOP stars.' })
  validToday!: boolean;

  @Field(() => String, { nullable: true })
  revokedReason!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  revokedOn!: string | null;

  record!: CertificateRecord;

  static from(record: CertificateRecord, today: string): CertificateType {
    return Object.assign(new CertificateType(), {
      id: toGlobalId('Certificate', record.id),
      number: record.number,
      stars: record.stars,
      decisionDate: record.decisionDate,
      validUntil: record.validUntil,
      issuedBy: record.issuedBy,
      state: effectiveState(record, today),
      validToday: isValidOn(record, today),
      revokedReason: record.revokedReason,
      revokedOn: record.revokedOn,
      record,
    });
  }
}

@ObjectType('CertificateConnection')
export class CertificateConnection extends Connection(CertificateType, 'Certificate') {}

@ObjectType('CouncilLevel', { description: 'The council level that scored an evaluation, named as under the rule in force that day.' })
export class CouncilLevelType {
  @Field(() => String, { description: 'Stable code: DISTRICT, PROVINCE, CENTRAL.' })
  code!: string;

  @Field(() => String, { description: 'e.g. "Hội đồng cấp tỉnh".' })
  name!: string;
}

@ObjectType('EvaluationPart', { description: 'One part of the scorecard: the score against the part\'s maximum.' })
export class EvaluationPartType {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Float, { description: 'Whole points or tenths.' }) score!: number;
  @Field(() => Float) max!: number;
}

@ObjectType('Evaluation', { description: 'A council\'s scoring of a product; total and stars are derived from the parts and the bands of its criteria version.' })
export class EvaluationType {
  @Field(() => ID, { description: 'Global ID of the evaluation (certificateRecognise takes it).' }) id!: string;
  @Field(() => String, { description: 'The criteria set it was scored under, e.g. "148/2023".' }) criteriaVersion!: string;
  @Field(() => [EvaluationPartType]) parts!: EvaluationPartType[];
  @Field(() => Float) total!: number;
  @Field(() => Int) stars!: number;
  @Field(() => CouncilLevelType) councilLevel!: CouncilLevelType;
  @Field(() => LocalDateResolver) evaluatedOn!: string;

  static from(e: EvaluationRecord): EvaluationType {
    return Object.assign(new EvaluationType(), {
      id: toGlobalId('Evaluation', e.id),
      criteriaVersion: e.criteriaVersion,
      parts: e.parts.map((p) => Object.assign(new EvaluationPartType(), { code: p.code, name: p.name, max: p.max, score: e.scores[p.code] ?? 0 })),
      total: e.total,
      stars: e.stars,
      councilLevel: Object.assign(new CouncilLevelType(), { code: e.councilLevel, name: e.councilLevelName ?? e.councilLevel }),
      evaluatedOn: e.evaluatedOn,
    });
  }
}

@ObjectType('CriteriaPart')
export class CriteriaPartType {
  @Field(() => String, { description: 'A, B, C…' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Float) max!: number;
}

@ObjectType('StarBand', { description: 'Totals from minTotal up to the next band earn these stars.' })
export class StarBandType {
  @Field(() => Float) minTotal!: number;
  @Field(() => Int) stars!: number;
}

@ObjectType('CriteriaSet', { description: 'OCOP scoring rules as a decree set them; evaluations point to the set they were scored under.' })
export class CriteriaSetType {
  @Field(() => String, { description: 'e.g. "148/2023".' }) version!: string;
  @Field(() => String, { description: 'The decision, as cited.' }) decision!: string;
  @Field(() => LocalDateResolver) effectiveFrom!: string;
  @Field(() => LocalDateResolver, { nullable: true }) effectiveTo!: string | null;
  @Field(() => [CriteriaPartType]) parts!: CriteriaPartType[];
  @Field(() => [StarBandType], { description: 'Highest band first.' }) bands!: StarBandType[];
  @Field(() => Int, { description: 'The lowest stars recognised as an OCOP product.' }) certifiedMinStars!: number;

  static from(s: CriteriaSetRecord): CriteriaSetType {
    return Object.assign(new CriteriaSetType(), {
      ...s,
      parts: s.parts.map((p) => Object.assign(new CriteriaPartType(), p)),
      bands: [...s.bands].sort((a, b) => b.minTotal - a.minTotal).map((b) => Object.assign(new StarBandType(), b)),
    });
  }
}

@ObjectType('CriteriaSetConnection')
export class CriteriaSetConnection extends Connection(CriteriaSetType, 'CriteriaSet') {}
