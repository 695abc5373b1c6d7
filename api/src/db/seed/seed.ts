import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import { createServices } from '../../modules/services.js';
import type { Orm } from '../orm.js';
import { writeDemoAccounts } from './demo-accounts.js';
import { writeDemoTourism } from './tourism.js';
import { writeDemoCraftVillages } from './craft-villages.js';
import { generateSeedData, type EvaluationRow, type ProvinceRef, type SeedData } from './generate.js';

export const DEMO_SIZE = { products: 300, producersPerKind: 60 };
const BATCH = 5000;

type Column<T> = [name: string, sqlType: string, value: (row: T) => unknown];

/** Bulk insert through unnest(): one statement per table per 5,000 rows (20,000 products in seconds). */
async function insertRows<T>(em: EntityManager, table: string, columns: Column<T>[], items: T[]) {
  const names = columns.map(([c]) => `"${c}"`).join(', ');
  const arrays = columns.map(([, type]) => `?::${type}[]`).join(', ');
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = items.slice(start, start + BATCH);
    await rows(em, `insert into "${table}" (${names}) select * from unnest(${arrays})`, columns.map(([, , get]) => batch.map(get)));
  }
}

/** The reference provinces (created by migrations), as the generator needs them. */
export function loadProvinces(em: EntityManager): Promise<ProvinceRef[]> {
  return rows<ProvinceRef>(
    em,
    `select id, code, name, kind, valid_to::text as "validTo", successor_id as "successorId" from province order by id`,
  );
}

/** Replaces the demo catalogue (never reference data) with `data`. */
export async function writeSeedData(em: EntityManager, data: SeedData): Promise<void> {
  // Orders and carts refer to the demo catalogue and places: they go with it.
  await rows(em, 'truncate shop_order, cart, batch, certificate, evaluation, product_image, product_variant, product, producer cascade');
  // Demo places only (codes 8xxxx / 9xxxx and districts 9xx are outside the official ranges).
  await rows(em, `delete from commune where code like '9%' or code like '8%'`);
  await rows(em, `delete from district where code like '9%'`);
  await insertRows(em, 'district', [
    ['id', 'text', (r) => r.id], ['code', 'text', (r) => r.code], ['name', 'text', (r) => r.name], ['province_id', 'text', (r) => r.provinceId],
    ['valid_to', 'date', () => '2025-06-30'],
  ], data.districts ?? []);
  const now = new Date().toISOString();
  await insertRows(em, 'commune', [
    ['id', 'text', (r) => r.id], ['code', 'text', (r) => r.code], ['name', 'text', (r) => r.name], ['province_id', 'text', (r) => r.provinceId],
    ['district_id', 'text', (r) => r.districtId ?? null], ['valid_to', 'date', (r) => r.validTo ?? null], ['successor_id', 'text', (r) => r.successorId ?? null],
  ], data.communes);
  await insertRows(em, 'producer', [
    ['id', 'text', (r) => r.id], ['slug', 'text', (r) => r.slug], ['name', 'text', (r) => r.name], ['kind', 'producer_kind', (r) => r.kind],
    ['province_id', 'text', (r) => r.provinceId], ['commune_id', 'text', (r) => r.communeId],
    ['registration_number', 'text', (r) => r.registrationNumber], ['address_line', 'text', (r) => r.addressLine],
    ['phone', 'text', (r) => r.phone], ['email', 'text', (r) => r.email], ['story', 'text', (r) => r.story],
    ['verified', 'boolean', (r) => r.verified], ['created_at', 'timestamptz', () => now],
  ], data.producers);
  await insertRows(em, 'product', [
    ['id', 'text', (r) => r.id], ['slug', 'text', (r) => r.slug], ['name', 'text', (r) => r.name],
    ['description', 'text', (r) => r.description], ['group', 'product_group', (r) => r.group],
    ['product_set_code', 'text', (r) => r.productSetCode], ['raw_material_area', 'text', (r) => r.rawMaterialArea],
    ['price_amount', 'bigint', (r) => r.priceAmount], ['producer_id', 'text', (r) => r.producerId],
    ['created_at', 'timestamptz', () => now], ['updated_at', 'timestamptz', () => now],
  ], data.products);
  await insertRows(em, 'product_variant', [
    ['id', 'text', (r) => r.id], ['product_id', 'text', (r) => r.productId], ['sku', 'text', (r) => r.sku], ['label', 'text', (r) => r.label],
    ['price_amount', 'bigint', (r) => r.priceAmount], ['stock', 'int', (r) => r.stock], ['weight_grams', 'int', (r) => r.weightGrams],
    ['position', 'smallint', (r) => r.position],
  ], data.variants);
  await insertEvaluations(em, data.evaluations ?? []);
  await insertRows(em, 'certificate', [
    ['id', 'text', (r) => r.id], ['product_id', 'text', (r) => r.productId], ['number', 'text', (r) => r.number],
    ['stars', 'smallint', (r) => r.stars], ['decision_date', 'date', (r) => r.decisionDate],
    ['valid_until', 'date', (r) => r.validUntil], ['issued_by', 'text', (r) => r.issuedBy],
    ['state', 'certificate_state', (r) => r.state], ['created_at', 'timestamptz', () => now],
    ['evaluation_id', 'text', (r) => r.evaluationId ?? null], ['revoked_reason', 'text', (r) => r.revokedReason ?? null],
    ['revoked_on', 'date', (r) => r.revokedOn ?? null],
  ], data.certificates);
  await insertRows(em, 'batch', [
    ['id', 'text', (r) => r.id], ['product_id', 'text', (r) => r.productId], ['lot_code', 'text', (r) => r.lotCode],
    ['production_date', 'date', (r) => r.productionDate], ['expiry_date', 'date', (r) => r.expiryDate],
    ['quantity', 'int', (r) => r.quantity], ['unit', 'text', (r) => r.unit],
    ['raw_material_origin', 'text', (r) => r.rawMaterialOrigin], ['raw_material_province_id', 'text', (r) => r.rawMaterialProvinceId],
    ['notes', 'text', (r) => r.notes], ['trace_code', 'text', (r) => r.traceCode], ['created_at', 'timestamptz', () => now],
  ], data.batches);
  // A freshly seeded system can search at once.
  await createServices(em).search.reindexAll();
}

/** Evaluations name their criteria set by version; the ids are the migration's. */
async function insertEvaluations(em: EntityManager, items: EvaluationRow[]) {
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = items.slice(start, start + BATCH);
    const inserted = await rows<{ n: number }>(
      em,
      `with added as (
         insert into evaluation (id, product_id, criteria_set_id, council_level, evaluated_on, scores, total, stars, state, created_at)
         select u.id, u.product_id, cs.id, u.council_level, u.evaluated_on, u.scores, u.total, u.stars, 'SCORED', now()
         from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::jsonb[], ?::numeric[], ?::smallint[])
              as u(id, product_id, version, council_level, evaluated_on, scores, total, stars)
         join criteria_set cs on cs.version = u.version
         returning 1)
       select count(*)::int as n from added`,
      [
        batch.map((e) => e.id), batch.map((e) => e.productId), batch.map((e) => e.criteriaVersion), batch.map((e) => e.councilLevel),
        batch.map((e) => e.evaluatedOn), batch.map((e) => JSON.stringify(e.scores)), batch.map((e) => e.total), batch.map((e) => e.stars),
      ],
    );
    if (inserted[0]!.n !== batch.length) throw new Error('seed evaluations name a criteria version the database does not have');
  }
}

/** Replaces the demo catalogue with generated data, in one transaction. */
export async function seed(orm: Orm, size: { products: number; producersPerKind: number } = DEMO_SIZE) {
  const provinces = await loadProvinces(orm.em.fork());
  const data = generateSeedData({ ...size, provinces });
  await orm.em.fork().transactional(async (em) => {
    await writeSeedData(em, data);
    await writeDemoAccounts(em);
    await writeDemoTourism(em);
    await writeDemoCraftVillages(em);
  });
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
