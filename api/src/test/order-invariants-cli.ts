/**
 * Checks the order and stock invariants (order-invariants.ts) of DATABASE_URL for bench/chaos.mjs:
 * reads `{ placedNumbers, onHand }` as JSON from INVARIANT_INPUT, prints the report as JSON.
 */
import 'reflect-metadata';
import { openOrm } from '../db/orm.js';
import { orderInvariantViolations } from './order-invariants.js';

const input = process.env.INVARIANT_INPUT ?? '';
const orm = await openOrm(process.env.DATABASE_URL!, { poolMax: 2 });
try {
  console.log(JSON.stringify(await orderInvariantViolations(orm.em.fork(), JSON.parse(input || '{}'))));
} finally {
  await orm.close();
}
