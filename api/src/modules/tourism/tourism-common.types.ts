import { Field, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { TOURISM_ERROR_CODES, type TourismErrorCode, type TourismUserError } from './tourism-errors.js';
import {
  EXPERIENCE_CONFIRMATIONS, EXPERIENCE_PRODUCT_RELATIONS, POINT_CERTIFICATE_STATES, TOURISM_POINT_KINDS, TOURISM_STATUSES, UNIT_TYPES,
} from './tourism-kinds.js';

/** Enums of the tourism catalogue, and the user error every tourism catalogue mutation answers with. */

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
