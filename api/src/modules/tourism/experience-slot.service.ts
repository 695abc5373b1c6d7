import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, isIsoDate } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { orderedBy, rows } from '../../lib/sql.js';
import type { Viewer } from '../accounts/viewer.js';
import type { ExperienceRecord } from './experience-records.js';
import type { ExperienceService } from './experience.service.js';
import { failedWith, ok, tourismError, type TourismResult, type TourismUserError } from './tourism-errors.js';

export interface SlotRecord {
  id: string;
  experienceId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  held: number;
  booked: number;
  closedAt: Date | null;
  closeReason: string | null;
}

export const SLOT_COLUMNS = `id, experience_id as "experienceId", starts_at as "startsAt", ends_at as "endsAt", capacity, held, booked,
  closed_at as "closedAt", close_reason as "closeReason"`;

/** Vietnam has kept UTC+7 without daylight saving since 1975: a local time maps to one instant. */
const VIETNAM_OFFSET = '+07:00';
/** At most this many days in one generation or one query of slots, and this many slots generated at once. */
export const MAX_SLOT_DAYS = 366;
export const MAX_GENERATED_SLOTS = 2000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The instant of a Vietnam wall-clock time ('YYYY-MM-DD', 'HH:MM'). */
export function vietnamInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00${VIETNAM_OFFSET}`);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar day. */
export function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

export function remainingOf(slot: SlotRecord): number {
  return slot.capacity - slot.held - slot.booked;
}

/** Whether a new booking may take the slot now: open, not past its cut-off, with a place left. */
export function isBookable(slot: SlotRecord, experience: Pick<ExperienceRecord, 'bookingCutoffHours'>, now: Date): boolean {
  const cutoff = new Date(slot.startsAt).getTime() - experience.bookingCutoffHours * 3_600_000;
  return !slot.closedAt && now.getTime() < cutoff && remainingOf(slot) > 0;
}

/**
 * Slots of experiences: the operator generates them in bulk (Vietnam time), moves one, changes its
 * capacity (never below what is held and booked), closes and reopens them. `held` and `booked` are
 * the bookings module's: never written here.
 */
export class ExperienceSlotService {
  constructor(
    private readonly em: EntityManager,
    private readonly experiences: ExperienceService,
    private readonly now: () => Date,
  ) {}

  async byIds(ids: readonly string[]): Promise<(SlotRecord | undefined)[]> {
    const found = await rows<SlotRecord>(this.em, `select ${SLOT_COLUMNS} from experience_slot where id = any(?)`, [ids]);
    return orderedBy(ids, found, (s) => s.id);
  }

  /** Slots of experiences starting in [from, to), by start (for a DataLoader keyed by experience). */
  async ofExperiences(experienceIds: readonly string[], range: { from: Date; to: Date }): Promise<SlotRecord[][]> {
    const found = await rows<SlotRecord>(
      this.em,
      `select ${SLOT_COLUMNS} from experience_slot where experience_id = any(?) and starts_at >= ? and starts_at < ? order by experience_id, starts_at`,
      [experienceIds, range.from, range.to],
    );
    return experienceIds.map((id) => found.filter((s) => s.experienceId === id));
  }

  /**
   * Creates a slot at each of `startTimes` (Vietnam time) on each day from `fromDate` to `toDate`
   * (inclusive) whose ISO weekday is listed; starts that already have a slot, or are past, are skipped.
   */
  async generate(
    viewer: Viewer | null,
    input: { experienceId: string | null; fromDate: string; toDate: string; weekdays: number[]; startTimes: string[]; capacity: number },
  ): Promise<TourismResult<{ experience: ExperienceRecord; created: number }>> {
    const experience = await this.experiences.managed(viewer, input.experienceId);
    if (!experience) return failedWith(tourismError('experienceId', 'NOT_FOUND', 'There is no such experience.'));
    const errors: TourismUserError[] = [];
    const rangeOk = isIsoDate(input.fromDate) && isIsoDate(input.toDate) && input.fromDate <= input.toDate && input.toDate <= addDays(input.fromDate, MAX_SLOT_DAYS - 1);
    if (!rangeOk) errors.push(tourismError('toDate', 'DATE_RANGE_INVALID', `Give a start and an end date, at most ${MAX_SLOT_DAYS} days apart.`));
    const weekdays = new Set(input.weekdays);
    if (!weekdays.size || [...weekdays].some((d) => !Number.isInteger(d) || d < 1 || d > 7)) errors.push(tourismError('weekdays', 'WEEKDAYS_REQUIRED', 'Choose at least one weekday (1 = Monday … 7 = Sunday).'));
    const times = [...new Set(input.startTimes.map((t) => t.trim()))];
    if (!times.length || times.some((t) => !TIME.test(t))) errors.push(tourismError('startTimes', 'TIME_INVALID', 'Give start times as HH:MM (24 hours).'));
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 10_000) errors.push(tourismError('capacity', 'CAPACITY_INVALID', 'Give a capacity of at least 1.'));
    if (errors.length) return failedWith(...errors);
    const now = this.now().getTime();
    const starts: Date[] = [];
    for (let day = input.fromDate; day <= input.toDate; day = addDays(day, 1)) {
      if (!weekdays.has(isoWeekday(day))) continue;
      for (const time of times) {
        const at = vietnamInstant(day, time);
        if (at.getTime() > now) starts.push(at);
      }
    }
    if (starts.length > MAX_GENERATED_SLOTS) return failedWith(tourismError('toDate', 'TOO_MANY_SLOTS', `At most ${MAX_GENERATED_SLOTS} slots at once.`));
    const created = starts.length
      ? await rows<{ id: string }>(
          this.em,
          `insert into experience_slot (id, experience_id, starts_at, ends_at, capacity, held, booked, created_at, updated_at)
           select s.id, ?, s.starts_at, s.starts_at + make_interval(mins => ?), ?, 0, 0, now(), now()
           from unnest(?::text[], ?::timestamptz[]) as s(id, starts_at)
           on conflict (experience_id, starts_at) do nothing returning id`,
          [experience.id, experience.durationMinutes, input.capacity, starts.map(() => newId('experienceSlot')), starts],
        )
      : [];
    return ok({ experience, created: created.length });
  }

  /** Moves a slot (its end follows the duration) or changes its capacity, never below its held + booked places. */
  async update(viewer: Viewer | null, input: { slotId: string | null; startsAt?: Date | null; capacity?: number | null }): Promise<TourismResult<SlotRecord>> {
    const found = await this.managed(viewer, input.slotId);
    if (!found) return failedWith(tourismError('slotId', 'NOT_FOUND', 'There is no such slot.'));
    const { slot, experience } = found;
    if (input.capacity != null && (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 10_000)) {
      return failedWith(tourismError('capacity', 'CAPACITY_INVALID', 'Give a capacity of at least 1.'));
    }
    if (input.startsAt && input.startsAt.getTime() <= this.now().getTime()) return failedWith(tourismError('startsAt', 'STARTS_IN_PAST', 'A slot cannot be moved into the past.'));
    if (input.startsAt) {
      const [taken] = await rows<{ id: string }>(this.em, `select id from experience_slot where experience_id = ? and starts_at = ? and id <> ?`, [experience.id, input.startsAt, slot.id]);
      if (taken) return failedWith(tourismError('startsAt', 'SLOT_TIME_TAKEN', 'Another slot of this experience starts then.'));
    }
    // Conditional: held and booked may change concurrently (bookings); the check is in the UPDATE itself.
    const [updated] = await rows<SlotRecord>(
      this.em,
      `update experience_slot set
         capacity = coalesce(?::int, capacity),
         starts_at = coalesce(?::timestamptz, starts_at),
         ends_at = coalesce(?::timestamptz, starts_at) + make_interval(mins => ?),
         updated_at = now()
       where id = ? and held + booked <= coalesce(?::int, capacity)
       returning ${SLOT_COLUMNS}`,
      [input.capacity ?? null, input.startsAt ?? null, input.startsAt ?? null, input.startsAt ? experience.durationMinutes : Math.round((new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()) / 60_000),
        slot.id, input.capacity ?? null],
    );
    if (!updated) return failedWith(tourismError('capacity', 'CAPACITY_BELOW_BOOKED', 'The capacity cannot go below the places already held and booked.'));
    return ok(updated);
  }

  async close(viewer: Viewer | null, slotId: string | null, reason: string | null): Promise<TourismResult<SlotRecord>> {
    const found = await this.managed(viewer, slotId);
    if (!found) return failedWith(tourismError('slotId', 'NOT_FOUND', 'There is no such slot.'));
    const [closed] = await rows<SlotRecord>(
      this.em,
      `update experience_slot set closed_at = coalesce(closed_at, ?), close_reason = ?, updated_at = now() where id = ? returning ${SLOT_COLUMNS}`,
      [this.now(), reason?.trim() || null, found.slot.id],
    );
    return ok(closed!);
  }

  async reopen(viewer: Viewer | null, slotId: string | null): Promise<TourismResult<SlotRecord>> {
    const found = await this.managed(viewer, slotId);
    if (!found) return failedWith(tourismError('slotId', 'NOT_FOUND', 'There is no such slot.'));
    const [open] = await rows<SlotRecord>(this.em, `update experience_slot set closed_at = null, close_reason = null, updated_at = now() where id = ? returning ${SLOT_COLUMNS}`, [found.slot.id]);
    return ok(open!);
  }

  /** Closes every open slot of the experience starting on the Vietnam days fromDate..toDate (inclusive). */
  async closeRange(
    viewer: Viewer | null,
    input: { experienceId: string | null; fromDate: string; toDate: string; reason: string | null },
  ): Promise<TourismResult<{ experience: ExperienceRecord; closed: number }>> {
    const experience = await this.experiences.managed(viewer, input.experienceId);
    if (!experience) return failedWith(tourismError('experienceId', 'NOT_FOUND', 'There is no such experience.'));
    if (!isIsoDate(input.fromDate) || !isIsoDate(input.toDate) || input.fromDate > input.toDate || input.toDate > addDays(input.fromDate, MAX_SLOT_DAYS - 1)) {
      return failedWith(tourismError('toDate', 'DATE_RANGE_INVALID', `Give a start and an end date, at most ${MAX_SLOT_DAYS} days apart.`));
    }
    const closed = await rows<{ id: string }>(
      this.em,
      `update experience_slot set closed_at = ?, close_reason = ?, updated_at = now()
       where experience_id = ? and closed_at is null and starts_at >= ? and starts_at < ? returning id`,
      [this.now(), input.reason?.trim() || null, experience.id, vietnamInstant(input.fromDate, '00:00'), vietnamInstant(addDays(input.toDate, 1), '00:00')],
    );
    return ok({ experience, closed: closed.length });
  }

  private async managed(viewer: Viewer | null, slotId: string | null): Promise<{ slot: SlotRecord; experience: ExperienceRecord } | null> {
    const [slot] = slotId ? await this.byIds([slotId]) : [];
    const experience = await this.experiences.managed(viewer, slot?.experienceId ?? null);
    return slot && experience ? { slot, experience } : null;
  }
}
