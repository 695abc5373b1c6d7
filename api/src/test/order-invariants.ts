import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../lib/sql.js';

/**
 * What must hold of the orders and stock whatever happened to the database meanwhile (connections
 * killed, a restart mid-checkout): checked after the chaos test and bench (issue 9, acceptance 5).
 * Each query lists the offenders; an empty report means every invariant holds.
 */
export interface InvariantReport {
  orders: number;
  violations: string[];
}

/** Sub-order states whose lines hold reserved units, and those whose lines count as sold. */
const RESERVED_STATES = ['PENDING_PAYMENT'];
const SOLD_STATES = ['PAID', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED'];

export async function orderInvariantViolations(
  em: EntityManager,
  options: {
    /** Order numbers a client was told were placed: each must exist. */
    placedNumbers?: string[];
    /** Variants whose every unit moved only through orders since `onHand` was read: buckets must match their lines. */
    onHand?: Record<string, number>;
  } = {},
): Promise<InvariantReport> {
  const violations: string[] = [];
  const check = async (what: string, sql: string, params: unknown[] = []) => {
    const found = await rows<{ offender: string }>(em, sql, params);
    if (found.length) violations.push(`${what}: ${found.slice(0, 10).map((r) => r.offender).join(', ')}${found.length > 10 ? ` (+${found.length - 10})` : ''}`);
  };
  const [{ orders }] = (await rows<{ orders: number }>(em, `select count(*)::int as orders from shop_order`)) as [{ orders: number }];

  if (options.placedNumbers?.length) {
    await check('placed but missing', `select n as offender from unnest(?::text[]) n where not exists (select 1 from shop_order o where o.number = n)`, [options.placedNumbers]);
  }
  await check('order with products but no sub-order', `select o.number as offender from shop_order o where o.subtotal_amount > 0 and not exists (select 1 from sub_order s where s.order_id = o.id)`);
  await check('sub-order without lines', `select s.id as offender from sub_order s where not exists (select 1 from order_line l where l.sub_order_id = s.id)`);
  await check('order without exactly one payment', `select o.number as offender from shop_order o left join payment p on p.order_id = o.id group by o.number having count(p.order_id) <> 1`);
  await check('order without its ORDER_PLACED event', `select o.number as offender from shop_order o where not exists (select 1 from order_outbox e where e.order_id = o.id and e.kind = 'ORDER_PLACED')`);
  await check('line total is not price × quantity', `select l.id as offender from order_line l where l.line_total_amount <> l.unit_price_amount * l.quantity`);
  await check(
    'sub-order totals do not add up',
    `select s.id as offender from sub_order s
     where s.subtotal_amount <> (select coalesce(sum(l.line_total_amount), 0) from order_line l where l.sub_order_id = s.id)
        or s.total_amount <> s.subtotal_amount + s.shipping_amount`,
  );
  await check(
    'order totals do not add up',
    `select o.number as offender from shop_order o
     where o.subtotal_amount <> (select coalesce(sum(s.subtotal_amount), 0) from sub_order s where s.order_id = o.id)
        or o.shipping_amount <> (select coalesce(sum(s.shipping_amount), 0) from sub_order s where s.order_id = o.id)
        or o.total_amount <> o.subtotal_amount + o.shipping_amount + o.bookings_amount
        or o.total_amount <> (select p.amount from payment p where p.order_id = o.id)`,
  );
  await check('negative stock bucket', `select id as offender from product_variant where stock < 0 or reserved < 0 or sold < 0`);
  await check('on hand is not available + reserved + sold', `select id as offender from product_variant where on_hand <> stock + reserved + sold`);

  const variantIds = Object.keys(options.onHand ?? {});
  if (variantIds.length) {
    await check(
      'units on hand changed',
      `select v.id as offender from product_variant v join unnest(?::text[], ?::int[]) as x(id, on_hand) on x.id = v.id where v.on_hand <> x.on_hand`,
      [variantIds, variantIds.map((id) => options.onHand![id]!)],
    );
    await check(
      'reserved or sold units differ from the order lines holding them',
      `select v.id as offender from product_variant v
       where v.id = any(?) and (
         v.reserved <> (select coalesce(sum(l.quantity), 0) from order_line l join sub_order s on s.id = l.sub_order_id where l.variant_id = v.id and s.state = any(?))
         or v.sold <> (select coalesce(sum(l.quantity), 0) from order_line l join sub_order s on s.id = l.sub_order_id where l.variant_id = v.id and s.state = any(?)))`,
      [variantIds, RESERVED_STATES, SOLD_STATES],
    );
  }
  return { orders, violations };
}
