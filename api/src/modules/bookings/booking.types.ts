import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Money } from '../../graphql/money.js';
import { Connection } from '../../graphql/relay.js';
import type { BookableSlot } from '../tourism/booking-reads.js';
import { BOOKING_ERROR_CODES, type BookingErrorCode, type BookingUserError } from './booking-actions.service.js';
import type { BookingRecord } from './booking.service.js';
import { BOOKING_CANCELLERS, BOOKING_REFUND_ROUTES, BOOKING_STATES, type BookingCanceller, type BookingRefundRoute, type BookingState } from './booking-states.js';

// The unit type enum is the tourism module's (prices are per unit type there).
export { UnitTypeEnum } from '../tourism/tourism-common.types.js';
export const BookingStateEnum = enumFromValues(BOOKING_STATES, 'BookingState', {
  description: 'PENDING_PAYMENT (places held) → CONFIRMED (INSTANT) or AWAITING_OPERATOR (ON_REQUEST, still held) → CONFIRMED; CANCELLED or DECLINED return the places.',
  valueDescriptions: {
    PENDING_PAYMENT: 'Placed; places held until the payment arrives or the hold expires.',
    AWAITING_OPERATOR: 'Paid (or to pay at the point); the operator confirms or declines it by hand. Places held.',
    CONFIRMED: 'Places booked.',
    CANCELLED: 'Cancelled by the shopper, the operator or an expired hold; places returned, money taken refunded.',
    DECLINED: 'The operator turned the on-request booking down, or did not answer by operatorResponseDeadline (cancelledBy SYSTEM); places returned, money taken refunded.',
  },
});
export const BookingCancellerEnum = enumFromValues(BOOKING_CANCELLERS, 'BookingCanceller');
export const BookingRefundRouteEnum = enumFromValues(BOOKING_REFUND_ROUTES, 'BookingRefundRoute', {
  valueDescriptions: { CARD: 'Refunded to the card through the gateway.', BY_HAND: 'To be refunded by hand (bank transfer).' },
});
export const BookingErrorCodeEnum = enumFromValues(BOOKING_ERROR_CODES, 'BookingErrorCode', {
  description: 'Why a booking action was refused (nothing changed).',
  valueDescriptions: {
    NOT_FOUND: 'No such booking, or not yours to act on (guests: give the order link secret).',
    INVALID_STATE: 'The booking is not in a state that allows this (already cancelled; confirm and decline need AWAITING_OPERATOR).',
    CANCELLATION_WINDOW_CLOSED: 'Free cancellation has ended (see cancellationDeadline); the operator may still cancel it.',
    REASON_REQUIRED: 'Say why (at most 500 characters).',
    PAYMENT_GATEWAY_FAILED: 'The card refund failed; nothing changed, try again later.',
    NOT_STARTED: 'The slot has not started yet (completing a booking).',
    RESPONSE_DEADLINE_PASSED: "The operator's time to answer (operatorResponseDeadline) has passed: the booking is declined by the system.",
  },
});

@ObjectType('BookingUserError')
export class BookingUserErrorType {
  @Field(() => [String], { nullable: true }) field!: string[] | null;
  @Field(() => BookingErrorCodeEnum) code!: BookingErrorCode;
  @Field(() => String) message!: string;

  static from(e: BookingUserError): BookingUserErrorType {
    return Object.assign(new BookingUserErrorType(), { field: ['input', ...e.field], code: e.code, message: e.message });
  }
}

@ObjectType('BookingRefund', { description: 'Money taken for a booking that ended, and how it goes back.' })
export class BookingRefundType {
  @Field(() => Money) amount!: Money;
  @Field(() => BookingRefundRouteEnum) route!: BookingRefundRoute;
}

@ObjectType('Booking', { description: 'Places in a slot of a tourism experience, booked through an order. Keeps what was booked even when the operator later moves or closes the slot.' })
export class BookingType {
  @Field(() => ID) id!: string;
  @Field(() => BookingStateEnum) state!: BookingState;
  @Field(() => String, { description: 'INSTANT or ON_REQUEST, as when booked.' }) confirmation!: string;
  @Field(() => String, { description: 'As when booked.' }) experienceName!: string;
  @Field(() => DateTimeISOResolver, { description: 'As when booked.' }) startsAt!: Date;
  @Field(() => DateTimeISOResolver) endsAt!: Date;
  @Field(() => Int, { description: 'Places taken in the slot.' }) seats!: number;
  @Field(() => Money) total!: Money;
  @Field(() => Boolean, { description: 'Money was taken for it (online payment received).' }) paid!: boolean;
  @Field(() => BookingCancellerEnum, { nullable: true }) cancelledBy!: BookingCanceller | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => BookingRefundType, { nullable: true }) refund!: BookingRefundType | null;
  @Field(() => DateTimeISOResolver, { description: "Free cancellation until then (the experience's rule when booked)." }) cancellationDeadline!: Date;
  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'AWAITING_OPERATOR: the operator confirms or declines it by then, or the system declines it (money taken refunded). Null in other states.',
  })
  operatorResponseDeadline!: Date | null;
  @Field(() => DateTimeISOResolver) createdAt!: Date;
  record!: BookingRecord;
  /** Reached by its operator's members (calendar, operator actions): the shopper's contact is shown. */
  operatorView!: boolean;

  static from(b: BookingRecord, operatorView = false): BookingType {
    return Object.assign(new BookingType(), {
      id: toGlobalId('Booking', b.id), state: b.state, confirmation: b.confirmation, experienceName: b.experienceName, startsAt: b.startsAt, endsAt: b.endsAt,
      seats: b.seats, total: Money.vnd(b.totalAmount), paid: b.paid, cancelledBy: b.cancelledBy, cancelReason: b.cancelReason,
      refund: b.refundRoute ? Object.assign(new BookingRefundType(), { amount: Money.vnd(b.refundAmount), route: b.refundRoute }) : null,
      cancellationDeadline: new Date(b.startsAt.getTime() - b.freeCancellationHours * 3_600_000),
      operatorResponseDeadline: b.state === 'AWAITING_OPERATOR' ? b.operatorDeadline : null, createdAt: b.createdAt, record: b, operatorView,
    });
  }

  static forOperator(b: BookingRecord): BookingType {
    return BookingType.from(b, true);
  }
}

@ObjectType('BookingConnection')
export class BookingConnection extends Connection(BookingType, 'Booking') {}

@ObjectType('BookingCustomer', { description: "The shopper's contact, for the operator." })
export class BookingCustomerType {
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String) email!: string;
  @Field(() => String) phone!: string;
}

@ObjectType('CalendarSlot', { description: "A slot in the operator's calendar with its places and bookings." })
export class CalendarSlotType {
  @Field(() => ID, { description: 'The ExperienceSlot.' }) id!: string;
  @Field(() => String) experienceName!: string;
  @Field(() => String) experienceSlug!: string;
  @Field(() => DateTimeISOResolver) startsAt!: Date;
  @Field(() => DateTimeISOResolver) endsAt!: Date;
  @Field(() => Int) capacity!: number;
  @Field(() => Int, { description: 'Places held (awaiting payment or the operator).' }) held!: number;
  @Field(() => Int, { description: 'Places booked (confirmed).' }) booked!: number;
  @Field(() => Int) remaining!: number;
  @Field(() => Boolean) closed!: boolean;
  @Field(() => String, { nullable: true }) closeReason!: string | null;
  @Field(() => Int, { description: 'Bookings still going (held or confirmed).' }) liveBookings!: number;
  @Field(() => Int, { description: 'Bookings awaiting the operator.' }) awaitingOperator!: number;
  @Field(() => [BookingType], { description: 'Every booking of the slot, cancelled ones included (bounded by its capacity and history).' }) bookings!: BookingType[];

  static from(slot: BookableSlot, bookings: BookingRecord[]): CalendarSlotType {
    return Object.assign(new CalendarSlotType(), {
      id: toGlobalId('ExperienceSlot', slot.id), experienceName: slot.experienceName, experienceSlug: slot.experienceSlug, startsAt: slot.startsAt, endsAt: slot.endsAt,
      capacity: slot.capacity, held: slot.held, booked: slot.booked, remaining: slot.remaining, closed: slot.closedAt !== null, closeReason: slot.closeReason,
      liveBookings: bookings.filter((b) => ['PENDING_PAYMENT', 'AWAITING_OPERATOR', 'CONFIRMED'].includes(b.state)).length,
      awaitingOperator: bookings.filter((b) => b.state === 'AWAITING_OPERATOR').length,
      bookings: bookings.map(BookingType.forOperator),
    });
  }
}

@ObjectType('CalendarDay')
export class CalendarDayType {
  @Field(() => String, { description: 'The day in Vietnam (YYYY-MM-DD).' }) date!: string;
  @Field(() => [CalendarSlotType]) slots!: CalendarSlotType[];
}

@ObjectType('OperatorCalendar', { description: "An operator's slots and bookings, day by day (Vietnam time)." })
export class OperatorCalendarType {
  @Field(() => DateTimeISOResolver) from!: Date;
  @Field(() => DateTimeISOResolver) to!: Date;
  @Field(() => [CalendarDayType], { description: 'Every day of the range, with or without slots.' }) days!: CalendarDayType[];
}

@InputType('BookingCancelInput')
export class BookingCancelInput {
  @Field(() => ID) bookingId!: string;
  @Field(() => String, { nullable: true, description: "Guests: the order link's secret (accessToken of checkoutPlace)." }) accessToken!: string | null;
}

@InputType('BookingReasonInput')
export class BookingReasonInput {
  @Field(() => ID) bookingId!: string;
  @Field(() => String, { description: 'Told to the shopper (at most 500 characters).' }) reason!: string;
}

@InputType('BookingConfirmInput')
export class BookingConfirmInput {
  @Field(() => ID) bookingId!: string;
}

@ObjectType('BookingPayload')
export class BookingPayload {
  @Field(() => BookingType, { nullable: true }) booking!: BookingType | null;
  @Field(() => [BookingUserErrorType]) userErrors!: BookingUserErrorType[];
}
