import { PgBoss } from 'pg-boss';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from './graphql/global-id.js';
import { CART_COOKIE } from './http/session-cookie.js';
import { JOB } from './jobs.js';
import { rows } from './lib/sql.js';
import { createServices } from './modules/services.js';
import { testDatabase } from './test/database.js';
import { CatalogueBuilder, province } from './test/fixtures.js';
import { addTestCommune, checkoutInput, guestCarts, variantIdOf } from './test/orders.js';
import { eventually, spawnTs } from './test/processes.js';

/**
 * Issue 9, acceptance 6: the real API process (src/main.ts) and job processes over a database of
 * this file's own. Slowness is made inside PostgreSQL (triggers with pg_sleep), so the processes
 * run unchanged production code.
 */
const { orm, url } = await testDatabase();
const builder = new CatalogueBuilder();
addTestCommune(builder);
const producer = builder.producer('HTX Gốm Bát Tràng', province.current('01'));
const vase = variantIdOf(builder.product('Bình gốm men lam', producer, { variants: [{ label: 'bình 30 cm', price: 450_000, stock: 20 }] }).id);
beforeAll(() => builder.write(orm));

const PLACE = `mutation ($input: CheckoutPlaceInput!) { checkoutPlace(input: $input) { order { number } userErrors { code } } }`;
const sql = <T>(text: string, params: unknown[] = []) => rows<T>(orm.em.fork(), text, params);

async function sendJob(name: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', supervise: false, schedule: false, migrate: false });
  boss.on('error', () => {});
  await boss.start();
  await boss.send(name, {});
  await boss.stop({ graceful: false });
}

/** Waits until a backend of this database runs a statement containing `text`. */
const running = (text: string) =>
  eventually(async () => (await sql<{ n: number }>(`select count(*)::int as n from pg_stat_activity where datname = current_database() and state = 'active' and query like ?`, [`%${text}%`]))[0]!.n > 0, 20_000, 50);

async function mailsTo(address: string): Promise<number> {
  return (await sql<{ n: number }>(`select count(*)::int as n from dev_mail where to_address = ?`, [address]))[0]!.n;
}

describe('graceful shutdown', () => {
  it('on SIGTERM with a checkout and a mail job in flight: not ready first, both finish, the pool closes, exit 0 within 15 s', { timeout: 90_000 }, async () => {
    // The mail to this shopper takes 3 s to store; the next checkout's payment row takes 3 s to write.
    await sql(`create function slow_mail() returns trigger language plpgsql as $$ begin if new.to_address = 'cham@shutdown.test' then perform pg_sleep(3); end if; return new; end $$`);
    await sql(`create trigger slow_mail before insert on dev_mail for each row execute function slow_mail()`);
    const [first, second] = await guestCarts(orm, 2, () => [{ variantId: vase, quantity: 1 }]);
    const api = spawnTs('src/main.ts', {
      DATABASE_URL: url, API_PORT: '0', API_HOST: '127.0.0.1', NODE_ENV: 'development', SEED_ON_EMPTY: 'false',
      RESPONSE_CACHE_MAX_AGE: '0', SHUTDOWN_READINESS_DELAY_MS: '1000', SHUTDOWN_TIMEOUT_MS: '15000',
    });
    let passed = false;
    try {
      const port = Number((await api.waitFor(/localhost:(\d+)\/graphql/))[1]);
      const base = `http://127.0.0.1:${port}`;
      const place = (token: string, email: string) =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: `${CART_COOKIE.development}=${token}` },
          body: JSON.stringify({
            query: PLACE,
            variables: {
              input: {
                idempotencyKey: `shutdown-${email.split('@')[0]}-0001`, email, phone: '0912 345 678', paymentMethod: 'COD',
                shippingAddress: { recipientName: 'Trần Văn Chăm', phone: '0912 345 678', provinceId: toGlobalId('Province', 'prv_01'), communeId: toGlobalId('Commune', 'cmn_test_01'), streetLine: '5 Bát Tràng' },
              },
            },
          }),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as { data?: { checkoutPlace: { order: { number: string } | null } } } }));

      const placed = await place(first!, 'cham@shutdown.test');
      expect(placed.body.data?.checkoutPlace.order?.number, JSON.stringify(placed.body)).toEqual(expect.any(String));
      await sendJob(JOB.sendOrderMail);
      await running('insert into dev_mail'); // the mail job is mid-send

      await sql(`create function slow_payment() returns trigger language plpgsql as $$ begin perform pg_sleep(3); return new; end $$`);
      await sql(`create trigger slow_payment before insert on payment for each row execute function slow_payment()`);
      const inFlight = place(second!, 'binh@shutdown.test');
      await running('insert into payment'); // the checkout is mid-transaction

      const signalled = Date.now();
      api.child.kill('SIGTERM');
      await api.waitFor(/SIGTERM: not ready/, 5_000);
      // Still listening during the readiness delay, and saying it is going away.
      const readiness = await fetch(`${base}/readyz`);
      expect(readiness.status).toBe(503);
      expect(await readiness.json()).toEqual({ status: 'shutting down' });

      const finished = await inFlight;
      expect(finished.status).toBe(200);
      expect(finished.body.data?.checkoutPlace.order?.number).toEqual(expect.any(String));
      expect(await api.exited).toBe(0);
      const tookMs = Date.now() - signalled;
      expect(tookMs).toBeLessThan(15_000);

      const out = api.output();
      const order = ['SIGTERM: not ready', 'shutdown: closing the listener', 'shutdown: done'].map((line) => out.indexOf(line));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // The mail in flight was stored once and its outbox event marked sent; its job completed.
      expect(await mailsTo('cham@shutdown.test')).toBe(1);
      expect(await sql(`select e.sent_at is not null as sent, e.attempts from order_outbox e join shop_order o on o.id = e.order_id where o.email = 'cham@shutdown.test'`)).toEqual([{ sent: true, attempts: 1 }]);
      expect(await sql(`select state from pgboss.job where name = ? and state in ('active', 'failed')`, [JOB.sendOrderMail])).toEqual([]);
      passed = true;
    } finally {
      if (!passed) console.log(`API output:\n${api.output()}`);
      if (api.child.exitCode === null) api.child.kill('SIGKILL');
      await sql(`drop trigger if exists slow_mail on dev_mail`);
      await sql(`drop trigger if exists slow_payment on payment`);
    }
  });

  it('retries a mail job whose worker was killed (SIGKILL) mid-send, and the mail goes out exactly once', { timeout: 150_000 }, async () => {
    await sql(`update order_outbox set sent_at = now() where sent_at is null`);
    const [token] = await guestCarts(orm, 1, () => [{ variantId: vase, quantity: 1 }]);
    const placed = await createServices(orm.em.fork()).checkout.place({ userId: null, token: token! }, checkoutInput({ email: 'kill@shutdown.test', paymentMethod: 'COD' }));
    expect(placed.order).not.toBeNull();

    const env = { DATABASE_URL: url };
    const doomed = spawnTs('src/test/mail-worker.ts', { ...env, MAIL_BLOCKS: 'true' });
    let survivor: ReturnType<typeof spawnTs> | null = null;
    try {
      await doomed.waitFor(/mail-worker: ready/);
      await sendJob(JOB.sendOrderMail);
      await doomed.waitFor(/sending to kill@shutdown\.test/, 20_000).catch(async (e) => {
        throw new Error(`${e}\n${JSON.stringify(await sql(`select id, name, state, retry_count from pgboss.job`))}\n${JSON.stringify(await sql(`select * from order_outbox`))}`);
      });
      const [job] = await sql<{ id: string }>(`select id from pgboss.job where name = ? and state = 'active'`, [JOB.sendOrderMail]);
      expect(job).toBeDefined();
      doomed.child.kill('SIGKILL');
      expect(await doomed.exited).toBe('SIGKILL');
      // Its transaction died with it: the event is unlocked and still unsent, nothing was stored.
      expect(await eventually(async () => (await sql<{ sent: boolean; attempts: number }>(`select sent_at is not null as sent, attempts from order_outbox where order_id = ?`, [placed.order!.id]))[0]!.attempts === 0)).toBe(true);
      expect(await mailsTo('kill@shutdown.test')).toBe(0);

      survivor = spawnTs('src/test/mail-worker.ts', env);
      await survivor.waitFor(/mail-worker: ready/);
      // The job expires (2 s here), the supervisor puts it back, the new worker runs it.
      const retried = await eventually(async () => {
        const [state] = await sql<{ state: string; retryCount: number }>(`select state, retry_count as "retryCount" from pgboss.job where id = ?`, [job!.id]);
        return state?.state === 'completed' ? state : null;
      }, 60_000, 200).catch(async (e) => {
        throw new Error(`${e}\njobs: ${JSON.stringify(await sql(`select id, state, retry_count, started_on, completed_on from pgboss.job where name = ?`, [JOB.sendOrderMail]))}\n${doomed.output()}\n${survivor!.output()}`);
      });
      expect(retried.retryCount, doomed.output() + survivor.output()).toBeGreaterThanOrEqual(1);
      expect(await mailsTo('kill@shutdown.test'), doomed.output() + survivor.output()).toBe(1);
      expect(await sql(`select sent_at is not null as sent, attempts from order_outbox where order_id = ?`, [placed.order!.id])).toEqual([{ sent: true, attempts: 1 }]);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await mailsTo('kill@shutdown.test')).toBe(1);
      survivor.child.kill('SIGTERM');
      expect(await survivor.exited).toBe(0);
    } finally {
      for (const p of [doomed, survivor]) if (p && p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    }
  });
});
