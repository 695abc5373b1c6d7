import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import type { PricedCart } from '../cart/cart.service.js';
import type { CheckoutUserError } from '../orders/checkout.service.js';
import { PartUnavailableError, type OrderParts, type PartPlacement, type PartSettleState } from '../orders/order-parts.js';
import type { OrderService } from '../orders/order.service.js';
import type { OutboxKind } from '../orders/order.entity.js';
import { NoPlacesError, type BookableSlot, type PlacesMove, type SlotPlacesService } from '../tourism/booking-reads.js';
import type { UnitType } from '../tourism/tourism-kinds.js';
import { cancellationDeadline } from './booking-rules.js';
import { DEFAULT_OPERATOR_RESPONSE_HOURS, operatorResponseDeadline } from './booking-response-deadline.js';
import { isLive, type BookingCanceller, type BookingRefundRoute, type BookingState } from './booking-states.js';

export interface BookingRecord {
  id: string;
  orderId: string;
  slotId: string;
  experienceId: string;
  operatorId: string;
  state: BookingState;
  confirmation: 'INSTANT' | 'ON_REQUEST';
  paid: boolean;
  seats: number;
  totalAmount: number;
  experienceName: string;
  startsAt: Date;
  endsAt: Date;
  freeCancellationHours: number;
  /** AWAITING_OPERATOR: declined by the system at this time if the operator has not answered. */
  operatorDeadline: Date | null;
  cancelledBy: BookingCanceller | null;
  cancelReason: string | null;
  refundAmount: number;
  refundRoute: BookingRefundRoute | null;
  createdAt: Date;
}

export interface BookingUnitRecord {
  bookingId: string;
  unitType: UnitType;
  label: string | null;
  quantity: number;
  seatsEach: number;
  unitPriceAmount: number;
  lineTotalAmount: number;
}

/** Places of a slot counted per state: what the operator calendar shows. */
export interface SlotWithBookings {
  slot: BookableSlot;
  bookings: BookingRecord[];
}

export const BOOKING_COLUMNS = `b.id, b.order_id as "orderId", b.slot_id as "slotId", b.experience_id as "experienceId", b.operator_id as "operatorId",
  b.state, b.confirmation, b.paid, b.seats, b.total_amount::float8 as "totalAmount", b.experience_name as "experienceName",
  b.starts_at as "startsAt", b.ends_at as "endsAt", b.free_cancellation_hours as "freeCancellationHours", b.operator_deadline as "operatorDeadline", b.cancelled_by as "cancelledBy",
  b.cancel_reason as "cancelReason", b.refund_amount::float8 as "refundAmount", b.refund_route as "refundRoute", b.created_at as "createdAt"`;

const VIETNAM = 'Asia/Ho_Chi_Minh';

/** "Hái chè Shan tuyết — 08:00 28/11/2026 (2 ADULT, 1 CHILD)": what a booking mail says it is about. */
export function bookingDetail(b: { experienceName: string; startsAt: Date }, units: { unitType: string; quantity: number }[], reason?: string | null): string {
  const party = units.map((u) => `${u.quantity} ${u.unitType}`).join(', ');
  return `${b.experienceName} — ${vietnamTime(b.startsAt)}${party ? ` (${party})` : ''}${reason ? ` — ${reason}` : ''}`;
}

/** "08:00 28/11/2026" in Vietnam time (mails). */
export function vietnamTime(at: Date): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: VIETNAM, hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' }).format(at);
}

/** What the awaiting-operator mail adds: when the operator must answer by. */
export function answerBy(deadline: Date): string {
  return `đơn vị điều hành trả lời trước ${vietnamTime(deadline)} / the operator answers by then (Vietnam time)`;
}

function dated(b: BookingRecord): BookingRecord {
  return {
    ...b, startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt), createdAt: new Date(b.createdAt),
    operatorDeadline: b.operatorDeadline ? new Date(b.operatorDeadline) : null,
  };
}

/**
 * Bookings of tourism experiences as parts of orders (OrderParts): placed by checkout in its
 * transaction (places held with one conditional UPDATE per slot, slots locked in id order), moved by
 * the order's payment (paid → CONFIRMED or AWAITING_OPERATOR; hold expired → CANCELLED, places
 * back), and read for the API. The slot's held/booked are only written through SlotPlacesService.
 */
export class BookingService implements OrderParts {
  constructor(
    private readonly em: EntityManager,
    private readonly slots: SlotPlacesService,
    private readonly orders: OrderService,
    private readonly now: () => Date,
    private readonly options: { reservationDelayMs?: number; operatorResponseHours?: number } = {},
  ) {}

  check(cart: PricedCart): CheckoutUserError[] {
    return cart.bookings.flatMap((b, k) => (b.problem ? [{ field: ['bookings', String(k)], code: b.problem.code, message: b.problem.message }] : []));
  }

  async placeIn(tx: EntityManager, placement: PartPlacement): Promise<void> {
    const lines = placement.cart.bookings;
    if (lines.length === 0) return;
    const now = this.now();
    await this.slots.lock(tx, lines.map((b) => b.slotId));
    if (this.options.reservationDelayMs) await new Promise((r) => setTimeout(r, this.options.reservationDelayMs));
    const current = await this.slots.slots(lines.map((b) => b.slotId), tx);
    // One hold per slot for all its lines (a cart has one line per slot), in slot id order.
    const order = lines.map((b, k) => ({ b, k })).sort((x, y) => (x.b.slotId < y.b.slotId ? -1 : x.b.slotId > y.b.slotId ? 1 : 0));
    for (const { b, k } of order) {
      const slot = current[k];
      if (!slot) throw new PartUnavailableError(['bookings', String(k)], 'SLOT_NOT_FOUND', 'This slot no longer exists.');
      try {
        await this.slots.move(tx, b.slotId, b.seats, 'HOLD', now);
      } catch (e) {
        if (!(e instanceof NoPlacesError)) throw e;
        if (slot.closedAt) throw new PartUnavailableError(['bookings', String(k)], 'SLOT_CLOSED', `${slot.experienceName}: the operator closed this slot.`);
        throw new PartUnavailableError(
          ['bookings', String(k)], 'CAPACITY_EXCEEDED',
          `${slot.experienceName}: ${slot.remaining > 0 ? `only ${slot.remaining} places are left` : 'the slot is full'}, the booking needs ${b.seats}.`,
        );
      }
    }
    const events: { id: string; kind: OutboxKind; detail: string }[] = [];
    const ids = lines.map(() => newId('booking', now.getTime()));
    const states = lines.map((_, k): BookingState => (!placement.confirmed ? 'PENDING_PAYMENT' : current[k]!.confirmation === 'INSTANT' ? 'CONFIRMED' : 'AWAITING_OPERATOR'));
    const deadlines = lines.map((_, k) => (states[k] === 'AWAITING_OPERATOR' ? this.deadlineOf(now, current[k]!) : null));
    for (const [k, b] of lines.entries()) {
      const slot = current[k]!;
      if (states[k] === 'CONFIRMED') await this.slots.move(tx, b.slotId, b.seats, 'HELD_TO_BOOKED', now);
      if (states[k] !== 'PENDING_PAYMENT') {
        const deadline = deadlines[k];
        events.push({ id: ids[k]!, kind: deadline ? 'BOOKING_AWAITING_OPERATOR' : 'BOOKING_CONFIRMED', detail: bookingDetail(slot, b.units, deadline ? answerBy(deadline) : null) });
      }
    }
    await rows(
      tx,
      `insert into booking (id, order_id, slot_id, experience_id, operator_id, state, confirmation, paid, seats, total_amount, experience_name,
         starts_at, ends_at, free_cancellation_hours, operator_deadline, created_at, updated_at)
       select x.id, ?, x.slot_id, x.experience_id, x.operator_id, x.state::booking_state, x.confirmation, false, x.seats, x.total, x.name, x.starts_at, x.ends_at, x.free_hours,
         x.deadline, ?, ?
       from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::bigint[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::int[], ?::timestamptz[])
         as x(id, slot_id, experience_id, operator_id, state, confirmation, seats, total, name, starts_at, ends_at, free_hours, deadline)`,
      [
        placement.orderId, now, now, ids, lines.map((b) => b.slotId), current.map((s) => s!.experienceId), current.map((s) => s!.operatorId), states,
        current.map((s) => s!.confirmation), lines.map((b) => b.seats), lines.map((b) => b.totalAmount), current.map((s) => s!.experienceName),
        current.map((s) => s!.startsAt), current.map((s) => s!.endsAt), current.map((s) => s!.freeCancellationHours), deadlines,
      ],
    );
    const units = lines.flatMap((b, k) => b.units.map((u) => ({ bookingId: ids[k]!, ...u })));
    await rows(
      tx,
      `insert into booking_unit (booking_id, unit_type, label, quantity, seats_each, unit_price_amount, line_total_amount)
       select x.booking_id, x.unit_type::unit_type, x.label, x.quantity, x.seats_each, x.price, x.total
       from unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::bigint[], ?::bigint[]) as x(booking_id, unit_type, label, quantity, seats_each, price, total)`,
      [
        units.map((u) => u.bookingId), units.map((u) => u.unitType), units.map((u) => u.label), units.map((u) => u.quantity),
        units.map((u) => u.seatsEach), units.map((u) => u.unitPriceAmount), units.map((u) => u.lineTotalAmount),
      ],
    );
    for (const e of events) await this.orders.outbox(tx, placement.orderId, e.kind, null, { id: e.id, detail: e.detail });
  }

  /** Paid: INSTANT bookings CONFIRMED (held → booked), ON_REQUEST ones AWAITING_OPERATOR (still held). */
  async onPaid(tx: EntityManager, orderId: string): Promise<void> {
    const now = this.now();
    const paid = (await rows<BookingRecord>(
      tx,
      `update booking b set paid = true, updated_at = ?,
         state = (case when b.confirmation = 'INSTANT' then 'CONFIRMED' else 'AWAITING_OPERATOR' end)::booking_state
       where b.order_id = ? and b.state = 'PENDING_PAYMENT' returning ${BOOKING_COLUMNS}`,
      [now, orderId],
    )).map(dated);
    if (paid.length === 0) return;
    const confirmed = paid.filter((b) => b.state === 'CONFIRMED');
    await this.movePlaces(tx, confirmed, 'HELD_TO_BOOKED');
    await this.setOperatorDeadlines(tx, paid.filter((b) => b.state === 'AWAITING_OPERATOR'), now);
    const units = await this.unitsOf(paid.map((b) => b.id), tx);
    for (const [k, b] of paid.entries()) {
      const deadline = b.state === 'AWAITING_OPERATOR' ? b.operatorDeadline : null;
      await this.orders.outbox(tx, orderId, deadline ? 'BOOKING_AWAITING_OPERATOR' : 'BOOKING_CONFIRMED', null, { id: b.id, detail: bookingDetail(b, units[k]!, deadline ? answerBy(deadline) : null) });
    }
  }

  /** The pending payment was cancelled (hold expired): bookings awaiting it CANCELLED, their held places back. */
  async onCancelled(tx: EntityManager, orderId: string, reason: string): Promise<void> {
    const ended = (await rows<BookingRecord>(
      tx,
      `update booking b set state = 'CANCELLED', cancelled_by = 'SYSTEM', cancel_reason = ?, updated_at = ?
       where b.order_id = ? and b.state = 'PENDING_PAYMENT' returning ${BOOKING_COLUMNS}`,
      [reason, this.now(), orderId],
    )).map(dated);
    await this.movePlaces(tx, ended, 'RELEASE_HELD');
  }

  /** The operator's answer is due (booking-response-deadline.ts): from now, by the slot's cut-off as the experience says now. */
  private async setOperatorDeadlines(tx: EntityManager, awaiting: BookingRecord[], now: Date): Promise<void> {
    if (awaiting.length === 0) return;
    const slots = await this.slots.slots(awaiting.map((b) => b.slotId), tx);
    const deadlines = awaiting.map((b, k) => this.deadlineOf(now, { startsAt: b.startsAt, bookingCutoffHours: slots[k]?.bookingCutoffHours ?? 0 }));
    for (const [k, b] of awaiting.entries()) b.operatorDeadline = deadlines[k]!;
    await rows(tx, `update booking b set operator_deadline = x.deadline from unnest(?::text[], ?::timestamptz[]) as x(id, deadline) where b.id = x.id`, [
      awaiting.map((b) => b.id), deadlines,
    ]);
  }

  private deadlineOf(now: Date, slot: { startsAt: Date; bookingCutoffHours: number }): Date {
    return operatorResponseDeadline(now, slot, this.options.operatorResponseHours ?? DEFAULT_OPERATOR_RESPONSE_HOURS);
  }

  async settleStatesIn(tx: EntityManager, orderId: string): Promise<PartSettleState[]> {
    const found = await rows<{ state: BookingState; paid: boolean }>(tx, `select state, paid from booking where order_id = ?`, [orderId]);
    return found.map((b) => (b.state === 'COMPLETED' ? 'DONE' : isLive(b.state) ? 'LIVE' : b.paid ? 'REFUNDED' : 'CANCELLED'));
  }

  /** Moves the places of these bookings (slots locked in id order first; one UPDATE per slot). */
  async movePlaces(tx: EntityManager, bookings: readonly Pick<BookingRecord, 'slotId' | 'seats'>[], move: PlacesMove): Promise<void> {
    if (bookings.length === 0) return;
    const seats = new Map<string, number>();
    for (const b of bookings) seats.set(b.slotId, (seats.get(b.slotId) ?? 0) + b.seats);
    await this.slots.lock(tx, [...seats.keys()]);
    const now = this.now();
    for (const slotId of [...seats.keys()].sort()) await this.slots.move(tx, slotId, seats.get(slotId)!, move, now);
  }

  async byIds(ids: readonly string[], em: EntityManager = this.em): Promise<(BookingRecord | undefined)[]> {
    if (ids.length === 0) return [];
    const found = await rows<BookingRecord>(em, `select ${BOOKING_COLUMNS} from booking b where b.id = any(?)`, [ids]);
    return orderedBy(ids, found.map(dated), (b) => b.id);
  }

  /** Bookings of each order (DataLoader; bounded by the cart it came from). */
  async ofOrders(orderIds: readonly string[]): Promise<BookingRecord[][]> {
    const found = (await rows<BookingRecord>(this.em, `select ${BOOKING_COLUMNS} from booking b where b.order_id = any(?) order by b.order_id, b.starts_at, b.id`, [orderIds])).map(dated);
    const byOrder = Map.groupBy(found, (b) => b.orderId);
    return orderIds.map((id) => byOrder.get(id) ?? []);
  }

  /** Units of each booking (DataLoader). */
  async unitsOf(bookingIds: readonly string[], em: EntityManager = this.em): Promise<BookingUnitRecord[][]> {
    const found = await rows<BookingUnitRecord>(
      em,
      `select booking_id as "bookingId", unit_type as "unitType", label, quantity, seats_each as "seatsEach",
         unit_price_amount::float8 as "unitPriceAmount", line_total_amount::float8 as "lineTotalAmount"
       from booking_unit where booking_id = any(?) order by booking_id, unit_type`,
      [bookingIds],
    );
    const byBooking = Map.groupBy(found, (u) => u.bookingId);
    return bookingIds.map((id) => byBooking.get(id) ?? []);
  }

  /** A shopper's bookings ("my bookings"), newest first: the orders' ids come from the orders module as a fragment. */
  async ofUser(orders: SqlFragment, page: { first: number; after: string | null }): Promise<KeysetPage<BookingRecord>> {
    const found = await keysetPage<BookingRecord>(this.em, {
      select: `select ${BOOKING_COLUMNS} from booking b where b.order_id in (${orders.sql})`,
      params: orders.params,
      keys: [{ column: 'id', type: 'text' }],
      descending: true,
      ...page,
    });
    return { ...found, items: found.items.map(dated) };
  }

  /** Slots of an operator starting in [from, to), each with its bookings (two statements). */
  async calendar(operatorId: string, from: Date, to: Date): Promise<SlotWithBookings[]> {
    const slots = await this.slots.slotsOfOperator(operatorId, from, to);
    if (slots.length === 0) return [];
    const found = (await rows<BookingRecord>(
      this.em,
      `select ${BOOKING_COLUMNS} from booking b where b.operator_id = ? and b.slot_id = any(?) order by b.slot_id, b.created_at, b.id`,
      [operatorId, slots.map((s) => s.id)],
    )).map(dated);
    const bySlot = Map.groupBy(found, (b) => b.slotId);
    return slots.map((slot) => ({ slot, bookings: bySlot.get(slot.id) ?? [] }));
  }

  /**
   * What the shopper may do now: cancel free until the deadline (`freeCancellationHours` before the
   * start as booked), or at any time when the operator moved or closed the slot after booking.
   */
  cancellation(b: BookingRecord, slot: BookableSlot | undefined | null): { slotChanged: boolean; deadline: Date; cancellable: boolean } {
    const slotChanged = !slot || slot.closedAt !== null || slot.startsAt.getTime() !== b.startsAt.getTime();
    const deadline = cancellationDeadline(b.startsAt, b.freeCancellationHours);
    const cancellable = isLive(b.state) && (slotChanged || this.now().getTime() < deadline.getTime());
    return { slotChanged, deadline, cancellable };
  }
}
