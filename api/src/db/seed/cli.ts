/**
 * pnpm seed [--products N] [--producers-per-kind M]
 * Replaces the catalogue with deterministic demo data. Uses DATABASE_URL, else the embedded cluster
 * (stop a running API first: one embedded cluster per data directory).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../database.js';
import { DEMO_SIZE, seed } from './seed.js';

const { values } = parseArgs({
  options: { products: { type: 'string' }, 'producers-per-kind': { type: 'string' } },
});
function count(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be an integer from 1 to ${max}, got "${raw}"`);
  return n;
}
const size = {
  products: count('products', values.products, DEMO_SIZE.products, 1_000_000),
  producersPerKind: count('producers-per-kind', values['producers-per-kind'], DEMO_SIZE.producersPerKind, 100_000),
};
const started = performance.now();
const db = await openDatabase(loadConfig());
try {
  const result = await seed(db.orm, size);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`seeded ${result.products} products, ${result.producers} producers, ${result.certificates} certificates, ${result.batches} batches in ${seconds} s`);
} finally {
  await db.close();
}
