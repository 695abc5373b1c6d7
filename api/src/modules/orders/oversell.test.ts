import { beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../../db/orm.js';
import { rows } from '../../lib/sql.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';
import { addTestCommune, buckets, checkoutInput, guestCarts, variantIdOf } from '../../test/orders.js';
import { seededRandom } from '../../db/seed/random.js';
import { createServices, defaultServiceDeps } from '../services.js';

const { orm, url } = await testDatabase();
// Separate connections: each checkout runs on its own fork over a pool of 20.
const concurrentOrm = await openOrm(url, { poolMax: 20 });
const ROUNDS = 20;
const builder = new CatalogueBuilder();
addTestCommune(builder);
const producer = builder.producer('HTX Mật Ong Ba Vì', province.current('01'));
const first = builder.product('Mật ong hoa nhãn', producer, { variants: [{ label: 'chai 500 ml', price: 180_000, stock: 5 }] });
const random = seededRandom(2611);
const stocks = Array.from({ length: ROUNDS }, () => 1 + Math.floor(random() * 10));
const rounds = stocks.map((stock, k) => builder.product(`Mật ong vòng ${k}`, producer, { variants: [{ label: 'chai', price: 90_000, stock }] }));

beforeAll(async () => {
  await builder.write(orm);
  return () => concurrentOrm.close();
});

/** `quantities.length` shoppers check out at once, each from its own guest cart. */
async function stampede(variantId: string, quantities: number[]) {
  const tokens = await guestCarts(orm, quantities.length, (k) => [{ variantId, quantity: quantities[k]! }]);
  return Promise.all(
    tokens.map((token) =>
      createServices(concurrentOrm.em.fork(), { ...defaultServiceDeps(), reservationDelayMs: 2 }).checkout.place({ userId: null, token }, checkoutInput()),
    ),
  );
}

describe('oversell', () => {
  it('sells exactly 5 units to 100 concurrent shoppers of a variant with 5', async () => {
    const variantId = variantIdOf(first.id);
    const results = await stampede(variantId, Array(100).fill(1));
    expect(results.filter((r) => r.order).length).toBe(5);
    const refused = results.filter((r) => !r.order);
    expect(refused.length).toBe(95);
    for (const r of refused) expect(r.userErrors).toEqual([expect.objectContaining({ code: 'OUT_OF_STOCK', field: ['lines', '0'] })]);
    expect(await buckets(orm, [variantId])).toEqual([{ id: variantId, stock: 0, reserved: 5, sold: 0, onHand: 5, holds: true }]);
    const [orders] = await rows<{ n: number }>(orm.em.fork(), `select count(*)::int as n from shop_order o join sub_order s on s.order_id = o.id join order_line l on l.sub_order_id = s.id where l.variant_id = ?`, [variantId]);
    expect(orders!.n).toBe(5);
  });

  it(`never oversells with random stock and quantities (${ROUNDS} rounds of 100)`, { timeout: 120_000 /* ~12 s on an idle 2-core machine */ }, async () => {
    // Rounds run two at a time (each on its own variant, so they never contend with each other).
    const plans = rounds.map((product) => ({ product, quantities: Array.from({ length: 100 }, () => 1 + Math.floor(random() * 3)) }));
    const outcomes: Awaited<ReturnType<typeof stampede>>[] = [];
    for (let k = 0; k < plans.length; k += 2) {
      outcomes.push(...(await Promise.all(plans.slice(k, k + 2).map((p) => stampede(variantIdOf(p.product.id), p.quantities)))));
    }
    for (const [k, { product, quantities }] of plans.entries()) {
      const variantId = variantIdOf(product.id);
      const results = outcomes[k]!;
      const sold = results.reduce((sum, r, i) => sum + (r.order ? quantities[i]! : 0), 0);
      const [b] = await buckets(orm, [variantId]);
      expect(b).toMatchObject({ stock: stocks[k]! - sold, reserved: sold, sold: 0, onHand: stocks[k], holds: true });
      expect(b!.stock).toBeGreaterThanOrEqual(0);
      results.forEach((r, i) => {
        if (r.order) return;
        expect(r.userErrors.map((e) => e.code)).toEqual(['OUT_OF_STOCK']);
        // Refused only when too few were left: what is left now is less than it asked for.
        expect(quantities[i]!).toBeGreaterThan(b!.stock);
      });
      const [lines] = await rows<{ n: number }>(orm.em.fork(), `select coalesce(sum(quantity), 0)::int as n from order_line where variant_id = ?`, [variantId]);
      expect(lines!.n).toBe(sold);
    }
  });
});
