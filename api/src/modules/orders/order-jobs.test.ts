import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB, startJobs } from '../../jobs.js';
import { rows } from '../../lib/sql.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';
import { addTestCommune, buckets, checkoutInput, guestCarts, variantIdOf } from '../../test/orders.js';
import type { MailSender, OutboundMail } from '../mail/mail.js';
import { createServices, defaultServiceDeps } from '../services.js';

const { orm, url } = await testDatabase();
const builder = new CatalogueBuilder();
addTestCommune(builder);
const producer = builder.producer('HTX Gạo Tám Xoan', province.current('01'));
const rice = variantIdOf(builder.product('Gạo tám xoan', producer, { variants: [{ label: 'túi 5 kg', price: 200_000, stock: 50 }] }).id);

beforeAll(() => builder.write(orm));

async function place(at: Date, paymentMethod: 'COD' | 'BANK_TRANSFER' = 'BANK_TRANSFER') {
  const [token] = await guestCarts(orm, 1, () => [{ variantId: rice, quantity: 2 }]);
  const services = createServices(orm.em.fork(), { ...defaultServiceDeps(), now: () => at });
  const placed = await services.checkout.place({ userId: null, token: token! }, checkoutInput({ paymentMethod, email: `rice-${token!.slice(0, 6)}@jobs.test` }));
  return placed.order!;
}

const mailsTo = (to: string) => rows<{ subject: string; text: string }>(orm.em.fork(), `select subject, text from dev_mail where to_address = ? order by id`, [to]);

describe('order mails (transactional outbox)', () => {
  it('sends each event once, after the commit, even with two dispatchers at once', async () => {
    const order = await place(new Date());
    expect(await mailsTo(order.email)).toEqual([]);
    const services = () => createServices(orm.em.fork());
    const [x, y] = await Promise.all([services().orderMail.dispatchPending(), services().orderMail.dispatchPending()]);
    expect(x.sent + y.sent).toBeGreaterThanOrEqual(1);
    expect(await services().orderMail.dispatchPending()).toEqual({ sent: 0, failed: 0 });
    const mails = await mailsTo(order.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(order.number);
    expect(mails[0]!.text).toContain(`nội dung: ${order.number}`);
  });

  it('retries a failed send and records the error', async () => {
    const order = await place(new Date(), 'COD');
    const sent: OutboundMail[] = [];
    let fail = true;
    const flaky: MailSender = {
      async send(mail) {
        if (fail) throw new Error('SMTP 421 try again later');
        sent.push(mail);
      },
    };
    const services = () => createServices(orm.em.fork(), { ...defaultServiceDeps(), mail: flaky });
    expect((await services().orderMail.dispatchPending()).failed).toBeGreaterThanOrEqual(1);
    const [event] = await rows<{ attempts: number; lastError: string; sentAt: Date | null }>(
      orm.em.fork(), `select attempts, last_error as "lastError", sent_at as "sentAt" from order_outbox where order_id = ?`, [order.id],
    );
    expect(event).toEqual({ attempts: 1, lastError: 'SMTP 421 try again later', sentAt: null });
    fail = false;
    await services().orderMail.dispatchPending();
    expect(sent.filter((m) => m.to === order.email)).toHaveLength(1);
  });
});

describe('pg-boss jobs started by the API process', () => {
  let jobs: Awaited<ReturnType<typeof startJobs>>;
  afterAll(() => jobs?.stop());

  it('release expired holds and send the mails', async () => {
    const before = await buckets(orm, [rice]);
    const order = await place(new Date(Date.now() - 60 * 60_000));
    jobs = await startJobs({ url, orm, log: () => {}, deps: () => defaultServiceDeps(), pollingIntervalSeconds: 0.5 });
    await jobs.runNow(JOB.releaseExpiredHolds);
    await expect.poll(async () => (await rows<{ state: string }>(orm.em.fork(), `select state from payment where order_id = ?`, [order.id]))[0]!.state, { timeout: 15_000, interval: 200 }).toBe('CANCELLED');
    expect(await buckets(orm, [rice])).toEqual(before);
    await jobs.runNow(JOB.sendOrderMail);
    await expect.poll(async () => (await mailsTo(order.email)).length, { timeout: 15_000, interval: 200 }).toBe(2);
  }, 40_000);
});

describe('two API instances (two job runners on one database)', () => {
  const runners: Awaited<ReturnType<typeof startJobs>>[] = [];
  afterAll(() => Promise.all(runners.map((r) => r.stop())));

  it('runs a job enqueued on both once in effect: one mail per event', async () => {
    const order = await place(new Date(), 'COD');
    for (let k = 0; k < 2; k++) {
      runners.push(await startJobs({ url, orm, log: () => {}, deps: () => defaultServiceDeps(), pollingIntervalSeconds: 0.5 }));
    }
    await Promise.all(runners.map((r) => r.runNow(JOB.sendOrderMail)));
    await Promise.all(runners.map((r) => r.runNow(JOB.sendOrderMail)));
    await expect.poll(async () => (await mailsTo(order.email)).length, { timeout: 15_000, interval: 200 }).toBe(1);
    // Both runners have had time to take their runs: still one.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await mailsTo(order.email)).toHaveLength(1);
  }, 40_000);
});
