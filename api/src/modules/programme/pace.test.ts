import { describe, expect, it } from 'vitest';
import { elapsedFraction, progressOf } from './pace.js';

const haiPhong = { kind: 'PRODUCTS_CERTIFIED_MIN_STARS' as const, targetValue: 335, periodStart: '2021-01-01', periodEnd: '2025-12-31' };

describe('pace over a plan period', () => {
  it('counts days inclusively: the middle day of 2021–2025 is half way', () => {
    expect(elapsedFraction('2021-01-01', '2025-12-31', '2023-07-02')).toBe(0.5);
    expect(elapsedFraction('2021-01-01', '2025-12-31', '2020-12-31')).toBe(0);
    expect(elapsedFraction('2021-01-01', '2025-12-31', '2021-01-01')).toBeCloseTo(1 / 1826);
    expect(elapsedFraction('2021-01-01', '2025-12-31', '2025-12-31')).toBe(1);
    expect(elapsedFraction('2021-01-01', '2025-12-31', '2030-01-01')).toBe(1);
  });

  it('expects 335 × elapsed fraction: 167.5 half way, so 170 is on track and 160 behind', () => {
    expect(progressOf(haiPhong, { value: 170 }, '2023-07-02')).toMatchObject({ expected: 167.5, percent: 50.7, status: 'ON_TRACK' });
    expect(progressOf(haiPhong, { value: 160 }, '2023-07-02')).toMatchObject({ expected: 167.5, percent: 47.8, status: 'BEHIND' });
  });

  it('judges the same value differently at different clock dates', () => {
    expect(progressOf(haiPhong, { value: 100 }, '2021-12-31').status).toBe('ON_TRACK'); // expected 67.1
    expect(progressOf(haiPhong, { value: 100 }, '2022-12-31').status).toBe('BEHIND'); // expected 134.1
    expect(progressOf(haiPhong, { value: 100 }, '2026-11-23')).toMatchObject({ expected: 335, status: 'BEHIND' });
    expect(progressOf(haiPhong, { value: 0 }, '2020-06-01')).toMatchObject({ expected: 0, status: 'ON_TRACK' });
    expect(progressOf(haiPhong, { value: 340 }, '2024-01-01')).toMatchObject({ percent: 101.5, status: 'ACHIEVED' });
  });

  it('measures N products each year on the total, and is behind when a finished year fell short', () => {
    const perYear = { kind: 'PRODUCTS_PER_YEAR_MIN_STARS' as const, targetValue: 50, periodStart: '2023-01-01', periodEnd: '2025-12-31' };
    const good = progressOf(perYear, { value: 110, years: [{ year: 2023, value: 55 }, { year: 2024, value: 55 }] }, '2025-02-01');
    expect(good).toMatchObject({ target: 150, status: 'ON_TRACK', years: [{ year: 2023, value: 55 }, { year: 2024, value: 55 }, { year: 2025, value: 0 }] });
    const shortYear = progressOf(perYear, { value: 110, years: [{ year: 2023, value: 80 }, { year: 2024, value: 30 }] }, '2025-02-01');
    expect(shortYear.status).toBe('BEHIND');
  });

  it('says NOT_MEASURED, never a number, when the platform cannot measure a target', () => {
    const villages = { kind: 'SHARE_CRAFT_VILLAGES_WITH_OCOP' as const, targetValue: 40, periodStart: '2021-01-01', periodEnd: '2025-12-31' };
    expect(progressOf(villages, { value: null }, '2023-07-02')).toMatchObject({ value: null, percent: null, status: 'NOT_MEASURED', expected: 20 });
  });
});
