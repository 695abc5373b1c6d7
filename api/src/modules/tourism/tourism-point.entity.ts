import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { Commune } from '../places/commune.entity.js';
import { Province } from '../places/province.entity.js';
import { TourismOperator } from './tourism-operator.entity.js';
import { POINT_CERTIFICATE_STATES, TOURISM_POINT_KINDS, TOURISM_STATUSES } from './tourism-kinds.js';

/**
 * A community-tourism point (village, homestay, craft village, farm, eco site) run by an operator.
 * Public only while PUBLISHED and its operator approved. Experiences happen at a point.
 */
const TourismPointSchema = defineEntity({
  name: 'TourismPoint',
  tableName: 'tourism_point',
  properties: {
    id: p.string().primary(),
    slug: p.string().unique(),
    operator: () => p.manyToOne(TourismOperator).index().deleteRule('restrict'),
    name: p.string(),
    kind: p.enum(TOURISM_POINT_KINDS).nativeEnumName('tourism_point_kind'),
    /** A current province. */
    province: () => p.manyToOne(Province).index().deleteRule('restrict'),
    commune: () => p.manyToOne(Commune).nullable().index().deleteRule('restrict'),
    addressLine: p.string().nullable(),
    latitude: p.double().nullable(),
    longitude: p.double().nullable(),
    /** Sanitised HTML. */
    description: p.text().default(''),
    amenities: p.array().default([]),
    /** ISO 639-1 codes of the languages spoken at the point ('vi', 'en', …). */
    languages: p.array().default(['vi']),
    status: p.enum(TOURISM_STATUSES).nativeEnumName('tourism_status').default('DRAFT'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  // The numeric casts keep PostgreSQL's rendering of the constraint comparable with these expressions
  // (a double-precision comparison comes back as `(90)::double precision`, which the drift check misreads).
  checks: [
    { name: 'tourism_point_latitude_check', expression: 'abs(latitude::numeric) <= 90' },
    { name: 'tourism_point_longitude_check', expression: 'abs(longitude::numeric) <= 180' },
  ],
});

export class TourismPoint extends TourismPointSchema.class {}
TourismPointSchema.setClass(TourismPoint);

/** A photo of a point; the file is kept by the catalogue's image storage (same sizes and formats as product photos). */
const TourismPointImageSchema = defineEntity({
  name: 'TourismPointImage',
  tableName: 'tourism_point_image',
  properties: {
    id: p.string().primary(),
    point: () => p.manyToOne(TourismPoint).index().deleteRule('cascade'),
    url: p.string(),
    alt: p.string(),
    width: p.integer(),
    height: p.integer(),
    position: p.smallint().default(0),
  },
});

export class TourismPointImage extends TourismPointImageSchema.class {}
TourismPointImageSchema.setClass(TourismPointImage);

/**
 * A point's own OCOP recognition (group VI), recorded by a council of the point's province or an
 * admin. Valid while RECOGNISED and validUntil is today or later (Vietnam day).
 */
const TourismPointCertificateSchema = defineEntity({
  name: 'TourismPointCertificate',
  tableName: 'tourism_point_certificate',
  properties: {
    id: p.string().primary(),
    point: () => p.manyToOne(TourismPoint).index().deleteRule('cascade'),
    stars: p.smallint(),
    number: p.string(),
    decisionDate: p.date(),
    validUntil: p.date(),
    state: p.enum(POINT_CERTIFICATE_STATES).nativeEnumName('tourism_point_certificate_state').default('RECOGNISED'),
    recordedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    { name: 'tourism_point_certificate_stars_check', expression: 'stars >= 3 and stars <= 5' },
    { name: 'tourism_point_certificate_validity_check', expression: 'valid_until >= decision_date' },
  ],
});

export class TourismPointCertificate extends TourismPointCertificateSchema.class {}
TourismPointCertificateSchema.setClass(TourismPointCertificate);
