/** What a community-tourism point is (OCOP group VI: community-based tourism, eco-tourism, tourist points). */
export const TOURISM_POINT_KINDS = ['VILLAGE', 'HOMESTAY', 'CRAFT_VILLAGE', 'FARM', 'ECO_SITE', 'OTHER'] as const;
export type TourismPointKind = (typeof TOURISM_POINT_KINDS)[number];

/** Publication state of points and experiences: drafts are seen by the operator's members and admins only. */
export const TOURISM_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type TourismStatus = (typeof TOURISM_STATUSES)[number];

/** A point's own OCOP recognition (group VI). */
export const POINT_CERTIFICATE_STATES = ['RECOGNISED', 'REVOKED'] as const;
export type PointCertificateState = (typeof POINT_CERTIFICATE_STATES)[number];

/** INSTANT: a paid booking is confirmed at once; ON_REQUEST: the operator confirms it by hand. */
export const EXPERIENCE_CONFIRMATIONS = ['INSTANT', 'ON_REQUEST'] as const;
export type ExperienceConfirmation = (typeof EXPERIENCE_CONFIRMATIONS)[number];

/** Unit types after the OCTO standard (octo.travel): what a price and a booked place are for. */
export const UNIT_TYPES = ['ADULT', 'YOUTH', 'CHILD', 'INFANT', 'SENIOR', 'STUDENT', 'MILITARY', 'FAMILY', 'OTHER'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** How an OCOP product relates to an experience: tasted there, made there (by the visitor) or sold there. */
export const EXPERIENCE_PRODUCT_RELATIONS = ['TASTED', 'MADE', 'SOLD'] as const;
export type ExperienceProductRelation = (typeof EXPERIENCE_PRODUCT_RELATIONS)[number];

/** ISO 639-1 codes a point or an experience may list. */
export const TOURISM_LANGUAGES = ['vi', 'en', 'fr', 'zh', 'ko', 'ja', 'de', 'ru', 'th', 'es'] as const;
