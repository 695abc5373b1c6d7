import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import type { Orm } from '../orm.js';
import { generateSeedData, type EvaluationRow, type SeedData } from './generate.js';

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
  await rows(em, 'truncate certificate, evaluation, product, producer, province cascade');
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
  await insertEvaluations(em, data.evaluations ?? []);
  await insertRows(em, 'certificate', [
    ['id', 'text', (r) => r.id], ['product_id', 'text', (r) => r.productId], ['number', 'text', (r) => r.number],
    ['stars', 'smallint', (r) => r.stars], ['decision_date', 'date', (r) => r.decisionDate],
    ['valid_until', 'date', (r) => r.validUntil], ['issued_by', 'text', (r) => r.issuedBy],
    ['state', 'certificate_state', (r) => r.state], ['created_at', 'timestamptz', () => now],
    ['evaluation_id', 'text', (r) => r.evaluationId ?? null], ['revoked_reason', 'text', (r) => r.revokedReason ?? null],
    ['revoked_on', 'date', (r) => r.revokedOn ?? null],
  ], data.certificates);
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

/** Replaces the catalogue with generated demo data, in one transaction. */
export async function seed(orm: Orm, size: { products: number; producersPerKind: number } = DEMO_SIZE) {
  const data = generateSeedData(size);
  await orm.em.fork().transactional((em) => writeSeedData(em, data));
  await rows(orm.em.fork(), 'analyze');
  return { products: data.products.length, producers: data.producers.length, certificates: data.certificates.length };
}

/** Seeds the demo catalogue when there are no products yet (first start on a fresh database). */
export async function seedIfEmpty(orm: Orm) {
  const [row] = await rows<{ n: string }>(orm.em.fork(), 'select count(*) as n from product');
  return Number(row?.n ?? 0) === 0 ? seed(orm) : null;
}
