/** The calendar day in Vietnam (UTC+7), as 'YYYY-MM-DD': OCOP validity is judged on the day of viewing. */
export function vietnamToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}
