import { DateTimeISOResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Money } from '../../graphql/money.js';
import { Connection, Node } from '../../graphql/relay.js';
import { richTextToPlain, sanitizeRichText } from '../../lib/rich-text.js';
import { ProductType } from '../catalog/product.types.js';
import type { SlotRecord } from './experience-slot.service.js';
import type { ExperiencePriceRecord, ExperienceRecord } from './experience.service.js';
import { TOURISM_ERROR_CODES, type TourismErrorCode, type TourismUserError } from './tourism-errors.js';
import {
  EXPERIENCE_CONFIRMATIONS, EXPERIENCE_PRODUCT_RELATIONS, POINT_CERTIFICATE_STATES, TOURISM_POINT_KINDS, TOURISM_STATUSES, UNIT_TYPES,
  type ExperienceConfirmation, type ExperienceProductRelation, type PointCertificateState, type TourismPointKind, type TourismStatus, type UnitType,
} from './tourism-kinds.js';
import type { PointCertificateRecord } from './tourism-point-certificate.service.js';
import type { PointImageRecord, TourismPointRecord } from './tourism-point.service.js';

export const TourismPointKindEnum = enumFromValues(TOURISM_POINT_KINDS, 'TourismPointKind', {
  description: 'What a community-tourism point is.',
  valueDescriptions: { VILLAGE: 'Làng du lịch cộng đồng', HOMESTAY: 'Homestay', CRAFT_VILLAGE: 'Làng nghề', FARM: 'Trang trại, vườn', ECO_SITE: 'Điểm du lịch sinh thái', OTHER: 'Khác' },
});
export const TourismStatusEnum = enumFromValues(TOURISM_STATUSES, 'TourismStatus', {
  description: 'Publication state of a tourism point or an experience: only PUBLISHED ones (of approved operators) are public.',
});
export const PointCertificateStateEnum = enumFromValues(POINT_CERTIFICATE_STATES, 'TourismPointCertificateState');
export const ExperienceConfirmationEnum = enumFromValues(EXPERIENCE_CONFIRMATIONS, 'ExperienceConfirmation', {
  valueDescriptions: { INSTANT: 'A paid booking is confirmed at once.', ON_REQUEST: 'The operator confirms each booking by hand.' },
});
export const UnitTypeEnum = enumFromValues(UNIT_TYPES, 'UnitType', { description: 'Who a price is for, after the OCTO standard (octo.travel).' });
export const ExperienceProductRelationEnum = enumFromValues(EXPERIENCE_PRODUCT_RELATIONS, 'ExperienceProductRelation', {
  valueDescriptions: { TASTED: 'Tasted during the experience.', MADE: 'Made by the visitor.', SOLD: 'Sold at the point.' },
});
export const TourismErrorCodeEnum = enumFromValues(TOURISM_ERROR_CODES, 'TourismErrorCode', {
  description: 'Why a tourism point, experience, slot or point certificate was not written (nothing was).',
});

@ObjectType('TourismUserError', { description: 'An expected failure of a tourism catalogue mutation.' })
export class TourismUserErrorType {
  @Field(() => [String], { nullable: true }) field!: string[] | null;
  @Field(() => TourismErrorCodeEnum) code!: TourismErrorCode;
  @Field(() => String) message!: string;

  static from(error: TourismUserError): TourismUserErrorType {
    const inInput = !['pointId', 'experienceId', 'slotId', 'imageId', 'certificateId'].includes(error.field[0]!) || error.field.length > 1;
    return Object.assign(new TourismUserErrorType(), { field: inInput ? ['input', ...error.field] : error.field, code: error.code, message: error.message });
  }
}

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

@ObjectType('ExperiencePrice', { description: 'The price of one unit of a type, and the places in a slot one unit takes.' })
export class ExperiencePriceType {
  @Field(() => UnitTypeEnum) unitType!: UnitType;
  @Field(() => String, { nullable: true, description: "Overrides the unit type's name, e.g. \"Trẻ em 6–11 tuổi\"." }) label!: string | null;
  @Field(() => Money) price!: Money;
  @Field(() => Int, { description: 'Places one unit takes: an adult 1, an infant 0, a family e.g. 4.' }) seats!: number;
  @Field(() => Int, { nullable: true }) minAge!: number | null;
  @Field(() => Int, { nullable: true }) maxAge!: number | null;

  static from(p: ExperiencePriceRecord): ExperiencePriceType {
    return Object.assign(new ExperiencePriceType(), {
      unitType: p.unitType, label: p.label, price: Money.vnd(p.amount), seats: p.seats, minAge: p.minAge, maxAge: p.maxAge,
    });
  }
}

@ObjectType('Experience', { implements: Node, description: 'Something a visitor does at a tourism point, priced per unit type and booked into slots.' })
export class ExperienceType extends Node {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'URL key, unique.' }) slug!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { description: 'Sanitised HTML.' }) descriptionHtml!: string;
  @Field(() => String, { description: 'Plain text.' }) description!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => [String], { description: "What's included (short labels)." }) included!: string[];
  @Field(() => [String], { description: 'ISO 639-1 codes of the languages it is given in.' }) languages!: string[];
  @Field(() => ExperienceConfirmationEnum) confirmation!: ExperienceConfirmation;
  @Field(() => Int, { description: 'No booking later than this many hours before a slot starts.' }) bookingCutoffHours!: number;
  @Field(() => Int, { description: 'Cancellation is free until this many hours before the start.' }) freeCancellationHours!: number;
  @Field(() => Int) maxPartySize!: number;
  @Field(() => TourismStatusEnum) status!: TourismStatus;
  @Field(() => DateTimeISOResolver) updatedAt!: Date;

  record!: ExperienceRecord;

  static from(record: ExperienceRecord): ExperienceType {
    return Object.assign(new ExperienceType(), {
      id: toGlobalId('Experience', record.id),
      name: record.name,
      slug: record.slug,
      summary: record.summary,
      descriptionHtml: sanitizeRichText(record.description),
      description: richTextToPlain(record.description),
      durationMinutes: record.durationMinutes,
      included: record.included,
      languages: record.languages,
      confirmation: record.confirmation,
      bookingCutoffHours: record.bookingCutoffHours,
      freeCancellationHours: record.freeCancellationHours,
      maxPartySize: record.maxPartySize,
      status: record.status,
      updatedAt: new Date(record.updatedAt),
      record,
    });
  }
}

@ObjectType('ExperienceConnection')
export class ExperienceConnection extends Connection(ExperienceType, 'Experience') {}

@ObjectType('ExperienceProduct', { description: 'An OCOP product tasted, made or sold at an experience.' })
export class ExperienceProductType {
  @Field(() => ExperienceProductRelationEnum) relation!: ExperienceProductRelation;
  @Field(() => ProductType) product!: ProductType;
}

@ObjectType('ExperienceProductConnection')
export class ExperienceProductConnection extends Connection(ExperienceProductType, 'ExperienceProduct') {}

@ObjectType('ExperienceSlot', { implements: Node, description: 'A start time of an experience with a capacity in places.' })
export class ExperienceSlotType extends Node {
  @Field(() => DateTimeISOResolver) startsAt!: Date;
  @Field(() => DateTimeISOResolver) endsAt!: Date;
  @Field(() => Int, { description: 'Places in all.' }) capacity!: number;
  @Field(() => Int, { description: 'Places left: capacity minus places held and booked.' }) remaining!: number;
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the operator closed it; a closed slot takes no booking.' }) closedAt!: Date | null;
  @Field(() => String, { nullable: true }) closeReason!: string | null;
  @Field(() => Boolean, { description: 'Open, before its booking cut-off (API clock) and with a place left.' }) bookable!: boolean;

  record!: SlotRecord;
  experience!: ExperienceRecord;

  static from(record: SlotRecord, experience: ExperienceRecord, bookable: boolean): ExperienceSlotType {
    return Object.assign(new ExperienceSlotType(), {
      id: toGlobalId('ExperienceSlot', record.id),
      startsAt: new Date(record.startsAt),
      endsAt: new Date(record.endsAt),
      capacity: record.capacity,
      remaining: record.capacity - record.held - record.booked,
      closedAt: record.closedAt ? new Date(record.closedAt) : null,
      closeReason: record.closeReason,
      bookable,
      record,
      experience,
    });
  }
}

@ObjectType('ExperienceSlotConnection')
export class ExperienceSlotConnection extends Connection(ExperienceSlotType, 'ExperienceSlot') {}

@InputType('ExperienceFilter')
export class ExperienceFilterInput {
  @Field(() => String, { nullable: true, description: "Two-digit code of a current province; points registered under units merged into it count." }) provinceCode?: string | null;
  @Field(() => Int, { nullable: true, description: "The point's valid OCOP certificate has at least this many stars (3–5)." }) minStars?: number | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'A Vietnam day: has an open slot that day with room for partySize, before its cut-off.' }) date?: string | null;
  @Field(() => Int, { nullable: true, description: 'Places needed (default 1); also at most the maximum party size.' }) partySize?: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 639-1 code the experience is given in.' }) language?: string | null;
  @Field(() => String, { nullable: true, description: 'Words of the name, summary or point (accents optional).' }) query?: string | null;
}

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

@InputType('ExperiencePriceInput')
export class ExperiencePriceInput {
  @Field(() => UnitTypeEnum) unitType!: UnitType;
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => SafeIntResolver, { description: 'Integer đồng.' }) amount!: number;
  @Field(() => Int, { nullable: true, description: 'Places one unit takes (adult 1, infant 0, family 4 by default).' }) seats?: number | null;
  @Field(() => Int, { nullable: true }) minAge?: number | null;
  @Field(() => Int, { nullable: true }) maxAge?: number | null;
}

@InputType('ExperienceProductInput')
export class ExperienceProductInput {
  @Field(() => ID, { description: 'A published OCOP product.' }) productId!: string;
  @Field(() => ExperienceProductRelationEnum) relation!: ExperienceProductRelation;
}

/** Fields shared by ExperienceCreateInput and ExperienceUpdateInput. */
@InputType('ExperienceFieldsInput')
export abstract class ExperienceFieldsInput {
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => String, { nullable: true, description: 'HTML; sanitised when stored.' }) description?: string | null;
  @Field(() => [String], { nullable: true }) included?: string[] | null;
  @Field(() => [String], { nullable: true, description: "ISO 639-1 codes; the point's by default." }) languages?: string[] | null;
  @Field(() => ExperienceConfirmationEnum, { nullable: true }) confirmation?: ExperienceConfirmation | null;
  @Field(() => Int, { nullable: true }) bookingCutoffHours?: number | null;
  @Field(() => Int, { nullable: true }) freeCancellationHours?: number | null;
  @Field(() => [ExperiencePriceInput], { nullable: true, description: 'Replaces every price when given.' }) prices?: ExperiencePriceInput[] | null;
  @Field(() => [ExperienceProductInput], { nullable: true, description: 'Replaces every product link when given.' }) products?: ExperienceProductInput[] | null;
}

@InputType('ExperienceCreateInput')
export class ExperienceCreateInput extends ExperienceFieldsInput {
  @Field(() => ID) pointId!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => Int) maxPartySize!: number;
}

@InputType('ExperienceUpdateInput', { description: 'Fields left out stay as they are.' })
export class ExperienceUpdateInput extends ExperienceFieldsInput {
  @Field(() => ID) experienceId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => Int, { nullable: true }) maxPartySize?: number | null;
}

@ObjectType('ExperiencePayload')
export class ExperiencePayload {
  @Field(() => ExperienceType, { nullable: true }) experience!: ExperienceType | null;
  @Field(() => [TourismUserErrorType]) userErrors!: TourismUserErrorType[];
}

@InputType('ExperienceSlotsGenerateInput')
export class ExperienceSlotsGenerateInput {
  @Field(() => ID) experienceId!: string;
  @Field(() => LocalDateResolver, { description: 'First Vietnam day.' }) fromDate!: string;
  @Field(() => LocalDateResolver, { description: 'Last Vietnam day (inclusive).' }) toDate!: string;
  @Field(() => [Int], { description: 'ISO weekdays: 1 = Monday … 7 = Sunday.' }) weekdays!: number[];
  @Field(() => [String], { description: "Start times in Vietnam time, 'HH:MM'." }) startTimes!: string[];
  @Field(() => Int) capacity!: number;
}

@ObjectType('ExperienceSlotsGeneratePayload')
export class ExperienceSlotsGeneratePayload {
  @Field(() => ExperienceType, { nullable: true }) experience!: ExperienceType | null;
  @Field(() => Int, { description: 'Slots created (existing and past starts are skipped).' }) createdCount!: number;
  @Field(() => [TourismUserErrorType]) userErrors!: TourismUserErrorType[];
}

@InputType('ExperienceSlotUpdateInput')
export class ExperienceSlotUpdateInput {
  @Field(() => ID) slotId!: string;
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'A new start (the end follows the duration).' }) startsAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Never below the places already held and booked.' }) capacity?: number | null;
}

@InputType('ExperienceSlotCloseInput')
export class ExperienceSlotCloseInput {
  @Field(() => ID) slotId!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@ObjectType('ExperienceSlotPayload')
export class ExperienceSlotPayload {
  @Field(() => ExperienceSlotType, { nullable: true }) slot!: ExperienceSlotType | null;
  @Field(() => [TourismUserErrorType]) userErrors!: TourismUserErrorType[];
}

@InputType('ExperienceSlotsCloseInput')
export class ExperienceSlotsCloseInput {
  @Field(() => ID) experienceId!: string;
  @Field(() => LocalDateResolver) fromDate!: string;
  @Field(() => LocalDateResolver, { description: 'Inclusive.' }) toDate!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@ObjectType('ExperienceSlotsClosePayload')
export class ExperienceSlotsClosePayload {
  @Field(() => ExperienceType, { nullable: true }) experience!: ExperienceType | null;
  @Field(() => Int) closedCount!: number;
  @Field(() => [TourismUserErrorType]) userErrors!: TourismUserErrorType[];
}
