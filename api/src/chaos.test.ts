import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDatabase } from './db/database.js';
import { startEmbeddedPostgres } from './db/embedded-postgres.js';
import { openOrm } from './db/orm.js';
import { toGlobalId } from './graphql/global-id.js';
import { CART_COOKIE } from './http/session-cookie.js';
import { testApi } from './test/api.js';
import { CatalogueBuilder, province } from './test/fixtures.js';
import { orderInvariantViolations } from './test/order-invariants.js';
import { addTestCommune, variantIdOf } from './test/orders.js';
import { freePort } from './test/processes.js';

/**
 * Issue 9, acceptance 5 at test scale (bench/chaos.mjs is the full run): the API under mixed load
 * while every server connection is killed and then PostgreSQL restarts. A cluster of this file's
 * own, since it is stopped and started.
 */
const dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-chaos-'));
await chmod(dir, 0o755);
const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), durable: false });
await ensureDatabase(cluster.url('postgres'), 'ocop');
// Checkouts wait at most 1 s for a connection while the server is away (the default is 5 s).
const orm = await openOrm(cluster.url('ocop'), { poolMax: 10, pool: { connectTimeoutMs: 1_000 } });
afterAll(async () => {
  await orm.close();
  await cluster.stop();
  await rm(dir, { recursive: true, force: true });
});

const STOCK = 200;
const builder = new CatalogueBuilder();
addTestCommune(builder);
const producer = builder.producer('HTX Nước mắm Cát Hải', province.current('01'));
const limited = ['Nước mắm cốt', 'Nước mắm nhĩ', 'Mắm ruốc'].map((name) =>
  variantIdOf(builder.product(name, producer, { variants: [{ label: 'chai 500 ml', price: 95_000, stock: STOCK }] }).id),
);
await builder.write(orm);
const api = await testApi(orm);

const CATALOGUE = `{ products(first: 12) { totalCount nodes { id name } } }`;
const ADD = `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { userErrors { code } } }`;
const PLACE = `mutation ($input: CheckoutPlaceInput!) { checkoutPlace(input: $input) { order { number } userErrors { code } } }`;
const shippingAddress = { recipientName: 'Phạm Thu Hà', phone: '0912 345 678', provinceId: toGlobalId('Province', 'prv_01'), communeId: toGlobalId('Commune', 'cmn_test_01'), streetLine: '3 Cát Bi' };

interface Tally {
  statuses: Map<number | string, number>;
  placed: string[];
  placedAfterRestart: number;
}

describe('database chaos', () => {
  it('under load, connections killed then PostgreSQL restarted: no 500, readiness back within 10 s, every placed order whole, stock consistent', { timeout: 60_000 }, async () => {
    const tally: Tally = { statuses: new Map(), placed: [], placedAfterRestart: 0 };
    const count = (status: number | string) => tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
    let restartedAt = Number.POSITIVE_INFINITY;
    const started = Date.now();
    const post = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
      try {
        const res = await api.gql(query, variables, cookie ? { headers: { cookie } } : {});
        count(res.status);
        return res;
      } catch (e) {
        count(`network: ${(e as Error).message}`);
        return null;
      }
    };

    // The load goes on 7 s, and at least 2.5 s after the restart (a slow machine restarts slowly).
    const until = () => Math.max(started + 7_000, restartedAt + 2_500);
    async function shopper(k: number) {
      for (let n = 0; Date.now() < until(); n++) {
        if ((k + n) % 2 === 0) {
          await post(CATALOGUE, {});
          continue;
        }
        const variantId = limited[(k + n) % limited.length]!;
        const added = await post(ADD, { input: { lines: [{ variantId: toGlobalId('ProductVariant', variantId), quantity: 1 + (n % 2) }] } });
        const cookie = added?.status === 200 ? added.headers.getSetCookie().find((c) => c.startsWith(`${CART_COOKIE.development}=`))?.split(';')[0] : undefined;
        if (!cookie) continue;
        // A 503 is retried with the same key, as a client should: never a second order.
        const key = `chaos-${k}-${n}-${Date.now()}`;
        for (let attempt = 0; attempt < 4; attempt++) {
          const res = await post(PLACE, { input: { idempotencyKey: key, email: `shopper${k}@chaos.test`, phone: '0912 345 678', paymentMethod: 'BANK_TRANSFER', shippingAddress } }, cookie);
          if (res?.status !== 503) {
            const number = res?.data?.checkoutPlace?.order?.number as string | undefined;
            if (number) {
              tally.placed.push(number);
              if (Date.now() > restartedAt) tally.placedAfterRestart++;
            }
            break;
          }
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    }

    const load = Promise.all(Array.from({ length: 6 }, (_, k) => shopper(k)));

    // t = 1.5 s: every server connection is killed (pg_terminate_backend).
    await new Promise((r) => setTimeout(r, 1_500));
    const admin = new pg.Client({ connectionString: cluster.url('postgres') });
    await admin.connect();
    const killed = await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() and backend_type = 'client backend'`);
    await admin.end();
    expect(killed.rowCount).toBeGreaterThan(0);

    // t = 3 s: PostgreSQL stops and starts again.
    await new Promise((r) => setTimeout(r, 1_500));
    await cluster.stop();
    const whileDown = await fetch(`${api.base}/readyz`);
    expect(whileDown.status).toBe(503);
    await cluster.start();
    restartedAt = Date.now();
    let recoveredMs = Number.NaN;
    while (Date.now() - restartedAt < 10_000) {
      if ((await fetch(`${api.base}/readyz`)).status === 200) {
        recoveredMs = Date.now() - restartedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await load;

    const statuses = Object.fromEntries(tally.statuses);
    // eslint-disable-next-line no-console
    console.log(`chaos test: readiness back ${recoveredMs} ms after the restart; responses ${JSON.stringify(statuses)}; ${tally.placed.length} orders placed (${tally.placedAfterRestart} after the restart)`);
    expect(recoveredMs).toBeLessThan(10_000);
    // Every answer was a success or a retryable 503: no 500, no dropped connection (the API stayed up).
    expect(Object.keys(statuses).sort()).toEqual(expect.arrayContaining(['200']));
    for (const status of Object.keys(statuses)) expect(['200', '503']).toContain(status);
    expect(statuses['503']).toBeGreaterThan(0);
    expect(tally.placedAfterRestart).toBeGreaterThan(0);
    expect((await fetch(`${api.base}/healthz`)).status).toBe(200);

    const report = await orderInvariantViolations(orm.em.fork(), { placedNumbers: tally.placed, onHand: Object.fromEntries(limited.map((id) => [id, STOCK])) });
    expect(report.violations).toEqual([]);
    expect(report.orders).toBe(tally.placed.length);
  });
});
