import { defineEntity, p } from '@mikro-orm/core';
import { Product } from '../catalog/product.entity.js';
import { TourismPoint } from './tourism-point.entity.js';
import { EXPERIENCE_CONFIRMATIONS, EXPERIENCE_PRODUCT_RELATIONS, TOURISM_STATUSES, UNIT_TYPES } from './tourism-kinds.js';

/** Something a visitor does at a point ("Hái chè Shan tuyết", "Làm gốm Bát Tràng"), priced per unit type, booked into slots. */
const ExperienceSchema = defineEntity({
  name: 'Experience',
  tableName: 'experience',
  properties: {
    id: p.string().primary(),
    slug: p.string().unique(),
    point: () => p.manyToOne(TourismPoint).index().deleteRule('restrict'),
    name: p.string(),
    summary: p.text().default(''),
    /** Sanitised HTML. */
    description: p.text().default(''),
    durationMinutes: p.integer(),
    included: p.array().default([]),
    /** ISO 639-1 codes; the point's when created. */
    languages: p.array().default(['vi']),
    confirmation: p.enum(EXPERIENCE_CONFIRMATIONS).nativeEnumName('experience_confirmation').default('INSTANT'),
    /** No booking later than this many hours before a slot starts. */
    bookingCutoffHours: p.integer().default(0),
    /** A booking may be cancelled free of charge until this many hours before its slot starts. */
    freeCancellationHours: p.integer().default(0),
    maxPartySize: p.integer(),
    status: p.enum(TOURISM_STATUSES).nativeEnumName('tourism_status').default('DRAFT'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  checks: [
    { name: 'experience_duration_check', expression: 'duration_minutes > 0' },
    { name: 'experience_booking_cutoff_check', expression: 'booking_cutoff_hours >= 0' },
    { name: 'experience_free_cancellation_check', expression: 'free_cancellation_hours >= 0' },
    { name: 'experience_max_party_size_check', expression: 'max_party_size > 0' },
  ],
});

export class Experience extends ExperienceSchema.class {}
ExperienceSchema.setClass(Experience);

/** The price of one unit of a type (an adult, a child, a family) in integer đồng, and the places it takes. */
const ExperiencePriceSchema = defineEntity({
  name: 'ExperiencePrice',
  tableName: 'experience_price',
  properties: {
    experience: () => p.manyToOne(Experience).primary().deleteRule('cascade'),
    unitType: p.enum(UNIT_TYPES).nativeEnumName('unit_type').primary(),
    /** Overrides the unit type's name, e.g. "Trẻ em 6–11 tuổi". */
    label: p.string().nullable(),
    amount: p.bigint('number'),
    /** Places in a slot one unit takes: an adult 1, an infant 0, a family e.g. 4. */
    seats: p.smallint().default(1),
    minAge: p.smallint().nullable(),
    maxAge: p.smallint().nullable(),
  },
  checks: [
    { name: 'experience_price_amount_check', expression: 'amount >= 0' },
    { name: 'experience_price_seats_check', expression: 'seats >= 0' },
    { name: 'experience_price_ages_check', expression: 'min_age is null or max_age is null or min_age <= max_age' },
  ],
});

export class ExperiencePrice extends ExperiencePriceSchema.class {}
ExperiencePriceSchema.setClass(ExperiencePrice);

/** An OCOP product tasted, made or sold at an experience ("experience it at…" on the product page). */
const ExperienceProductSchema = defineEntity({
  name: 'ExperienceProduct',
  tableName: 'experience_product',
  properties: {
    experience: () => p.manyToOne(Experience).primary().deleteRule('cascade'),
    product: () => p.manyToOne(Product).primary().index().deleteRule('cascade'),
    relation: p.enum(EXPERIENCE_PRODUCT_RELATIONS).nativeEnumName('experience_product_relation'),
  },
});

export class ExperienceProduct extends ExperienceProductSchema.class {}
ExperienceProductSchema.setClass(ExperienceProduct);

/**
 * A bookable start time with a capacity in places. `held` (unpaid holds) and `booked` (confirmed) are
 * written only by bookings, with conditional UPDATEs; CHECKs keep held + booked within capacity.
 * remaining = capacity - held - booked. A closed slot (closedAt) takes no new booking.
 */
const ExperienceSlotSchema = defineEntity({
  name: 'ExperienceSlot',
  tableName: 'experience_slot',
  properties: {
    id: p.string().primary(),
    experience: () => p.manyToOne(Experience).index().deleteRule('cascade'),
    startsAt: p.datetime().index(),
    endsAt: p.datetime(),
    capacity: p.integer(),
    held: p.integer().default(0),
    booked: p.integer().default(0),
    closedAt: p.datetime().nullable(),
    closeReason: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ name: 'experience_slot_experience_id_starts_at_unique', properties: ['experience', 'startsAt'] }],
  checks: [
    { name: 'experience_slot_time_check', expression: 'ends_at > starts_at' },
    { name: 'experience_slot_capacity_check', expression: 'capacity > 0' },
    { name: 'experience_slot_held_check', expression: 'held >= 0' },
    { name: 'experience_slot_booked_check', expression: 'booked >= 0' },
    { name: 'experience_slot_places_check', expression: 'held + booked <= capacity' },
  ],
});

export class ExperienceSlot extends ExperienceSlotSchema.class {}
ExperienceSlotSchema.setClass(ExperienceSlot);
