import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../db/orm.js';
import { toGlobalId } from '../graphql/global-id.js';
import { rows } from '../lib/sql.js';
import { testApi } from '../test/api.js';
import { testDatabase } from '../test/database.js';
import { CatalogueBuilder, province } from '../test/fixtures.js';
import { addTestCommune, buckets, variantIdOf } from '../test/orders.js';
import { CART_COOKIE } from './session-cookie.js';

const { orm, url } = await testDatabase();
const api = await testApi(orm);
const builder = new CatalogueBuilder();
addTestCommune(builder);
const producer = builder.producer('HTX Chè Tân Cương', province.current('01'));
const tea = variantIdOf(builder.product('Chè Tân Cương', producer, { variants: [{ label: 'gói 200 g', price: 120_000, stock: 50 }] }).id);

const ADD = `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { userErrors { code } } }`;
const PLACE = `mutation ($input: CheckoutPlaceInput!) { checkoutPlace(input: $input) { order { number } userErrors { code } } }`;

beforeAll(() => builder.write(orm));

async function guestCart(quantity: number): Promise<string> {
  const res = await api.gql(ADD, { input: { lines: [{ variantId: toGlobalId('ProductVariant', tea), quantity }] } });
  expect(res.data!.cartLinesAdd.userErrors).toEqual([]);
  return res.headers.getSetCookie().find((c) => c.startsWith(`${CART_COOKIE.development}=`))!.split(';')[0]!;
}

const place = (cookie: string, idempotencyKey: string) =>
  api.gql(PLACE, {
    input: {
      idempotencyKey, email: 'lan@faults.test', phone: '0912 345 678', paymentMethod: 'BANK_TRANSFER',
      shippingAddress: { recipientName: 'Nguyễn Thị Lan', phone: '0987 654 321', provinceId: toGlobalId('Province', 'prv_01'), communeId: toGlobalId('Commune', 'cmn_test_01'), streetLine: '12 Hàng Bạc' },
    },
  }, { headers: { cookie } });

async function ordersOf(key: string) {
  return rows<{ number: string }>(orm.em.fork(), `select number from shop_order where idempotency_key = ?`, [key]);
}

/** A trigger on `payment` inserts (the last step of a checkout), replaced by each test. */
async function onPaymentInsert(body: string) {
  const em = orm.em.fork();
  await rows(em, `create or replace function fault_probe() returns trigger language plpgsql as $$ begin ${body} return new; end $$`);
  await rows(em, `drop trigger if exists fault_probe on payment`);
  await rows(em, `create trigger fault_probe before insert on payment for each row execute function fault_probe()`);
}

describe('database faults at the API', () => {
  it('places an order whose checkout transaction hit a serialization failure once (the whole transaction ran again)', async () => {
    await rows(orm.em.fork(), `create sequence fault_once`);
    await onPaymentInsert(`if nextval('fault_once') = 1 then raise exception 'forced' using errcode = 'serialization_failure'; end if;`);
    const before = (await buckets(orm, [tea]))[0]!;
    const cookie = await guestCart(2);
    const res = await place(cookie, 'retry-once-0001');
    expect(res.status).toBe(200);
    expect(res.data!.checkoutPlace).toMatchObject({ order: { number: expect.any(String) }, userErrors: [] });
    expect(await ordersOf('retry-once-0001')).toHaveLength(1);
    // Reserved once, not twice: the first attempt left nothing behind.
    expect((await buckets(orm, [tea]))[0]).toMatchObject({ stock: before.stock - 2, reserved: before.reserved + 2, holds: true });
    const [outbox] = await rows<{ n: number }>(orm.em.fork(), `select count(*)::int as n from order_outbox e join shop_order o on o.id = e.order_id where o.idempotency_key = ?`, ['retry-once-0001']);
    expect(outbox!.n).toBe(1);
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After when the conflict outlives the retries, and writes nothing', async () => {
    await onPaymentInsert(`raise exception 'forced' using errcode = 'serialization_failure';`);
    const before = await buckets(orm, [tea]);
    const cookie = await guestCart(1);
    const res = await place(cookie, 'retry-never-0001');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }) })]);
    expect(await ordersOf('retry-never-0001')).toEqual([]);
    expect(await buckets(orm, [tea])).toEqual(before);
  });

  it('answers 503 to a request whose connection the server ended mid-transaction, and the same request succeeds right after', async () => {
    // The checkout stalls on its payment insert until its backend is terminated (like a restart).
    await onPaymentInsert(`perform pg_sleep(10);`);
    const cookie = await guestCart(1);
    const before = await buckets(orm, [tea]);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const pending = place(cookie, 'terminated-0001');
      let terminated = 0;
      for (let k = 0; k < 100 && terminated === 0; k++) {
        await new Promise((r) => setTimeout(r, 50));
        const found = await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and query like '%insert into payment%' and state = 'active'`,
        );
        terminated = found.rowCount ?? 0;
      }
      expect(terminated).toBe(1);
      const res = await pending;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/unavailable/), extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect(await ordersOf('terminated-0001')).toEqual([]);
      expect(await buckets(orm, [tea])).toEqual(before);
      // The dead connection went back to the pool, which dropped it: none is left checked out
      // (a failed ROLLBACK used to keep it forever; patches/kysely@0.29.6.patch).
      const pool = (await orm.em.getConnection().getNativeClient()) as pg.Pool;
      expect(pool.totalCount - pool.idleCount).toBe(0);
    } finally {
      await admin.end();
    }
    // The client retries with the same key: the pool has a fresh connection, the order is placed once.
    await rows(orm.em.fork(), `drop trigger fault_probe on payment`);
    const again = await place(cookie, 'terminated-0001');
    expect(again.status).toBe(200);
    expect(again.data!.checkoutPlace.order).toMatchObject({ number: expect.any(String) });
    expect(await ordersOf('terminated-0001')).toHaveLength(1);
  });

  it('survives the server ending idle pooled connections: reported to onPoolError, the next query reconnects', async () => {
    const errors: string[] = [];
    const own = await openOrm(url, { poolMax: 3, onPoolError: (e) => errors.push(e.message) });
    try {
      // Three idle connections in the pool.
      await Promise.all([1, 2, 3].map(() => rows(own.em.fork(), `select pg_sleep(0.05)`)));
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const killed = await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'ocop-api' and pid <> pg_backend_pid() and state = 'idle'`);
      await admin.end();
      expect(killed.rowCount).toBeGreaterThanOrEqual(3);
      for (let k = 0; k < 50 && errors.length < 3; k++) await new Promise((r) => setTimeout(r, 20));
      expect(errors.length).toBeGreaterThanOrEqual(3);
      expect(errors[0]).toMatch(/terminating connection due to administrator command/);
      expect(await rows(own.em.fork(), `select 1 as one`)).toEqual([{ one: 1 }]);
    } finally {
      await own.close();
    }
  });
});
