import type { BookableSlot, UnitPrice } from '../tourism/booking-reads.js';
import type { UnitType } from '../tourism/tourism-kinds.js';

/** Why places in a slot cannot be booked (cart and checkout answer with these codes). */
export const BOOKING_RULE_CODES = [
  'SLOT_NOT_FOUND',
  'SLOT_IN_PAST',
  'SLOT_CLOSED',
  'BOOKING_CUTOFF_PASSED',
  'PARTY_SIZE_INVALID',
  'UNIT_TYPE_NOT_OFFERED',
  'CAPACITY_EXCEEDED',
] as const;
export type BookingRuleCode = (typeof BOOKING_RULE_CODES)[number];

export interface BookingProblem {
  code: BookingRuleCode;
  /** Where in the booking input: `slotId` or `units`. */
  field: string;
  message: string;
}

export interface RequestedUnit {
  unitType: string;
  quantity: number;
}

export interface PricedUnit {
  unitType: UnitType;
  label: string | null;
  quantity: number;
  seatsEach: number;
  unitPriceAmount: number;
  lineTotalAmount: number;
}

export interface PricedBooking {
  units: PricedUnit[];
  /** People in the party (units of every type). */
  people: number;
  /** Places taken in the slot (units × the places each takes). */
  seats: number;
  totalAmount: number;
}

const HOUR = 3_600_000;

/** Same unit type twice adds up; zero quantities are dropped (a form sends 0 for types not chosen). */
export function normalisedUnits(units: readonly RequestedUnit[]): RequestedUnit[] {
  const byType = new Map<string, number>();
  for (const u of units) byType.set(u.unitType, (byType.get(u.unitType) ?? 0) + u.quantity);
  return [...byType].map(([unitType, quantity]) => ({ unitType, quantity })).filter((u) => u.quantity !== 0);
}

/** Prices the units from the experience's prices (never from the client); null when a type is not offered. */
export function priceUnits(prices: readonly UnitPrice[], units: readonly RequestedUnit[]): PricedBooking | null {
  const priced: PricedUnit[] = [];
  for (const u of normalisedUnits(units)) {
    const price = prices.find((p) => p.unitType === u.unitType);
    if (!price) return null;
    priced.push({ unitType: price.unitType, label: price.label, quantity: u.quantity, seatsEach: price.seats, unitPriceAmount: price.amount, lineTotalAmount: price.amount * u.quantity });
  }
  return {
    units: priced,
    people: priced.reduce((n, u) => n + u.quantity, 0),
    seats: priced.reduce((n, u) => n + u.quantity * u.seatsEach, 0),
    totalAmount: priced.reduce((n, u) => n + u.lineTotalAmount, 0),
  };
}

/**
 * Whether this party may book this slot now, as far as can be told before holding places (the hold
 * itself is a conditional UPDATE at checkout). Checked in this order: the slot exists and is on sale;
 * it has not started; it is open; the booking cut-off has not passed; every unit type is offered;
 * the party has 1 to max_party_size people in whole numbers and fits the slot's capacity; the places
 * left now are enough.
 */
export function bookingProblem(slot: BookableSlot | undefined | null, prices: readonly UnitPrice[], units: readonly RequestedUnit[], now: Date): BookingProblem | null {
  if (!slot || !slot.onSale) return { code: 'SLOT_NOT_FOUND', field: 'slotId', message: 'There is no such slot on sale.' };
  if (slot.startsAt.getTime() <= now.getTime()) return { code: 'SLOT_IN_PAST', field: 'slotId', message: 'This slot has already started.' };
  if (slot.closedAt) return { code: 'SLOT_CLOSED', field: 'slotId', message: `The operator closed this slot${slot.closeReason ? `: ${slot.closeReason}` : '.'}` };
  if (now.getTime() > slot.startsAt.getTime() - slot.bookingCutoffHours * HOUR) {
    return { code: 'BOOKING_CUTOFF_PASSED', field: 'slotId', message: `Bookings close ${slot.bookingCutoffHours} hours before the start.` };
  }
  const wanted = normalisedUnits(units);
  if (wanted.some((u) => !Number.isInteger(u.quantity) || u.quantity < 0)) {
    return { code: 'PARTY_SIZE_INVALID', field: 'units', message: 'Quantities are whole numbers of people.' };
  }
  const priced = priceUnits(prices, wanted);
  if (!priced) {
    const missing = wanted.find((u) => !prices.some((p) => p.unitType === u.unitType))!;
    return { code: 'UNIT_TYPE_NOT_OFFERED', field: 'units', message: `This experience has no price for ${missing.unitType}.` };
  }
  if (priced.people === 0 || priced.seats === 0) return { code: 'PARTY_SIZE_INVALID', field: 'units', message: 'Book for at least one person.' };
  if (priced.people > slot.maxPartySize) return { code: 'PARTY_SIZE_INVALID', field: 'units', message: `A booking is for at most ${slot.maxPartySize} people.` };
  if (priced.seats > slot.capacity) return { code: 'PARTY_SIZE_INVALID', field: 'units', message: `This slot has ${slot.capacity} places in all.` };
  if (priced.seats > slot.remaining) {
    return { code: 'CAPACITY_EXCEEDED', field: 'units', message: slot.remaining > 0 ? `Only ${slot.remaining} places are left in this slot.` : 'This slot is full.' };
  }
  return null;
}

/** Until when a booking may be cancelled free of charge. */
export function cancellationDeadline(startsAt: Date, freeCancellationHours: number): Date {
  return new Date(startsAt.getTime() - freeCancellationHours * HOUR);
}
