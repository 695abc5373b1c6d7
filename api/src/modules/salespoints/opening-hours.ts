import { z } from 'zod';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * One weekly opening interval: ISO weekday (1 = Monday … 7 = Sunday) and local wall-clock times.
 * `closes` earlier than (or equal to) `opens` means the interval runs past midnight into the next day
 * (a night market kiosk 18:00–02:00). '24:00' closes at the end of the day.
 */
export const openingIntervalSchema = z
  .object({
    day: z.number().int().min(1).max(7),
    opens: z.string().regex(TIME),
    closes: z.string().regex(TIME),
  })
  .refine((i) => i.opens !== '24:00', { message: 'opens cannot be 24:00', path: ['opens'] })
  .refine((i) => i.opens !== i.closes, { message: 'an interval cannot be empty', path: ['closes'] });

export const openingHoursSchema = z.array(openingIntervalSchema).max(70);

export type OpeningInterval = z.infer<typeof openingIntervalSchema>;
export type OpeningHours = OpeningInterval[];

/** A point's local wall clock at an instant: ISO weekday 1–7 and minutes since midnight. */
export function localClock(at: Date, timeZone: string): { day: number; minute: number; date: { y: number; m: number; d: number } } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1;
  return { day, minute: Number(parts.hour) * 60 + Number(parts.minute), date: { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day) } };
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether the point is open at `at`. Same rule as the SQL filter in SalesPointService (openNowSql):
 * an interval with `closes` after `opens` covers [opens, closes) of its day; otherwise it covers
 * [opens, 24:00) of its day and [00:00, closes) of the next.
 */
export function isOpenAt(hours: OpeningHours, timeZone: string, at: Date): boolean {
  const { day, minute } = localClock(at, timeZone);
  return hours.some((h) => {
    const opens = minutes(h.opens);
    const closes = minutes(h.closes);
    if (closes > opens) return h.day === day && minute >= opens && minute < closes;
    return (h.day === day && minute >= opens) || ((h.day % 7) + 1 === day && minute < closes);
  });
}

/** The UTC instant of a local wall-clock time in `timeZone` (two offset probes: right across DST changes). */
function zonedInstant(y: number, m: number, d: number, minuteOfDay: number, timeZone: string): Date {
  const wall = Date.UTC(y, m - 1, d, 0, minuteOfDay);
  const offsetAt = (t: number) => {
    const c = localClock(new Date(t), timeZone);
    return Date.UTC(c.date.y, c.date.m - 1, c.date.d, 0, c.minute) - Math.floor(t / 60_000) * 60_000;
  };
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}

/** The next instant (after `at`) at which the point opens, within the coming week; null when it has no hours. */
export function nextOpening(hours: OpeningHours, timeZone: string, at: Date): Date | null {
  if (!hours.length) return null;
  const { day, minute, date } = localClock(at, timeZone);
  let best: Date | null = null;
  for (let ahead = 0; ahead <= 7; ahead++) {
    const weekday = ((day - 1 + ahead) % 7) + 1;
    for (const h of hours) {
      if (h.day !== weekday) continue;
      const opens = minutes(h.opens);
      if (ahead === 0 && opens <= minute) continue;
      const base = new Date(Date.UTC(date.y, date.m - 1, date.d + ahead));
      const instant = zonedInstant(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), opens, timeZone);
      if (!best || instant < best) best = instant;
    }
    if (best) return best;
  }
  return best;
}
