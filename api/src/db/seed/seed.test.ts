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

  it('scales to N products with unique slugs', () => {
    const big = generateSeedData({ products: 5000, producersPerKind: 60 });
    expect(new Set(big.products.map((p) => p.slug)).size).toBe(5000);
  });

  it('fills an empty database once and leaves a populated one alone', async () => {
    const { orm } = await testDatabase();
    expect(await seedIfEmpty(orm)).toMatchObject({ products: 300, producers: 240 });
    expect(await seedIfEmpty(orm)).toBeNull();
  });
});
