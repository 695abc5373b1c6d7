import { describe, expect, it } from 'vitest';
import { PRODUCT_GROUPS } from '../../modules/catalog/product-group.js';
import { PRODUCER_KINDS } from '../../modules/producers/producer-kind.js';
import { testDatabase } from '../../test/database.js';
import { addMonths, generateSeedData } from './generate.js';
import { DEMO_SIZE, seedIfEmpty } from './seed.js';

describe('demo seed', () => {
  const data = generateSeedData(DEMO_SIZE);

  it('is deterministic, ids included', () => {
    expect(generateSeedData(DEMO_SIZE)).toEqual(data);
  });

  it('has the 34 current provinces and historic ones mapped to a current unit', () => {
    const current = data.provinces.filter((p) => p.validTo === null);
    expect(current).toHaveLength(34);
    expect(new Set(current.map((p) => p.code)).size).toBe(34);
    const haiDuong = data.provinces.find((p) => p.name === 'Hải Dương')!;
    expect(data.provinces.find((p) => p.id === haiDuong.successorId)!.name).toBe('Hải Phòng');
  });

  it('has ~60 producers of each kind and ~300 products in all six groups at 3, 4 and 5 stars', () => {
    for (const kind of PRODUCER_KINDS) expect(data.producers.filter((p) => p.kind === kind)).toHaveLength(60);
    expect(data.products).toHaveLength(300);
    expect(new Set(data.products.map((p) => p.group))).toEqual(new Set(PRODUCT_GROUPS));
    expect(new Set(data.certificates.map((c) => c.stars))).toEqual(new Set([3, 4, 5]));
    expect(new Set(data.products.map((p) => p.slug)).size).toBe(300);
    for (const p of data.products) expect(Number.isSafeInteger(p.priceAmount) && p.priceAmount > 0).toBe(true);
    expect(data.products.some((p) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/.test(p.name))).toBe(true);
  });

  it('certificates run 36 months from the decision', () => {
    for (const c of data.certificates) expect(c.validUntil).toBe(addMonths(c.decisionDate, 36));
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
  });

  it('gives every product but tourism experiences 1 to 3 batches with unique lot codes and trace codes', () => {
    const perProduct = new Map<string, number>();
    for (const b of data.batches) perProduct.set(b.productId, (perProduct.get(b.productId) ?? 0) + 1);
    for (const p of data.products) {
      if (p.group === 'TOURISM') expect(perProduct.has(p.id)).toBe(false);
      else expect(perProduct.get(p.id)).toBeOneOf([1, 2, 3]);
    }
    expect(new Set(data.batches.map((b) => `${b.productId}/${b.lotCode}`)).size).toBe(data.batches.length);
    expect(new Set(data.batches.map((b) => b.traceCode)).size).toBe(data.batches.length);
    for (const b of data.batches) {
      expect(b.traceCode).toMatch(/^[0-9a-hjkmnp-tv-z]{10}$/);
      if (b.expiryDate) expect(b.expiryDate >= b.productionDate).toBe(true);
    }
    // Some expired and some in date on the demo's "today", so the trace page shows both.
    expect(data.batches.some((b) => b.expiryDate && b.expiryDate < '2026-11-23')).toBe(true);
    expect(data.batches.some((b) => b.expiryDate && b.expiryDate > '2027-01-01')).toBe(true);
  });

  it('scales to N products with unique slugs', () => {
    const big = generateSeedData({ products: 5000, producersPerKind: 60 });
    expect(new Set(big.products.map((p) => p.slug)).size).toBe(5000);
  });

  it('fills an empty database once and leaves a populated one alone', async () => {
    const { orm } = await testDatabase();
    expect(await seedIfEmpty(orm)).toMatchObject({ products: 300, producers: 240, batches: data.batches.length });
    expect(await seedIfEmpty(orm)).toBeNull();
  });
});
