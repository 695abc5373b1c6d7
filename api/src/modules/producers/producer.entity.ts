import { defineEntity, p } from '@mikro-orm/core';
import { Commune } from '../places/commune.entity.js';
import { Province } from '../places/province.entity.js';
import { PRODUCER_KINDS } from './producer-kind.js';

/** An OCOP subject: cooperative, cooperative group, enterprise or household business. */
const ProducerSchema = defineEntity({
  name: 'Producer',
  tableName: 'producer',
  properties: {
    id: p.string().primary(),
    slug: p.string().unique(),
    name: p.string(),
    kind: p.enum(PRODUCER_KINDS).nativeEnumName('producer_kind'),
    /** Business or cooperative registration number (mã số doanh nghiệp / HTX / hộ kinh doanh). */
    registrationNumber: p.string().nullable().unique(),
    /** The province as registered; may be a historic unit (see Province.successor). */
    province: () => p.manyToOne(Province).index(),
    /** The commune as registered, when known; like the province it keeps the unit as issued. */
    commune: () => p.manyToOne(Commune).nullable().index(),
    addressLine: p.string().nullable(),
    phone: p.string().nullable(),
    email: p.string().nullable(),
    website: p.string().nullable(),
    /** Sanitised HTML. */
    story: p.text().default(''),
    logoUrl: p.string().nullable(),
    /** Checked by the programme (approval workflow comes with accounts). */
    verified: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Producer extends ProducerSchema.class {}
ProducerSchema.setClass(Producer);
