import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import type { Orm } from '../orm.js';
import { COLUMNS } from './format.js';
import { importCatalogue, importFile } from './import.js';

const examples = path.join(path.dirname(fileURLToPath(import.meta.url)), 'examples');
const HEADER = COLUMNS.join(',');
const TODAY = '2026-11-23';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');

let orm: Orm;
beforeAll(async () => {
  ({ orm } = await testDatabase());
});

describe('catalogue import', () => {
  it('loads the example file, and loading it again changes nothing', async () => {
    const file = path.join(examples, 'hai-duong-2023.csv');
    const content = await readFile(file, 'utf8');
    const first = await importFile(orm.em.fork(), file, content, { today: TODAY });
    expect(first).toMatchObject({ rows: 5, imported: 5, errors: [], rolledBack: false, producers: { created: 3 }, products: { created: 5 }, certificates: { created: 5 } });
    const again = await importFile(orm.em.fork(), file, content, { today: TODAY });
    expect(again).toMatchObject({ imported: 5, producers: { created: 0, updated: 0 }, products: { created: 0, updated: 0 }, certificates: { created: 0, updated: 0 } });
    const jsonl = path.join(examples, 'hai-duong-2023.jsonl');
    const same = await importFile(orm.em.fork(), jsonl, await readFile(jsonl, 'utf8'), { today: TODAY });
    expect(same).toMatchObject({ imported: 2, producers: { created: 0, updated: 0 }, products: { created: 0, updated: 0 }, certificates: { created: 0, updated: 0 } });
  });

  it('shows imported products in the catalogue with the province as issued and stars valid today', async () => {
    const api = await testApi(orm, { now: () => new Date(`${TODAY}T03:00:00Z`) });
    const { data } = await api.gql(`{ products(first: 10, filter: { provinceCode: "31" }, sort: PRICE_ASC) { nodes { name price { amount } producer { name province { name current { name } } } ocop { stars issuedBy validUntil } } } }`);
    const byName = new Map(data!.products.nodes.map((n: any) => [n.name, n]));
    // Decided 02/05/2023: valid until 02/05/2026, so no stars on 23/11/2026.
    expect(byName.get('Bánh đậu xanh Bảo Hiên')).toEqual({
      name: 'Bánh đậu xanh Bảo Hiên',
      price: { amount: 45000 },
      producer: { name: 'Công ty TNHH Bảo Hiên', province: { name: 'Hải Dương', current: { name: 'Hải Phòng' } } },
      ocop: null,
    });
    expect((byName.get('Vải thiều Thanh Hà tươi') as any).ocop).toEqual({ stars: 3, issuedBy: 'UBND thành phố Hải Phòng', validUntil: '2028-09-10' });
  });

  it('refuses a file with 3 bad rows, naming each row and field, and imports nothing', async () => {
    const { orm: fresh } = await testDatabase();
    const content = csv(
      '30,HTX A,HTX,,Chè A,I,13,4,1/QĐ,2023-01-01,,100000,,',
      '30,HTX A,HTX,,Chè B,I,13,6,2/QĐ,2023-01-01,,100000,,',
      '30,HTX A,HTX,,Chè C,I,13,4,3/QĐ,2023-02-30,,100000,,',
      '99,HTX A,HTX,,Chè D,I,13,4,4/QĐ,2023-01-01,,100000,,',
      '30,HTX A,HTX,,Chè E,I,13,4,5/QĐ,2023-01-01,,12.5,,',
    );
    const report = await importCatalogue(fresh.em.fork(), content, 'csv', { today: TODAY });
    expect(report.rolledBack).toBe(true);
    expect(report.imported).toBe(0);
    expect(report.errors.map((e) => [e.row, e.field])).toEqual([[2, 'stars'], [3, 'decision_date'], [4, 'province_code'], [5, 'price']]);
    expect(report.errors[0]!.message).toContain('3 to 5');
    const [count] = await fresh.em.getConnection().execute<{ n: string }[]>('select count(*) as n from product');
    expect(Number(count!.n)).toBe(0);

    const skipping = await importCatalogue(fresh.em.fork(), content, 'csv', { today: TODAY, skipInvalid: true });
    expect(skipping).toMatchObject({ imported: 1, rolledBack: false, products: { created: 1 } });
  });

  it('reads the province as it was on the decision date, and checks sets belong to their group', async () => {
    const { orm: fresh } = await testDatabase();
    const report = await importCatalogue(
      fresh.em.fork(),
      csv('30,HTX B,HTX,,Gạo B,I,03,3,7/QĐ,2025-09-01,,20000,,', '31,HTX B,HTX,,Gạo C,I,15,3,8/QĐ,2025-09-01,,20000,,', '31,HTX B,HTX,,Gạo D,I,03,3,9/QĐ,2099-01-01,,20000,,'),
      'csv',
      { today: TODAY },
    );
    expect(report.errors.map((e) => [e.row, e.field])).toEqual([[1, 'province_code'], [2, 'product_set_code'], [3, 'decision_date']]);
  });

  it('matches names whatever their Unicode form (NFD file after an NFC one) and reports repeated rows', async () => {
    const { orm: fresh } = await testDatabase();
    const line = '30,Hợp tác xã Chè Tân Cương,HTX,,Chè búp Tân Cương,I,13,4,11/QĐ,2024-01-01,,150000,,';
    await importCatalogue(fresh.em.fork(), csv(line), 'csv', { today: TODAY });
    const nfd = await importCatalogue(fresh.em.fork(), csv(line.normalize('NFD')), 'csv', { today: TODAY });
    expect(nfd).toMatchObject({ producers: { created: 0 }, products: { created: 0 }, certificates: { created: 0 } });
    const repeated = await importCatalogue(fresh.em.fork(), csv(line, line), 'csv', { today: TODAY });
    expect(repeated.errors).toEqual([{ row: 2, field: 'certificate_number', message: 'repeats row 1 (same producer, product and certificate)' }]);
  });

  it('imports 20,000 rows in one go', async () => {
    const { orm: fresh } = await testDatabase();
    const lines = Array.from({ length: 20_000 }, (_, i) => {
      const producer = i % 2000;
      return `30,Hợp tác xã Số ${producer},HTX,08${String(producer).padStart(8, '0')},Sản phẩm ${i},I,08,${3 + (i % 3)},${i}/QĐ-UBND,2024-03-01,,${10_000 + i},,`;
    });
    const report = await importCatalogue(fresh.em.fork(), csv(...lines), 'csv', { today: TODAY });
    expect(report).toMatchObject({ imported: 20_000, errors: [], producers: { created: 2000 }, products: { created: 20_000 }, certificates: { created: 20_000 } });
  }, 120_000);
});

describe('import format', () => {
  it('reads đồng amounts written the Vietnamese way and refuses fractions', async () => {
    const { importRowSchema } = await import('./format.js');
    const base = { province_code: '30', producer_name: 'A', producer_kind: 'HTX', product_name: 'B', product_group: 'I', stars: '4', certificate_number: '1', decision_date: '2024-01-01' };
    for (const [price, expected] of [['125.000', 125000], ['125 000 ₫', 125000], ['1.250.000đ', 1250000], ['45000', 45000]] as const) {
      expect(importRowSchema.parse({ ...base, price }).price).toBe(expected);
    }
    for (const price of ['12.5', '12,5', '-1', '0', 'abc']) expect(importRowSchema.safeParse({ ...base, price }).success, price).toBe(false);
  });

  it('refuses JSON Lines that are valid JSON but not objects, row by row (a null line was an internal error; found by the fuzz test)', async () => {
    const { readRecords, validateRecords } = await import('./format.js');
    const { errors } = validateRecords(readRecords('null\n12\n"x"\n[1]\n{oops\n', 'jsonl'));
    expect(errors).toEqual([
      { row: 1, field: '*', message: 'is not a JSON object' },
      { row: 2, field: '*', message: 'is not a JSON object' },
      { row: 3, field: '*', message: 'is not a JSON object' },
      { row: 4, field: '*', message: 'is not a JSON object' },
      { row: 5, field: '*', message: 'is not valid JSON' },
    ]);
  });
});
