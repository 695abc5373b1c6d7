import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import type { Orm } from '../orm.js';
import { generateSeedData, type SeedData } from './generate.js';

export const DEMO_SIZE = { products: 300, producersPerKind: 60 };
const BATCH = 5000;

/** Bulk insert through unnest(): one statement per table per 5,000 rows (20,000 products in seconds). */
async function insertRows<T>(em: EntityManager, table: string, columns: [string, string, (row: T) => unknown][], items: T[]) {
  const names = columns.map(([c]) => `"${c}"`).join(', ');
  const arrays = columns.map(([, type]) => `?::${type}[]`).join(', ');
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = items.slice(start, start + BATCH);
    await rows(
      em,
      `insert into "${table}" (${names}) select * from unnest(${arrays})`,
      columns.map(([, , get]) => batch.map(get)),
    );
  }
}

export async function writeSeedData(em: EntityManager, data: SeedData): Promise<void> {
  await rows(em, 'truncate batch, certificate, product, producer, province cascade');
  await insertRows(em, 'province', [
    ['id', 'text', (r) => r.id], ['code', 'text', (r) => r.code], ['name', 'text', (r) => r.name],
    ['valid_from', 'date', (r) => r.validFrom], ['valid_to', 'date', (r) => r.validTo], ['successor_id', 'text', (r) => r.successorId],
  ], data.provinces);
  const now = new Date().toISOString();
  await insertRows(em, 'producer', [
    ['id', 'text', (r) => r.id], ['name', 'text', (r) => r.name], ['kind', 'producer_kind', (r) => r.kind],
    ['province_id', 'text', (r) => r.provinceId], ['created_at', 'timestamptz', () => now],
  ], data.producers);
  await insertRows(em, 'product', [
    ['id', 'text', (r) => r.id], ['slug', 'text', (r) => r.slug], ['name', 'text', (r) => r.name],
    ['description', 'text', (r) => r.description], ['group', 'product_group', (r) => r.group],
    ['price_amount', 'bigint', (r) => r.priceAmount], ['producer_id', 'text', (r) => r.producerId],
    ['created_at', 'timestamptz', () => now],
  ], data.products);
  await insertRows(em, 'certificate', [
    ['id', 'text', (r) => r.id], ['product_id', 'text', (r) => r.productId], ['number', 'text', (r) => r.number],
    ['stars', 'smallint', (r) => r.stars], ['decision_date', 'date', (r) => r.decisionDate],
    ['valid_until', 'date', (r) => r.validUntil], ['issued_by', 'text', (r) => r.issuedBy],
    ['state', 'certificate_state', (r) => r.state], ['created_at', 'timestamptz', () => now],
  ], data.certificates);
  await insertRows(em, 'batch', [
    ['id', 'text', (r) => r.id], ['product_id', 'text', (r) => r.productId], ['lot_code', 'text', (r) => r.lotCode],
    ['production_date', 'date', (r) => r.productionDate], ['expiry_date', 'date', (r) => r.expiryDate],
    ['quantity', 'int', (r) => r.quantity], ['unit', 'text', (r) => r.unit],
    ['raw_material_origin', 'text', (r) => r.rawMaterialOrigin], ['raw_material_province_id', 'text', (r) => r.rawMaterialProvinceId],
    ['notes', 'text', (r) => r.notes], ['trace_code', 'text', (r) => r.traceCode], ['created_at', 'timestamptz', () => now],
  ], data.batches);
}

/** Replaces the catalogue with generated demo data, in one transaction. */
export async function seed(orm: Orm, size: { products: number; producersPerKind: number } = DEMO_SIZE) {
  const data = generateSeedData(size);
  await orm.em.fork().transactional((em) => writeSeedData(em, data));
  await rows(orm.em.fork(), 'analyze');
  return {
    products: data.products.length,
    producers: data.producers.length,
    certificates: data.certificates.length,
    batches: data.batches.length,
  };
}

/** Seeds the demo catalogue when there are no products yet (first start on a fresh database). */
export async function seedIfEmpty(orm: Orm) {
  const [row] = await rows<{ n: string }>(orm.em.fork(), 'select count(*) as n from product');
  return Number(row?.n ?? 0) === 0 ? seed(orm) : null;
}
