import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import { richTextToPlain, sanitizeRichText } from '../../lib/rich-text.js';
import { PointCertificateStateEnum, TourismPointKindEnum, TourismStatusEnum, TourismUserErrorType } from './tourism-common.types.js';
import type { PointCertificateState, TourismPointKind, TourismStatus } from './tourism-kinds.js';
import type { PointCertificateRecord } from './tourism-point-certificate.service.js';
import type { PointImageRecord, TourismPointRecord } from './tourism-point.service.js';

/** GraphQL types of a tourism point: the point, its photos, its OCOP certificate, their inputs and payloads. */

@ObjectType('TourismPointImage', { description: 'A photo of a tourism point; width and height let pages reserve its space.' })
export class TourismPointImageType {
  @Field(() => ID, { description: 'Names the photo to tourismPointImageRemove.' }) id!: string;
  @Field(() => String) url!: string;
  @Field(() => String) alt!: string;
  @Field(() => Int) width!: number;
  @Field(() => Int) height!: number;

  static from(i: PointImageRecord): TourismPointImageType {
    return Object.assign(new TourismPointImageType(), { id: toGlobalId('TourismPointImage', i.id), url: i.url, alt: i.alt, width: i.width, height: i.height });
  }
}

@ObjectType('TourismPointImageConnection')
export class TourismPointImageConnection extends Connection(TourismPointImageType, 'TourismPointImage') {}

@ObjectType('TourismPointCertificate', { implements: Node, description: "A tourism point's own OCOP recognition (group VI)." })
export class TourismPointCertificateType extends Node {
  @Field(() => Int, { description: '3 to 5.' }) stars!: number;
  @Field(() => String, { description: 'The decision number.' }) number!: string;
  @Field(() => LocalDateResolver) decisionDate!: string;
  @Field(() => LocalDateResolver) validUntil!: string;
  @Field(() => PointCertificateStateEnum) state!: PointCertificateState;
  @Field(() => Boolean, { description: 'RECOGNISED and inside its dates today (Vietnam day).' }) isValid!: boolean;

  record!: PointCertificateRecord;

  static from(record: PointCertificateRecord, today: string): TourismPointCertificateType {
    return Object.assign(new TourismPointCertificateType(), {
      id: toGlobalId('TourismPointCertificate', record.id),
      stars: record.stars,
      number: record.number,
      decisionDate: record.decisionDate,
      validUntil: record.validUntil,
      state: record.state,
      isValid: record.state === 'RECOGNISED' && record.decisionDate <= today && record.validUntil >= today,
      record,
    });
  }
}

@ObjectType('TourismPointCertificateConnection')
export class TourismPointCertificateConnection extends Connection(TourismPointCertificateType, 'TourismPointCertificate') {}

@ObjectType('TourismPoint', { implements: Node, description: 'A community-tourism point (village, homestay, craft village, farm, eco site) run by an operator.' })
export class TourismPointType extends Node {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'URL key, unique.' }) slug!: string;
  @Field(() => TourismPointKindEnum) kind!: TourismPointKind;
  @Field(() => String, { nullable: true, description: 'Street address within the commune.' }) addressLine!: string | null;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field(() => String, { description: 'Sanitised HTML.' }) descriptionHtml!: string;
  @Field(() => String, { description: 'Plain text.' }) description!: string;
  @Field(() => [String]) amenities!: string[];
  @Field(() => [String], { description: 'ISO 639-1 codes of the languages spoken.' }) languages!: string[];
  @Field(() => TourismStatusEnum, { description: 'Always PUBLISHED publicly; DRAFT or ARCHIVED for its operator.' }) status!: TourismStatus;
  @Field(() => DateTimeISOResolver) updatedAt!: Date;

  record!: TourismPointRecord;

  static from(record: TourismPointRecord): TourismPointType {
    return Object.assign(new TourismPointType(), {
      id: toGlobalId('TourismPoint', record.id),
      name: record.name,
      slug: record.slug,
      kind: record.kind,
      addressLine: record.addressLine,
      latitude: record.latitude,
      longitude: record.longitude,
      descriptionHtml: sanitizeRichText(record.description),
      description: richTextToPlain(record.description),
      amenities: record.amenities,
      languages: record.languages,
      status: record.status,
      updatedAt: new Date(record.updatedAt),
      record,
    });
  }
}

@ObjectType('TourismPointConnection')
export class TourismPointConnection extends Connection(TourismPointType, 'TourismPoint') {}

@InputType('TourismPointsFilter')
export class TourismPointsFilterInput {
  @Field(() => String, { nullable: true, description: 'Two-digit code of a current province (historic units rolled up).' }) provinceCode?: string | null;
}

@InputType('TourismPointCreateInput')
export class TourismPointCreateInput {
  @Field(() => ID) operatorId!: string;
  @Field(() => String) name!: string;
  @Field(() => TourismPointKindEnum) kind!: TourismPointKind;
  @Field(() => String, { nullable: true, description: "Two-digit code of a current province; the operator's by default." }) provinceCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Five-digit code of a current commune of that province.' }) communeCode?: string | null;
  @Field(() => String, { nullable: true }) addressLine?: string | null;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
  @Field(() => String, { nullable: true, description: 'HTML; sanitised when stored.' }) description?: string | null;
  @Field(() => [String], { nullable: true }) amenities?: string[] | null;
  @Field(() => [String], { nullable: true, description: "ISO 639-1 codes; ['vi'] by default." }) languages?: string[] | null;
}

@InputType('TourismPointUpdateInput', { description: 'Fields left out stay as they are; an empty communeCode clears the commune.' })
export class TourismPointUpdateInput {
  @Field(() => ID) pointId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => TourismPointKindEnum, { nullable: true }) kind?: TourismPointKind | null;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => String, { nullable: true }) communeCode?: string | null;
  @Field(() => String, { nullable: true }) addressLine?: string | null;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) amenities?: string[] | null;
  @Field(() => [String], { nullable: true }) languages?: string[] | null;
}

@ObjectType('TourismPointPayload')
export class TourismPointPayload {
  @Field(() => TourismPointType, { nullable: true }) point!: TourismPointType | null;
  @Field(() => [TourismUserErrorType]) userErrors!: TourismUserErrorType[];
}

@InputType('TourismPointCertificateRecordInput')
export class TourismPointCertificateRecordInput {
  @Field(() => ID) pointId!: string;
  @Field(() => Int, { description: '3 to 5.' }) stars!: number;
  @Field(() => String, { description: 'The decision number, e.g. "1234/QĐ-UBND".' }) number!: string;
  @Field(() => LocalDateResolver) decisionDate!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: '36 months after the decision by default.' }) validUntil?: string | null;
}

@ObjectType('TourismPointCertificatePayload')
export class TourismPointCertificatePayload {
  @Field(() => TourismPointCertificateType, { nullable: true }) certificate!: TourismPointCertificateType | null;
  @Field(() => [TourismUserErrorType]) userErrors!: TourismUserErrorType[];
}
