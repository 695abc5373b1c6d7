/**
 * Checks the order and stock invariants (order-invariants.ts) of DATABASE_URL for bench/chaos.mjs:
 * reads `{ placedNumbers, onHand }` as JSON on stdin, prints the report as JSON.
 */
import 'reflect-metadata';
import { openOrm } from '../db/orm.js';
import { orderInvariantViolations } from './order-invariants.js';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const orm = await openOrm(process.env.DATABASE_URL!, { poolMax: 2 });
try {
  console.log(JSON.stringify(await orderInvariantViolations(orm.em.fork(), JSON.parse(input || '{}'))));
} finally {
  await orm.close();
}
