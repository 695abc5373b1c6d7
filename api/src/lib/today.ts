// One formatter for the process: each Intl.DateTimeFormat holds native ICU calendar data that V8
// does not count towards its heap, so making one per request grew the API's memory by ~25 kB a
// request until a full GC happened to run (measured: 1.1 GB after 40,000 requests).
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** The calendar day in Vietnam (UTC+7), as 'YYYY-MM-DD': OCOP validity is judged on the day of viewing. */
export function vietnamToday(now: Date = new Date()): string {
  return VIETNAM_DAY.format(now);
}
