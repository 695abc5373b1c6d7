import { describe, expect, it } from 'vitest';
import { vietnamToday } from '../../lib/today.js';
import { daysUntil, expiryWarning } from './expiry.js';

describe('certificate expiry warnings', () => {
  it('counts days to the last valid day', () => {
    expect(daysUntil('2026-03-31', '2026-03-01')).toBe(30);
    expect(daysUntil('2026-03-01', '2026-03-01')).toBe(0);
    expect(daysUntil('2028-02-29', '2028-02-28')).toBe(1);
  });

  it('warns 90 days ahead, then 30 days ahead', () => {
    expect(expiryWarning('2026-06-01', '2026-03-02')).toBe('NONE'); // 91 days
    expect(expiryWarning('2026-06-01', '2026-03-03')).toBe('WITHIN_90_DAYS'); // 90 days
    expect(expiryWarning('2026-06-01', '2026-05-01')).toBe('WITHIN_90_DAYS'); // 31 days
    expect(expiryWarning('2026-06-01', '2026-05-02')).toBe('WITHIN_30_DAYS'); // 30 days
    expect(expiryWarning('2026-06-01', '2026-06-01')).toBe('WITHIN_30_DAYS'); // last day
  });

  it('judges the day in Vietnam: 18:00 UTC is already the next day there', () => {
    const now = new Date('2026-03-02T18:00:00Z');
    expect(vietnamToday(now)).toBe('2026-03-03');
    expect(expiryWarning('2026-06-01', vietnamToday(now))).toBe('WITHIN_90_DAYS');
  });
});
