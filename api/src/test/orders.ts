import { randomBytes } from 'node:crypto';
import type { Orm } from '../db/orm.js';
import { rows } from '../lib/sql.js';
import { hashCartToken } from '../modules/cart/cart.service.js';
import type { CheckoutInput } from '../modules/orders/checkout.service.js';
import type { CatalogueBuilder } from './fixtures.js';

/** A demo commune of Hà Nội (01) for shipping addresses; add it to the builder before writing. */
export function addTestCommune(builder: CatalogueBuilder, id = 'cmn_test_01', provinceId = 'prv_01') {
  builder.data.communes.push({ id, code: `9${id.slice(-4).padStart(4, '0')}`, name: 'Phường Thử Nghiệm', provinceId });
  return id;
}

/** The first variant's id of a product written by CatalogueBuilder. */
export const variantIdOf = (productId: string, k = 0) => `${productId.replace('prd_', 'var_')}${k}`;

/**
 * `count` guest carts holding these lines, written in bulk (two statements), each with its cookie
 * token: for tests that need many shoppers at once.
 */
export async function guestCarts(orm: Orm, count: number, linesOf: (k: number) => { variantId: string; quantity: number }[]): Promise<string[]> {
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  const ids = tokens.map((_, k) => `cart_test_${randomBytes(6).toString('hex')}_${k}`);
  const em = orm.em.fork();
  const now = new Date();
  await rows(em, `insert into cart (id, token_hash, created_at, updated_at) select * from unnest(?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])`, [
    ids, tokens.map(hashCartToken), ids.map(() => now), ids.map(() => now),
  ]);
  const lines = ids.flatMap((id, k) => linesOf(k).map((l) => ({ id, ...l })));
  await rows(em, `insert into cart_line (cart_id, variant_id, quantity, added_at) select *, now() from unnest(?::text[], ?::text[], ?::int[])`, [
    lines.map((l) => l.id), lines.map((l) => l.variantId), lines.map((l) => l.quantity),
  ]);
  return tokens;
}

export function checkoutInput(overrides: Partial<CheckoutInput> = {}, communeId = 'cmn_test_01'): CheckoutInput {
  return {
    idempotencyKey: randomBytes(12).toString('base64url'),
    email: 'khach@orders.test',
    phone: '0912 345 678',
    contactName: 'Nguyễn Thị Lan',
    shipping: { recipientName: 'Nguyễn Thị Lan', phone: '+84 987 654 321', provinceId: 'prv_01', communeId, streetLine: '12 Hàng Bạc' },
    deliveryOptions: [],
    paymentMethod: 'BANK_TRANSFER',
    ...overrides,
  };
}

/** Stock buckets of variants and whether on_hand = available + reserved + sold. */
export async function buckets(orm: Orm, variantIds: string[]) {
  return rows<{ id: string; stock: number; reserved: number; sold: number; onHand: number; holds: boolean }>(
    orm.em.fork(),
    `select id, stock, reserved, sold, on_hand as "onHand", on_hand = stock + reserved + sold as holds from product_variant where id = any(?) order by id`,
    [variantIds],
  );
}

/**
 * Places an order of these lines as a guest through the checkout service, then moves its sub-orders
 * to `state` (PAID through a received transfer; later states through the state machine).
 */
export async function placedOrder(
  orm: Orm,
  lines: { variantId: string; quantity: number }[],
  state: 'PENDING_PAYMENT' | 'PAID' | 'CONFIRMED' | 'PROCESSING' | 'SHIPPED',
): Promise<{ orderId: string; number: string; subOrderIds: string[] }> {
  const { createServices } = await import('../modules/services.js');
  const services = createServices(orm.em.fork());
  const [token] = await guestCarts(orm, 1, () => lines);
  const online = state === 'PENDING_PAYMENT' || state === 'PAID';
  const placed = await services.checkout.place({ userId: null, token: token! }, checkoutInput({ paymentMethod: online ? 'BANK_TRANSFER' : 'COD' }));
  if (!placed.order) throw new Error(JSON.stringify(placed.userErrors));
  const orderId = placed.order.id;
  if (state === 'PAID') await services.orderPayments.receive(orderId, placed.order.totalAmount, 'manual:test');
  const path = { PROCESSING: ['PROCESSING'], SHIPPED: ['PROCESSING', 'SHIPPED'] }[state as 'PROCESSING'] ?? [];
  for (const to of path) {
    await orm.em.fork().transactional(async (tx) => {
      const [subs] = await services.orders.subOrdersOf([orderId], tx);
      await services.orders.move(tx, subs!, to as 'PROCESSING', { carrier: 'GHN', trackingNumber: 'GHN-TEST' });
    });
  }
  const [subs] = await services.orders.subOrdersOf([orderId]);
  return { orderId, number: placed.order.number, subOrderIds: subs!.map((s) => s.id) };
}
