import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/database.js';
import { tourismBuilder } from '../../test/tourism.js';
import { rows } from '../../lib/sql.js';
import { isoWeekday, vietnamInstant } from './experience-slot.service.js';

// Monday 23/11/2026, 23:30 in Vietnam (16:30 UTC): a day boundary away from UTC's.
const NOW = new Date('2026-11-23T16:30:00Z');
const { orm } = await testDatabase();
let t: Awaited<ReturnType<typeof tourismBuilder>>;
let experienceId = '';

const slotsOf = (id: string) =>
  rows<{ id: string; startsAt: Date; endsAt: Date; capacity: number; closedAt: Date | null }>(
    orm.em.fork(),
    `select id, starts_at as "startsAt", ends_at as "endsAt", capacity, closed_at as "closedAt" from experience_slot where experience_id = ? order by starts_at`,
    [id],
  );

beforeAll(async () => {
  t = await tourismBuilder(orm, { now: () => NOW });
  const operator = await t.operator('HTX Du lịch Tả Van', '15');
  const point = await t.point(operator.id, 'Đồi chè Suối Giàng');
  experienceId = (await t.experience(point.id, 'Hái chè Shan tuyết', { durationMinutes: 150 })).id;
});

describe('slot generation', () => {
  it('reads start times as Vietnam time (UTC+7) on the chosen ISO weekdays', async () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(vietnamInstant('2026-11-28', '08:00').toISOString()).toBe('2026-11-28T01:00:00.000Z');
    const result = await t.services().experienceSlots.generate(t.admin, {
      experienceId, fromDate: '2026-11-23', toDate: '2026-11-29', weekdays: [6, 7], startTimes: ['08:00', '06:30'], capacity: 12,
    });
    expect(result.userErrors).toEqual([]);
    expect(result.result!.created).toBe(4);
    const slots = await slotsOf(experienceId);
    expect(slots.map((s) => new Date(s.startsAt).toISOString())).toEqual([
      '2026-11-27T23:30:00.000Z', '2026-11-28T01:00:00.000Z', '2026-11-28T23:30:00.000Z', '2026-11-29T01:00:00.000Z',
    ]);
    // The end follows the duration (150 minutes).
    expect(new Date(slots[0]!.endsAt).toISOString()).toBe('2026-11-28T02:00:00.000Z');
  });

  it('skips starts that already have a slot, and past starts', async () => {
    const result = await t.services().experienceSlots.generate(t.admin, {
      experienceId, fromDate: '2026-11-23', toDate: '2026-11-30', weekdays: [1, 6, 7], startTimes: ['08:00'], capacity: 5,
    });
    // Monday 23/11 08:00 is past; Saturday and Sunday 08:00 exist; only Monday 30/11 is new.
    expect(result.result!.created).toBe(1);
  });

  it('refuses bad ranges, weekdays, times and capacities with stable codes', async () => {
    const result = await t.services().experienceSlots.generate(t.admin, {
      experienceId, fromDate: '2026-12-10', toDate: '2026-12-01', weekdays: [0, 8], startTimes: ['25:00'], capacity: 0,
    });
    expect(result.userErrors.map((e) => e.code)).toEqual(['DATE_RANGE_INVALID', 'WEEKDAYS_REQUIRED', 'TIME_INVALID', 'CAPACITY_INVALID']);
    const tooMany = await t.services().experienceSlots.generate(t.admin, {
      experienceId, fromDate: '2027-01-01', toDate: '2027-12-31', weekdays: [1, 2, 3, 4, 5, 6, 7], startTimes: ['06:00', '07:00', '08:00', '09:00', '10:00', '11:00'], capacity: 5,
    });
    expect(tooMany.userErrors.map((e) => e.code)).toEqual(['TOO_MANY_SLOTS']);
  });
});

describe('slot edits', () => {
  it('never lets the capacity fall below the places held and booked', async () => {
    const [slot] = await slotsOf(experienceId);
    await rows(orm.em.fork(), `update experience_slot set held = 3, booked = 5 where id = ?`, [slot!.id]);
    const below = await t.services().experienceSlots.update(t.admin, { slotId: slot!.id, capacity: 7 });
    expect(below.userErrors.map((e) => e.code)).toEqual(['CAPACITY_BELOW_BOOKED']);
    expect((await slotsOf(experienceId))[0]!.capacity).toBe(12);
    const exact = await t.services().experienceSlots.update(t.admin, { slotId: slot!.id, capacity: 8 });
    expect(exact.result).toMatchObject({ capacity: 8, held: 3, booked: 5 });
    expect((await t.services().experienceSlots.update(t.admin, { slotId: slot!.id, capacity: 0 })).userErrors[0]!.code).toBe('CAPACITY_INVALID');
  });

  it('moves a slot (the end follows), but not into the past nor onto another slot', async () => {
    const [first, second] = await slotsOf(experienceId);
    const moved = await t.services().experienceSlots.update(t.admin, { slotId: first!.id, startsAt: vietnamInstant('2026-11-28', '07:00') });
    expect(moved.userErrors).toEqual([]);
    expect(new Date(moved.result!.endsAt).toISOString()).toBe('2026-11-28T02:30:00.000Z');
    const taken = await t.services().experienceSlots.update(t.admin, { slotId: first!.id, startsAt: new Date(second!.startsAt) });
    expect(taken.userErrors[0]!.code).toBe('SLOT_TIME_TAKEN');
    const past = await t.services().experienceSlots.update(t.admin, { slotId: first!.id, startsAt: new Date('2026-11-20T01:00:00Z') });
    expect(past.userErrors[0]!.code).toBe('STARTS_IN_PAST');
  });

  it('closes and reopens one slot, and closes a range of Vietnam days', async () => {
    const [slot] = await slotsOf(experienceId);
    const closed = await t.services().experienceSlots.close(t.admin, slot!.id, 'Mưa lớn');
    expect(closed.result).toMatchObject({ closeReason: 'Mưa lớn' });
    expect(closed.result!.closedAt).not.toBeNull();
    const reopened = await t.services().experienceSlots.reopen(t.admin, slot!.id);
    expect(reopened.result).toMatchObject({ closedAt: null, closeReason: null });
    // Sunday 29/11 in Vietnam: the 06:30 slot is Saturday 23:30 UTC, still Sunday's.
    const range = await t.services().experienceSlots.closeRange(t.admin, { experienceId, fromDate: '2026-11-29', toDate: '2026-11-29', reason: 'Lễ hội' });
    expect(range.result!.closed).toBe(2);
    const open = (await slotsOf(experienceId)).filter((s) => !s.closedAt).map((s) => new Date(s.startsAt).toISOString());
    expect(open).toEqual(['2026-11-28T00:00:00.000Z', '2026-11-28T01:00:00.000Z', '2026-11-30T01:00:00.000Z']);
  });

  it('keeps held + booked within capacity in the database itself', async () => {
    const [slot] = await slotsOf(experienceId);
    await expect(rows(orm.em.fork(), `update experience_slot set booked = capacity + 1 where id = ?`, [slot!.id])).rejects.toThrow(/experience_slot_places_check/);
  });
});
