import { describe, expect, it } from 'vitest';
import { testDatabase } from '../test/database.js';

describe('migrations', () => {
  it('bring an empty database to exactly the schema the entities describe', async () => {
    const { orm } = await testDatabase();
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim(), 'entities changed without a migration: run create-migration').toBe('');
  });

  it('enable unaccent and pg_trgm for Vietnamese search', async () => {
    const { orm } = await testDatabase();
    const rows = await orm.em.getConnection().execute<{ extname: string }[]>(
      `select extname from pg_extension where extname in ('unaccent', 'pg_trgm') order by extname`,
    );
    expect(rows.map((r) => r.extname)).toEqual(['pg_trgm', 'unaccent']);
    const [folded] = await orm.em.getConnection().execute<{ v: string }[]>(`select unaccent('Bánh đậu xanh') as v`);
    expect(folded!.v).toBe('Banh dau xanh');
  });

  it('refuse a negative price and an impossible star count', async () => {
    const { orm } = await testDatabase();
    const conn = orm.em.getConnection();
    await conn.execute(`insert into producer (id, slug, name, kind, province_id, created_at) values ('pdc_x', 'htx', 'HTX', 'COOPERATIVE', 'prv_01', now())`);
    await expect(
      conn.execute(`insert into product (id, slug, name, "group", price_amount, producer_id, created_at, updated_at) values ('prd_x', 'x', 'X', 'FOOD', -1, 'pdc_x', now(), now())`),
    ).rejects.toThrow(/product_price_amount_check/);
    await conn.execute(`insert into product (id, slug, name, "group", price_amount, producer_id, created_at, updated_at) values ('prd_x', 'x', 'X', 'FOOD', 1, 'pdc_x', now(), now())`);
    await expect(
      conn.execute(`insert into certificate (id, product_id, number, stars, decision_date, valid_until, issued_by, created_at) values ('crt_x', 'prd_x', '1', 6, '2025-01-01', '2028-01-01', 'UBND', now())`),
    ).rejects.toThrow(/certificate_stars_check/);
    await expect(
      conn.execute(`insert into product_variant (id, product_id, sku, label, price_amount, stock) values ('var_x', 'prd_x', 'S', '1 kg', 1000, -1)`),
    ).rejects.toThrow(/product_variant_stock_check/);
  });
});
