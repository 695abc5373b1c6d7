import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS as IMPORT_COLUMNS } from '../../db/import/format.js';
import { importCatalogue } from '../../db/import/import.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';
import { STATS_COLUMNS } from './open-data.service.js';

const TODAY = '2026-11-23';
const now = () => new Date(`${TODAY}T03:00:00Z`);

const catalogue = new CatalogueBuilder();
const haiDuong = catalogue.producer('Công ty TNHH Bảo Hiên', province.historic('30'), 'ENTERPRISE', { registrationNumber: '0800123456' });
const haiPhong = catalogue.producer('HTX Hải Phòng, "Đồ Sơn"', province.current('31'));
const hanoi = catalogue.producer('Hộ kinh doanh Gốm Bát Tràng', province.current('01'), 'HOUSEHOLD_BUSINESS');
const banh = catalogue.product('Bánh đậu xanh Bảo Hiên', haiDuong, { set: '08', variants: [{ label: 'hộp 200 g', price: 45_000, stock: 3 }] });
catalogue.certificate(banh, 4, '2024-03-01', '2027-03-01');
const vai = catalogue.product('Vải thiều sấy', haiDuong, { variants: [{ label: 'túi 500 g', price: 120_000, stock: 0 }] });
catalogue.certificate(vai, 3, '2025-09-10', '2028-09-10'); // after the merger: issued under today's code 31
const nuocMam = catalogue.product('Nước mắm Cát Hải', haiPhong, { group: 'FOOD', price: 95_000 });
catalogue.certificate(nuocMam, 5, '2025-10-01', '2028-10-01');
const gom = catalogue.product('Bình gốm men lam', hanoi, { group: 'HANDICRAFTS', price: 2_500_000 });
catalogue.certificate(gom, 3, '2023-01-01', '2026-01-01'); // expired: not on the list
catalogue.certificate(gom, 4, '2026-02-01', '2029-02-01');
const ruou = catalogue.product('Rượu làng Vân', hanoi, { group: 'BEVERAGES' });
catalogue.certificate(ruou, 4, '2025-01-01', '2028-01-01', 'REVOKED');

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  const { orm } = await testDatabase();
  await catalogue.write(orm);
  api = await testApi(orm, { now });
});

const download = async (base: string, path: string) => {
  const res = await fetch(`${base}${path}`);
  return { res, body: await res.text() };
};

describe('open data', () => {
  it('lists products certified today in the catalogue import’s columns', async () => {
    const { res, body } = await download(api.base, '/open-data/certified-products.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="certified-products-${TODAY}.csv"`);
    expect(body.split('\n')[0]).toBe(IMPORT_COLUMNS.join(','));
    const records = parse(body, { columns: true }) as Record<string, string>[];
    // By producer name in the database's collation ("Hộ" before "HTX").
    expect(records.map((r) => [r.province_code, r.product_name, r.stars, r.decision_date])).toEqual([
      ['30', 'Bánh đậu xanh Bảo Hiên', '4', '2024-03-01'],
      ['31', 'Vải thiều sấy', '3', '2025-09-10'],
      ['01', 'Bình gốm men lam', '4', '2026-02-01'],
      ['31', 'Nước mắm Cát Hải', '5', '2025-10-01'],
    ]);
    expect(records[0]).toMatchObject({ producer_name: 'Công ty TNHH Bảo Hiên', producer_kind: 'ENTERPRISE', producer_registration_number: '0800123456', product_group: 'FOOD', product_set_code: '08', price: '45000', variant_label: 'hộp 200 g' });
  });

  it('narrows to a province, rolled up or as issued', async () => {
    const rolledUp = parse((await download(api.base, '/open-data/certified-products.csv?province=31')).body, { columns: true }) as Record<string, string>[];
    expect(rolledUp.map((r) => r.product_name)).toEqual(['Bánh đậu xanh Bảo Hiên', 'Vải thiều sấy', 'Nước mắm Cát Hải']);
    const asIssued = (await download(api.base, '/open-data/certified-products.jsonl?province=30&asIssued=true')).body.trim().split('\n').map((l) => JSON.parse(l));
    expect(asIssued.map((r) => r.product_name)).toEqual(['Bánh đậu xanh Bảo Hiên', 'Vải thiều sấy']);
    expect((await download(api.base, '/open-data/certified-products.csv?province=99')).res.status).toBe(404);
    expect((await download(api.base, '/open-data/certified-products.csv?province=x')).res.status).toBe(400);
    expect((await download(api.base, '/open-data/nothing.csv')).res.status).toBe(404);
  });

  it('round-trips: export → import into a fresh database → the same certified product list (CSV and JSON Lines)', async () => {
    const csv = (await download(api.base, '/open-data/certified-products.csv')).body;
    const jsonl = (await download(api.base, '/open-data/certified-products.jsonl')).body;
    for (const [content, format] of [[csv, 'csv'], [jsonl, 'jsonl']] as const) {
      const { orm: fresh } = await testDatabase();
      const report = await importCatalogue(fresh.em.fork(), content, format, { today: TODAY });
      expect(report).toMatchObject({ errors: [], imported: 4, rolledBack: false });
      const again = await testApi(fresh, { now });
      expect((await download(again.base, '/open-data/certified-products.csv')).body).toBe(csv);
    }
  });

  it('publishes figures per province as CSV and JSON', async () => {
    const { res, body } = await download(api.base, '/open-data/programme-stats.csv');
    expect(res.status).toBe(200);
    const [header, ...lines] = body.trim().split('\n');
    expect(header).toBe(STATS_COLUMNS.join(','));
    expect(lines).toHaveLength(34);
    const records = parse(body, { columns: true }) as Record<string, string>[];
    expect(records.find((r) => r.province_code === '31')).toMatchObject({
      province_name: 'Hải Phòng', certified_products: '3', stars_3: '1', stars_4: '1', stars_5: '1', group_food: '3', producers: '2', producers_selling_online: '2',
    });
    const json = JSON.parse((await download(api.base, '/open-data/programme-stats.json?province=01')).body);
    expect(json).toMatchObject({ asOf: TODAY, columns: [...STATS_COLUMNS], rows: [{ province_code: '01', certified_products: 1, group_handicrafts: 1, certificates_expiring_90_days: 0 }] });
  });

  it('answers with a handful of statements whatever the size of the list', async () => {
    const { res } = await download(api.base, '/open-data/certified-products.csv');
    expect(Number(res.headers.get('x-sql-statements'))).toBeLessThanOrEqual(2);
  });
});
