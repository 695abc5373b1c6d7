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
