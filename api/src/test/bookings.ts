import { randomBytes } from 'node:crypto';
import type { Orm } from '../db/orm.js';
import { rows } from '../lib/sql.js';
import { hashCartToken } from '../modules/cart/cart.service.js';

/**
 * Tourism rows for booking tests, written with SQL (the tourism module's own services own the real
 * editing rules): an approved operator, a published point and experience with prices and slots.
 */
let serial = 0;
const uid = (prefix: string) => `${prefix}_test${Date.now().toString(36)}${(serial++).toString(36)}${randomBytes(3).toString('hex')}`;

export async function approvedOperator(orm: Orm, name = 'HTX Du lịch cộng đồng Tả Van', provinceId = 'prv_01'): Promise<string> {
  const id = uid('opr');
  await rows(orm.em.fork(), `insert into tourism_operator (id, slug, name, kind, province_id, approved_at, created_at) values (?, ?, ?, 'COOPERATIVE', ?, now(), now())`, [id, id, name, provinceId]);
  return id;
}

export interface ExperienceFixture {
  name?: string;
  confirmation?: 'INSTANT' | 'ON_REQUEST';
  bookingCutoffHours?: number;
  freeCancellationHours?: number;
  maxPartySize?: number;
  prices?: { unitType: string; amount: number; seats?: number }[];
  slots: { startsAt: Date; capacity: number; closed?: boolean }[];
}

export async function experienceWithSlots(orm: Orm, operatorId: string, f: ExperienceFixture, provinceId = 'prv_01'): Promise<{ experienceId: string; slug: string; slotIds: string[] }> {
  const em = orm.em.fork();
  const pointId = uid('tpt');
  await rows(em, `insert into tourism_point (id, slug, operator_id, name, kind, province_id, status, created_at, updated_at) values (?, ?, ?, ?, 'VILLAGE', ?, 'PUBLISHED', now(), now())`, [
    pointId, pointId, operatorId, 'Bản Tả Van', provinceId,
  ]);
  const experienceId = uid('exp');
  await rows(
    em,
    `insert into experience (id, slug, point_id, name, duration_minutes, confirmation, booking_cutoff_hours, free_cancellation_hours, max_party_size, status, created_at, updated_at)
     values (?, ?, ?, ?, 180, ?, ?, ?, ?, 'PUBLISHED', now(), now())`,
    [experienceId, experienceId, pointId, f.name ?? 'Hái chè Shan tuyết', f.confirmation ?? 'INSTANT', f.bookingCutoffHours ?? 0, f.freeCancellationHours ?? 0, f.maxPartySize ?? 8],
  );
  for (const p of f.prices ?? [{ unitType: 'ADULT', amount: 150_000 }, { unitType: 'CHILD', amount: 80_000 }]) {
    await rows(em, `insert into experience_price (experience_id, unit_type, amount, seats) values (?, ?, ?, ?)`, [experienceId, p.unitType, p.amount, p.seats ?? 1]);
  }
  const slotIds: string[] = [];
  for (const s of f.slots) {
    const id = uid('slt');
    slotIds.push(id);
    await rows(
      em,
      `insert into experience_slot (id, experience_id, starts_at, ends_at, capacity, closed_at, close_reason, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, now(), now())`,
      [id, experienceId, s.startsAt, new Date(s.startsAt.getTime() + 3 * 3_600_000), s.capacity, s.closed ? new Date() : null, s.closed ? 'Mưa lớn' : null],
    );
  }
  return { experienceId, slug: experienceId, slotIds };
}

/** `count` guest carts, each with these bookings (and product lines), written in bulk; their cookie tokens. */
export async function guestBookingCarts(
  orm: Orm, count: number,
  bookingsOf: (k: number) => { slotId: string; units: { unitType: string; quantity: number }[] }[],
): Promise<string[]> {
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  const ids = tokens.map((_, k) => `cart_bk_${randomBytes(6).toString('hex')}_${k}`);
  const em = orm.em.fork();
  const now = new Date();
  await rows(em, `insert into cart (id, token_hash, created_at, updated_at) select * from unnest(?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])`, [
    ids, tokens.map(hashCartToken), ids.map(() => now), ids.map(() => now),
  ]);
  const lines = ids.flatMap((id, k) => bookingsOf(k).map((b) => ({ id, ...b })));
  await rows(em, `insert into cart_booking (id, cart_id, slot_id, units, added_at) select x.id || '_' || x.slot, x.id, x.slot, x.units::jsonb, now() from unnest(?::text[], ?::text[], ?::text[]) as x(id, slot, units)`, [
    lines.map((l) => l.id), lines.map((l) => l.slotId), lines.map((l) => JSON.stringify(l.units)),
  ]);
  return tokens;
}

/** A slot's places, and whether its bookings account for them exactly (held = seats of held bookings, booked = of confirmed ones). */
export async function slotPlaces(orm: Orm, slotId: string) {
  const [s] = await rows<{ capacity: number; held: number; booked: number; remaining: number; balanced: boolean }>(
    orm.em.fork(),
    `select s.capacity, s.held, s.booked, s.capacity - s.held - s.booked as remaining,
       s.held = coalesce((select sum(seats) from booking b where b.slot_id = s.id and b.state in ('PENDING_PAYMENT', 'AWAITING_OPERATOR')), 0)
       and s.booked = coalesce((select sum(seats) from booking b where b.slot_id = s.id and b.state in ('CONFIRMED', 'COMPLETED')), 0) as balanced
     from experience_slot s where s.id = ?`,
    [slotId],
  );
  return s!;
}
