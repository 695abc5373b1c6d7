import { describe, expect, it } from 'vitest';
import { vietnamesePhone } from './contact.js';
import { memoKey, newOrderNumber, orderNumberInMemo } from './order-number.js';

describe('Vietnamese phone numbers', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['+84 912.345.678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0381234567', '0381234567'],
    ['024 3826 1234', '02438261234'],
  ])('accepts %s as %s', (input, expected) => expect(vietnamesePhone(input)).toBe(expected));

  it.each(['091234567', '09123456789', '0112345678', '+1 415 555 0100', 'abc', ''])('refuses %s', (input) => expect(vietnamesePhone(input)).toBeNull());
});

describe('order numbers', () => {
  it('are OCOP-<yymm in Vietnam>-<6 unambiguous characters>', () => {
    // 30 Nov 2026 20:00 UTC is already 1 Dec in Vietnam.
    expect(newOrderNumber(new Date('2026-11-30T20:00:00Z'))).toMatch(/^OCOP-2612-[2-9A-HJ-NP-Z]{6}$/);
  });

  it('are found in bank memos whatever the punctuation and case', () => {
    expect(orderNumberInMemo('ocop 2611 7kq2mx thanh toan')).toBe('OCOP-2611-7KQ2MX');
    expect(orderNumberInMemo('MBVCB.123.OCOP-2611-7KQ2MX.CT tu 0011')).toBe('OCOP-2611-7KQ2MX');
    expect(orderNumberInMemo('tien hang')).toBeNull();
    expect(memoKey('OCOP-2611-7KQ2MX')).toBe('OCOP26117KQ2MX');
  });
});
