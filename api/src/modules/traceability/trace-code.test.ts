import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../db/seed/random.js';
import { newTraceCode, normaliseTraceCode, qrCodeUrl, traceCodeFrom, traceUrl } from './trace-code.js';

describe('trace codes', () => {
  it('are 10 URL-safe characters of Crockford base32, without i, l, o or u', () => {
    for (let i = 0; i < 1000; i++) expect(newTraceCode()).toMatch(/^[0-9a-hjkmnp-tv-z]{10}$/);
  });

  it('are drawn at random: 20,000 fresh codes never repeat and use the whole alphabet', () => {
    const codes = Array.from({ length: 20_000 }, newTraceCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes.join('')).size).toBe(32);
  });

  it('come out the same from the same seeded PRNG (for the demo seed only)', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect(traceCodeFrom(a)).toBe(traceCodeFrom(b));
    expect(traceCodeFrom(seededRandom(1))).not.toBe(traceCodeFrom(seededRandom(2)));
  });

  it('read back from a hand-typed label: case and look-alike letters fold, anything else is no code', () => {
    expect(normaliseTraceCode(' 8PW1MNRBJ6 ')).toBe('8pw1mnrbj6');
    expect(normaliseTraceCode('8pwLmnrbj6')).toBe('8pw1mnrbj6');
    expect(normaliseTraceCode('8pwimnrbjO')).toBe('8pw1mnrbj0');
    expect(normaliseTraceCode('8pw1mnrbj')).toBeNull();
    expect(normaliseTraceCode('8pw1mnrbj6u')).toBeNull();
    expect(normaliseTraceCode('../../etc/x')).toBeNull();
    expect(normaliseTraceCode('')).toBeNull();
  });

  it("point at the storefront's trace page and its QR images", () => {
    expect(traceUrl('https://ocop.example.vn/', 'abc')).toBe('https://ocop.example.vn/truy-xuat/abc');
    expect(qrCodeUrl('https://ocop.example.vn', 'abc', 'png')).toBe('https://ocop.example.vn/qr/abc.png');
  });
});
