import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../lib/sql.js';
import { DEMO_CRAFT_VILLAGES } from './craft-villages.js';
import { PRODUCT_GROUPS } from '../../modules/catalog/product-group.js';
import { PRODUCER_KINDS } from '../../modules/producers/producer-kind.js';
import { testDatabase } from '../../test/database.js';
import type { Orm } from '../orm.js';
import { addMonths, generateSeedData, type ProvinceRef, type SeedData } from './generate.js';
import { DEMO_SIZE, loadProvinces, seedIfEmpty, writeSeedData } from './seed.js';

let orm: Orm;
let provinces: ProvinceRef[];
let data: SeedData;
beforeAll(async () => {
  ({ orm } = await testDatabase());
  provinces = await loadProvinces(orm.em.fork());
  data = generateSeedData({ ...DEMO_SIZE, provinces });
});

describe('reference provinces', () => {
  it('are the 34 current units and the 63 before, each old one mapped to a current one', () => {
    const current = provinces.filter((p) => p.validTo === null);
    const historic = provinces.filter((p) => p.validTo !== null);
    expect(current).toHaveLength(34);
    expect(historic).toHaveLength(63);
    expect(new Set(current.map((p) => p.code)).size).toBe(34);
    const byId = new Map(provinces.map((p) => [p.id, p]));
    for (const h of historic) expect(byId.get(h.successorId!)?.validTo).toBeNull();
    expect(byId.get(byId.get('prv_old_30')!.successorId!)!.name).toBe('Hải Phòng');
    expect(byId.get(byId.get('prv_old_44')!.successorId!)!.name).toBe('Quảng Trị');
  });
});

describe('demo seed', () => {
  it('is deterministic, ids included', () => {
    expect(generateSeedData({ ...DEMO_SIZE, provinces })).toEqual(data);
  });

  it('has ~60 producers of each kind and ~300 products in all six groups at 3, 4 and 5 stars', () => {
    for (const kind of PRODUCER_KINDS) expect(data.producers.filter((p) => p.kind === kind)).toHaveLength(60);
    expect(data.products).toHaveLength(300);
    expect(new Set(data.products.map((p) => p.group))).toEqual(new Set(PRODUCT_GROUPS));
    expect(new Set(data.certificates.map((c) => c.stars))).toEqual(new Set([3, 4, 5]));
    expect(new Set(data.products.map((p) => p.slug)).size).toBe(300);
    expect(new Set(data.producers.map((p) => p.slug)).size).toBe(240);
    expect(new Set(data.products.map((p) => `${p.producerId}|${p.name}`)).size).toBe(300);
    expect(data.products.some((p) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/.test(p.name))).toBe(true);
  });

  it('prices products from their variants, in integer đồng', () => {
    for (const p of data.products) {
      const own = data.variants.filter((v) => v.productId === p.id);
      expect(own.length).toBeGreaterThan(0);
      expect(p.priceAmount).toBe(Math.min(...own.map((v) => v.priceAmount)));
      for (const v of own) expect(Number.isSafeInteger(v.priceAmount) && v.priceAmount > 0 && v.stock >= 0).toBe(true);
    }
    expect(new Set(data.variants.map((v) => v.sku)).size).toBe(data.variants.length);
  });

  it('certificates run 36 months from the decision, issued by the unit of their day', () => {
    for (const c of data.certificates) expect(c.validUntil).toBe(addMonths(c.decisionDate, 36));
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
    const afterReform = data.certificates.filter((c) => c.decisionDate >= '2025-07-01');
    expect(afterReform.some((c) => c.issuedBy.includes('Hải Dương'))).toBe(false);
    expect(data.certificates.some((c) => c.decisionDate < '2025-07-01' && c.issuedBy.includes('Hải Dương'))).toBe(true);
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

  it('scales to N products with unique slugs and SKUs', () => {
    const big = generateSeedData({ products: 5000, producersPerKind: 60, provinces });
    expect(new Set(big.products.map((p) => p.slug)).size).toBe(5000);
    expect(new Set(big.variants.map((v) => v.sku)).size).toBe(big.variants.length);
  });

  it('keeps pre-2025 addresses as issued (district, old commune) and resolves them to the current commune', async () => {
    const historicCommune = data.communes.find((c) => c.validTo)!;
    const producer = data.producers.find((p) => p.communeId === historicCommune.id)!;
    expect(producer).toBeDefined();
    const { testApi } = await import('../../test/api.js');
    const { orm: fresh } = await testDatabase();
    await fresh.em.fork().transactional((em) => writeSeedData(em, data));
    const api = await testApi(fresh);
    const { data: result, errors } = await api.gql(`{ producer(slug: "${producer.slug}") { province { validTo current { name } } commune { name validTo district { name validTo } current { name validTo } } } }`);
    expect(errors).toBeUndefined();
    const commune = result!.producer.commune;
    expect(commune.validTo).toBe('2025-06-30');
    expect(commune.district.name).toMatch(/^Huyện /);
    expect(commune.current.validTo).toBeNull();
    expect(commune.current.name).not.toBe('');
  });

  it('fills an empty database once and leaves a populated one alone', async () => {
    expect(await seedIfEmpty(orm)).toMatchObject({ products: 300, producers: 240, batches: data.batches.length });
    expect(await seedIfEmpty(orm)).toBeNull();
  });

  it('records the demo craft villages and places OCOP producers of their province in some, so the national target has a number', async () => {
    const { createServices } = await import('../../modules/services.js');
    const em = orm.em.fork();
    const villages = await rows<{ n: number; placed: number }>(em, `select count(*)::int as n, (select count(*)::int from craft_village_producer) as placed from craft_village`);
    expect(villages[0]!.n).toBe(DEMO_CRAFT_VILLAGES.length);
    expect(villages[0]!.placed).toBeGreaterThan(5);
    const [target] = await createServices(em).programme.measuredTargets(['tgt_national_craft_villages']);
    const [progress] = await createServices(em).programmeStats.progress([target!], new Date().toISOString().slice(0, 10));
    expect(progress!.share!.total).toBe(DEMO_CRAFT_VILLAGES.length);
    expect(progress!.share!.count).toBeGreaterThan(3);
    expect(progress!.value).toBeGreaterThan(0);
  });
});
