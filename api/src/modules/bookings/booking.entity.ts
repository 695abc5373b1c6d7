import { defineEntity, p } from '@mikro-orm/core';
import { ShopOrder } from '../orders/order.entity.js';
import { Experience, ExperienceSlot } from '../tourism/experience.entity.js';
import { UNIT_TYPES } from '../tourism/tourism-kinds.js';
import { TourismOperator } from '../tourism/tourism-operator.entity.js';
import { BOOKING_CANCELLERS, BOOKING_REFUND_ROUTES, BOOKING_STATES } from './booking-states.js';

/**
 * A booking of places in a slot, made by checkout from a cart booking line (one per line). It keeps
 * a snapshot of what was booked (experience name, start and end, the cancellation rule, prices), so
 * an operator moving or closing the slot afterwards never rewrites it: the booking then shows
 * `slotChanged` and may be cancelled free. Its places are `seats` in the slot's held or booked.
 */
const BookingSchema = defineEntity({
  name: 'Booking',
  tableName: 'booking',
  properties: {
    id: p.string().primary(),
    order: () => p.manyToOne(ShopOrder).index().deleteRule('cascade'),
    slot: () => p.manyToOne(ExperienceSlot).deleteRule('restrict'),
    experience: () => p.manyToOne(Experience).index().deleteRule('restrict'),
    operator: () => p.manyToOne(TourismOperator).deleteRule('restrict'),
    state: p.enum(BOOKING_STATES).nativeEnumName('booking_state'),
    /** The experience's rule when booked: INSTANT or ON_REQUEST. */
    confirmation: p.string().length(20),
    /** Money taken for it (online payment received). */
    paid: p.boolean().default(false),
    seats: p.integer(),
    totalAmount: p.bigint('number'),
    experienceName: p.string(),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    /** Free cancellation until this many hours before startsAt (the experience's rule when booked). */
    freeCancellationHours: p.integer(),
    /**
     * An on-request booking awaiting the operator is declined by the system at this time if the
     * operator has not answered (booking-response-deadline.ts); null in every other case.
     */
    operatorDeadline: p.datetime().nullable(),
    cancelledBy: p.enum(BOOKING_CANCELLERS).nativeEnumName('booking_canceller').nullable(),
    cancelReason: p.text().nullable(),
    refundAmount: p.bigint('number').default(0),
    refundRoute: p.enum(BOOKING_REFUND_ROUTES).nativeEnumName('booking_refund_route').nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  indexes: [
    { name: 'booking_operator_starts_at_index', properties: ['operator', 'startsAt', 'id'] },
    { name: 'booking_slot_state_index', properties: ['slot', 'state'] },
    {
      name: 'booking_awaiting_operator_deadline_index',
      expression: `create index "booking_awaiting_operator_deadline_index" on "booking" ("operator_deadline", "id") where "state" = 'AWAITING_OPERATOR'`,
    },
  ],
  checks: [
    { name: 'booking_seats_check', expression: 'seats > 0' },
    { name: 'booking_amounts_check', expression: 'total_amount >= 0 and refund_amount >= 0 and refund_amount <= total_amount' },
  ],
});

export class Booking extends BookingSchema.class {}
BookingSchema.setClass(Booking);

/** Units of one type in a booking, with the unit price and places copied when booked. */
const BookingUnitSchema = defineEntity({
  name: 'BookingUnit',
  tableName: 'booking_unit',
  properties: {
    booking: () => p.manyToOne(Booking).primary().deleteRule('cascade'),
    unitType: p.enum(UNIT_TYPES).nativeEnumName('unit_type').primary(),
    label: p.string().nullable(),
    quantity: p.integer(),
    seatsEach: p.smallint(),
    unitPriceAmount: p.bigint('number'),
    lineTotalAmount: p.bigint('number'),
  },
  checks: [
    { name: 'booking_unit_quantity_check', expression: 'quantity > 0 and seats_each >= 0' },
    { name: 'booking_unit_total_check', expression: 'unit_price_amount >= 0 and line_total_amount = unit_price_amount * quantity' },
  ],
});

export class BookingUnit extends BookingUnitSchema.class {}
BookingUnitSchema.setClass(BookingUnit);
