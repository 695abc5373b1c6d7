import { beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../../db/orm.js';
import { rows } from '../../lib/sql.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';
import type { RecordBatchInput } from './batch-rules.js';
import { TraceabilityService } from './traceability.service.js';

const TODAY = '2026-11-23';
const catalogue = new CatalogueBuilder();
const hanoi = province.current('01');
const producer = catalogue.producer('HTX Chè Tân Cương', hanoi);
const che = catalogue.product('Chè búp Tân Cương gói 200 g', producer);
const banh = catalogue.product('Bánh cốm hộp 300 g', producer);

let orm: Orm;
beforeAll(async () => {
  ({ orm } = await testDatabase());
  await catalogue.write(orm);
});

const service = (drawTraceCode?: () => string) => new TraceabilityService(orm.em.fork(), drawTraceCode);
const input = (overrides: Partial<RecordBatchInput> = {}): RecordBatchInput => ({
  productId: che.id,
  lotCode: 'LSX-261101-01',
  productionDate: '2026-11-01',
  expiryDate: '2027-11-01',
  quantity: 500,
  unit: 'gói',
  rawMaterialOrigin: 'Đồi chè xã Tân Cương',
  rawMaterialProvinceId: hanoi.id,
  notes: 'Vụ chè thu',
  ...overrides,
});

describe('recording a batch', () => {
  it('stores it with a fresh random trace code and finds it again by that code', async () => {
    const { batch, userErrors } = await service().recordBatch(input(), { today: TODAY });
    expect(userErrors).toEqual([]);
    expect(batch).toMatchObject({
      productId: che.id, lotCode: 'LSX-261101-01', productionDate: '2026-11-01', expiryDate: '2027-11-01',
      quantity: 500, unit: 'gói', rawMaterialOrigin: 'Đồi chè xã Tân Cương', rawMaterialProvinceId: hanoi.id,
    });
    expect(batch!.traceCode).toMatch(/^[0-9a-z]{10}$/);
    expect(batch!.traceCode).not.toContain(batch!.id.slice(4, 14).toLowerCase());
    expect(await service().byTraceCode(batch!.traceCode.toUpperCase())).toEqual(batch);
  });

  it('refuses an expiry date before the production date (EXPIRY_BEFORE_PRODUCTION)', async () => {
    const { batch, userErrors } = await service().recordBatch(input({ lotCode: 'A', expiryDate: '2026-10-31' }), { today: TODAY });
    expect(batch).toBeNull();
    expect(userErrors).toEqual([expect.objectContaining({ field: ['expiryDate'], code: 'EXPIRY_BEFORE_PRODUCTION' })]);
  });

  it('accepts expiry on the production day, and no expiry at all for goods that do not expire', async () => {
    const sameDay = await service().recordBatch(input({ lotCode: 'B', expiryDate: '2026-11-01' }), { today: TODAY });
    expect(sameDay.userErrors).toEqual([]);
    const never = await service().recordBatch(input({ lotCode: 'C', expiryDate: null }), { today: TODAY });
    expect(never.batch!.expiryDate).toBeNull();
  });

  it('refuses a negative quantity (NEGATIVE_QUANTITY) and a fractional one (INVALID_QUANTITY)', async () => {
    const negative = await service().recordBatch(input({ lotCode: 'D', quantity: -1 }), { today: TODAY });
    expect(negative.userErrors.map((e) => e.code)).toEqual(['NEGATIVE_QUANTITY']);
    const fraction = await service().recordBatch(input({ lotCode: 'D', quantity: 1.5 }), { today: TODAY });
    expect(fraction.userErrors.map((e) => e.code)).toEqual(['INVALID_QUANTITY']);
    const zero = await service().recordBatch(input({ lotCode: 'D', quantity: 0 }), { today: TODAY });
    expect(zero.userErrors).toEqual([]);
  });

  it('refuses a lot code already recorded for the same product (DUPLICATE_LOT_CODE), not for another product', async () => {
    await service().recordBatch(input({ lotCode: 'LSX-DUP' }), { today: TODAY });
    const again = await service().recordBatch(input({ lotCode: ' LSX-DUP ' }), { today: TODAY });
    expect(again).toEqual({
      batch: null,
      userErrors: [{ field: ['lotCode'], code: 'DUPLICATE_LOT_CODE', message: 'Lot "LSX-DUP" is already recorded for this product.' }],
    });
    const other = await service().recordBatch(input({ productId: banh.id, lotCode: 'LSX-DUP' }), { today: TODAY });
    expect(other.userErrors).toEqual([]);
  });

  it('lets only one of two simultaneous recordings of the same lot succeed', async () => {
    const results = await Promise.all([1, 2, 3].map(() => service().recordBatch(input({ lotCode: 'LSX-RACE' }), { today: TODAY })));
    expect(results.filter((r) => r.batch)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'DUPLICATE_LOT_CODE')).toHaveLength(2);
  });

  it('draws another trace code when the random one is already taken', async () => {
    const taken = (await service().recordBatch(input({ lotCode: 'E' }), { today: TODAY })).batch!.traceCode;
    const draws = [taken, taken, 'zzzzzzzzz1'];
    const { batch } = await service(() => draws.shift()!).recordBatch(input({ lotCode: 'F' }), { today: TODAY });
    expect(batch!.traceCode).toBe('zzzzzzzzz1');
  });

  it('reports every broken rule at once: empty lot code and unit, impossible dates, production in the future', async () => {
    const { userErrors } = await service().recordBatch(
      input({ lotCode: '  ', unit: '', productionDate: '2026-02-30', expiryDate: 'soon' }),
      { today: TODAY },
    );
    expect(userErrors.map((e) => [e.field[0], e.code])).toEqual([
      ['lotCode', 'LOT_CODE_REQUIRED'],
      ['productionDate', 'INVALID_DATE'],
      ['expiryDate', 'INVALID_DATE'],
      ['unit', 'UNIT_REQUIRED'],
    ]);
    const future = await service().recordBatch(input({ lotCode: 'G', productionDate: '2026-11-24' }), { today: TODAY });
    expect(future.userErrors.map((e) => e.code)).toEqual(['PRODUCTION_DATE_IN_FUTURE']);
    const long = await service().recordBatch(input({ lotCode: 'x'.repeat(65), notes: 'n'.repeat(2001) }), { today: TODAY });
    expect(long.userErrors.map((e) => e.code)).toEqual(['LOT_CODE_TOO_LONG', 'TOO_LONG']);
  });

  it('names an unknown product or province instead of failing', async () => {
    const product = await service().recordBatch(input({ productId: 'prd_nothing', lotCode: 'H' }), { today: TODAY });
    expect(product.userErrors.map((e) => e.code)).toEqual(['PRODUCT_NOT_FOUND']);
    const province = await service().recordBatch(input({ rawMaterialProvinceId: 'prv_nothing', lotCode: 'H' }), { today: TODAY });
    expect(province.userErrors.map((e) => e.code)).toEqual(['PROVINCE_NOT_FOUND']);
  });

  it('answers null for unknown and malformed trace codes', async () => {
    expect(await service().byTraceCode('0000000000')).toBeNull();
    expect(await service().byTraceCode("' or 1=1 --")).toBeNull();
  });
});

describe('the batch table itself', () => {
  it('refuses a negative quantity and an expiry before production even when the service is bypassed', async () => {
    const em = orm.em.fork();
    const insert = (quantity: number, expiry: string) =>
      rows(em, `insert into batch (id, product_id, lot_code, production_date, expiry_date, quantity, unit, trace_code, created_at)
                values (?, ?, ?, '2026-01-01', ?::date, ?, 'hộp', ?, now())`, ['bat_raw', che.id, 'RAW', expiry, quantity, 'rawrawraw0']);
    await expect(insert(-5, '2027-01-01')).rejects.toThrow(/batch_quantity_check/);
    await expect(insert(5, '2025-12-31')).rejects.toThrow(/batch_expiry_check/);
  });
});

describe('batches of many products', () => {
  it('pages each product newest production first in one statement, with totals past the last page', async () => {
    const svc = service();
    const first = await svc.batchesForProducts([banh.id, 'prd_none', che.id], { first: 2, after: null });
    expect(first.map((p) => p.totalCount)).toEqual([1, 0, expect.any(Number)]);
    const cheTotal = first[2]!.totalCount;
    expect(cheTotal).toBeGreaterThan(3);
    expect(first[2]!.items).toHaveLength(2);
    expect(first[2]!.hasNextPage).toBe(true);
    const seen = [...first[2]!.items];
    let after = first[2]!.items.at(-1)!;
    for (;;) {
      const [next] = await svc.batchesForProducts([che.id], { first: 2, after });
      expect(next!.totalCount).toBe(cheTotal);
      seen.push(...next!.items);
      if (!next!.hasNextPage) break;
      after = next!.items.at(-1)!;
    }
    expect(seen).toHaveLength(cheTotal);
    expect(new Set(seen.map((b) => b.id)).size).toBe(cheTotal);
    const keys = seen.map((b) => `${b.productionDate}|${b.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });
});
