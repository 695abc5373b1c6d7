import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { rows } from '../../lib/sql.js';
import type { CartOwner, CartService, PricedCart } from '../cart/cart.service.js';
import { InsufficientStockError, type StockService } from '../catalog/stock.service.js';
import type { CommuneService } from '../places/commune.service.js';
import type { ProvinceService } from '../places/province.service.js';
import { CardGatewayError } from '../payments/card-payment.js';
import type { PaymentAdapter } from '../payments/payment-port.js';
import { normalisedEmail, vietnamesePhone } from './contact.js';
import { newOrderNumber } from './order-number.js';
import { BOOKING_RULE_CODES } from '../bookings/booking-rules.js';
import { PartUnavailableError, type OrderParts } from './order-parts.js';
import type { OrderRecord, OrderService } from './order.service.js';
import type { PaymentMethod } from './order-states.js';
import { retryingTransaction } from '../../lib/unit-of-work.js';

export const CHECKOUT_ERROR_CODES = [
  'CART_EMPTY',
  'INVALID_EMAIL',
  'INVALID_PHONE',
  'NAME_REQUIRED',
  'STREET_REQUIRED',
  'PROVINCE_NOT_FOUND',
  'COMMUNE_NOT_IN_PROVINCE',
  'DELIVERY_OPTION_UNAVAILABLE',
  'PAYMENT_METHOD_UNAVAILABLE',
  'INVALID_IDEMPOTENCY_KEY',
  'IDEMPOTENCY_KEY_REUSED',
  'NOT_AVAILABLE',
  'OUT_OF_STOCK',
  'ADDRESS_REQUIRED',
  ...BOOKING_RULE_CODES,
] as const;
export type CheckoutErrorCode = (typeof CHECKOUT_ERROR_CODES)[number];

export interface CheckoutUserError {
  field: string[];
  code: CheckoutErrorCode;
  message: string;
}

export const DELIVERY_OPTIONS = ['STANDARD', 'EXPRESS'] as const;
export type DeliveryOptionCode = (typeof DELIVERY_OPTIONS)[number];

export interface CheckoutInput {
  /** The client's key for this attempt (a UUID); retrying with it never places a second order. */
  idempotencyKey: string;
  email: string;
  phone: string;
  /** The shopper's name: required for a cart of bookings only; the recipient's name when left out otherwise. */
  contactName?: string | null;
  /** Required when the cart has product lines; ignored for a cart of bookings only. */
  shipping: { recipientName: string; phone: string; provinceId: string | null; communeId: string | null; streetLine: string } | null;
  /** Per producer of the cart; producers not named get STANDARD. */
  deliveryOptions: { producerId: string | null; option: DeliveryOptionCode }[];
  paymentMethod: PaymentMethod;
}

export interface CheckoutResult {
  order: OrderRecord | null;
  /** The secret of the order's link for guests; only when this call placed the order (a replay has none). */
  accessToken: string | null;
  userErrors: CheckoutUserError[];
}

export interface ShippingRate {
  provinceId: string;
  option: DeliveryOptionCode;
  amount: number;
  minDays: number;
  maxDays: number;
}

export interface CheckoutOptions {
  holdMinutes: number;
  adapters: Record<PaymentMethod, PaymentAdapter>;
  /** Card orders: makes the order's PaymentIntent once the order committed (never inside the stock transaction). */
  startCardPayment?: (order: OrderRecord) => Promise<unknown>;
  /** The order's other parts (tourism bookings). */
  parts: OrderParts;
  /** Tests only: a pause inside the reservation transaction, after the variants are locked. */
  reservationDelayMs?: number;
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

function error(field: string[], code: CheckoutErrorCode, message: string): CheckoutUserError {
  return { field, code, message };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function fingerprintOf(cart: { lines: { variantId: string; quantity: number }[]; bookings?: { slotId: string; units: { unitType: string; quantity: number }[] }[] }): string {
  const bookings = (cart.bookings ?? []).map((b) => `${b.slotId}:${b.units.map((u) => `${u.unitType}=${u.quantity}`).sort().join(',')}`);
  return sha256([...cart.lines.map((l) => `${l.variantId}:${l.quantity}`), ...bookings].sort().join('|'));
}

class KeyTaken extends Error {}
class OutOfStock extends Error {
  constructor(readonly variantId: string) {
    super(variantId);
  }
}

/**
 * Places an order from the cart, as one transaction (a workflow whose undo is the rollback): the
 * order row claims the idempotency key; the variants are locked in id order and their units moved
 * from available to reserved by conditional UPDATEs; one sub-order per producer with its delivery
 * price; lines copy name and price from the catalogue now (never from the client); the payment row
 * and an outbox event; the cart is emptied. Cash on delivery is confirmed at once (units sold);
 * online payments hold the units until `holdMinutes` from now.
 */
export class CheckoutService {
  constructor(
    private readonly em: EntityManager,
    private readonly cart: CartService,
    private readonly stock: StockService,
    private readonly orders: OrderService,
    private readonly provinces: ProvinceService,
    private readonly communes: CommuneService,
    private readonly now: () => Date,
    private readonly options: CheckoutOptions,
  ) {}

  /** Payment methods offered at checkout (card hidden when not configured). */
  paymentMethods(): PaymentMethod[] {
    return Object.values(this.options.adapters).filter((a) => a.available()).map((a) => a.method);
  }

  async rates(provinceId: string): Promise<ShippingRate[]> {
    return rows<ShippingRate>(
      this.em,
      `select province_id as "provinceId", option, amount::float8 as amount, min_days as "minDays", max_days as "maxDays"
       from shipping_rate where province_id = ? order by amount`,
      [provinceId],
    );
  }

  async place(owner: CartOwner, input: CheckoutInput): Promise<CheckoutResult> {
    const fail = (...userErrors: CheckoutUserError[]): CheckoutResult => ({ order: null, accessToken: null, userErrors });
    if (!KEY_PATTERN.test(input.idempotencyKey)) return fail(error(['idempotencyKey'], 'INVALID_IDEMPOTENCY_KEY', 'The key is 8 to 100 letters, digits, - or _ (a UUID).'));
    const cart = await this.cart.find(owner);

    if (!cart || (cart.lines.length === 0 && cart.bookings.length === 0)) {
      // Placing empties the cart: an empty cart may be the retry of a placed order.
      return (await this.replay(input.idempotencyKey, cart)) ?? fail(error([], 'CART_EMPTY', 'The cart is empty.'));
    }

    const errors: CheckoutUserError[] = [];
    const email = normalisedEmail(input.email);
    if (!email) errors.push(error(['email'], 'INVALID_EMAIL', 'Enter a valid email address.'));
    const phone = vietnamesePhone(input.phone);
    if (!phone) errors.push(error(['phone'], 'INVALID_PHONE', 'Enter a Vietnamese phone number (e.g. 0912 345 678).'));
    // An order of bookings only ships nothing: its address is neither asked for nor kept.
    const shipping = cart.lines.length > 0 ? input.shipping : null;
    if (cart.lines.length > 0 && !shipping) errors.push(error(['shippingAddress'], 'ADDRESS_REQUIRED', 'Enter the shipping address for the products of the cart.'));
    const shippingPhone = shipping ? vietnamesePhone(shipping.phone) : null;
    if (shipping && !shippingPhone) errors.push(error(['shipping', 'phone'], 'INVALID_PHONE', 'Enter a Vietnamese phone number (e.g. 0912 345 678).'));
    const recipientName = shipping?.recipientName.trim() ?? '';
    if (shipping && (!recipientName || recipientName.length > 120)) errors.push(error(['shipping', 'recipientName'], 'NAME_REQUIRED', "Enter the recipient's name (at most 120 characters)."));
    // The operator's guest list needs a name: an order of bookings only has no recipient to take it from.
    const contactName = input.contactName?.trim() || recipientName;
    if (!shipping && (!contactName || contactName.length > 120)) errors.push(error(['contactName'], 'NAME_REQUIRED', 'Enter your name (at most 120 characters).'));
    const streetLine = shipping?.streetLine.trim() ?? '';
    if (shipping && (!streetLine || streetLine.length > 200)) errors.push(error(['shipping', 'streetLine'], 'STREET_REQUIRED', 'Enter the house number and street (at most 200 characters).'));
    const address = shipping ? await this.checkAddress(shipping.provinceId, shipping.communeId) : { errors: [], provinceId: null, communeId: null };
    errors.push(...address.errors);
    const adapter = this.options.adapters[input.paymentMethod];
    if (!adapter?.available()) errors.push(error(['paymentMethod'], 'PAYMENT_METHOD_UNAVAILABLE', 'This payment method is not offered.'));

    const priced = await this.cart.priced(cart);
    priced.lines.forEach((l, k) => {
      if (!l.variant?.forSale) errors.push(error(['lines', String(k)], 'NOT_AVAILABLE', `${l.variant?.productName ?? 'A product'} is no longer on sale; remove it from the cart.`));
    });
    errors.push(...this.options.parts.check(priced));
    const producerIds = [...new Set(priced.lines.map((l) => l.variant?.producerId).filter((id): id is string => !!id))];
    const rates = address.provinceId ? await this.rates(address.provinceId) : [];
    const chosen = new Map<string, ShippingRate>();
    (shipping ? input.deliveryOptions : []).forEach((d, k) => {
      const rate = rates.find((r) => r.option === d.option);
      if (!d.producerId || !producerIds.includes(d.producerId) || (!rate && address.provinceId)) {
        errors.push(error(['deliveryOptions', String(k)], 'DELIVERY_OPTION_UNAVAILABLE', 'No such delivery option for a producer of this cart.'));
      } else if (rate) chosen.set(d.producerId, rate);
    });
    if (address.provinceId) {
      for (const producerId of producerIds) {
        const standard = rates.find((r) => r.option === 'STANDARD');
        if (!chosen.has(producerId) && standard) chosen.set(producerId, standard);
        if (!chosen.has(producerId)) errors.push(error(['deliveryOptions'], 'DELIVERY_OPTION_UNAVAILABLE', 'No delivery to this province.'));
      }
    }
    if (errors.length) return fail(...errors);

    const accessToken = randomBytes(32).toString('base64url');
    try {
      const orderId = await retryingTransaction(this.em, (tx) =>
        this.placeIn(tx, {
          input, cart: priced, email: email!, phone: phone!, contactName: contactName.slice(0, 120), shippingPhone, recipientName: shipping ? recipientName : null, streetLine: shipping ? streetLine : null,
          provinceId: address.provinceId, communeId: address.communeId, adapter: adapter!, chosen, accessToken,
        }),
      );
      return { order: await this.withCardIntent((await this.orders.byIds([orderId]))[0]!), accessToken, userErrors: [] };
    } catch (e) {
      if (e instanceof KeyTaken) return (await this.replay(input.idempotencyKey, cart))!;
      if (e instanceof PartUnavailableError) return fail(error(e.field, e.code, e.message));
      if (e instanceof OutOfStock) {
        const k = priced.lines.findIndex((l) => l.variantId === e.variantId);
        const line = priced.lines[k]!;
        return fail(error(['lines', String(k)], 'OUT_OF_STOCK', `Not enough of ${line.variant!.productName} (${line.variant!.label}) left for ${line.quantity}.`));
      }
      throw e;
    }
  }

  /** An order already placed with this key: the same order when the cart is the one it came from, else IDEMPOTENCY_KEY_REUSED. */
  private async replay(key: string, cart: { id: string; lines: { variantId: string; quantity: number }[]; bookings: { slotId: string; units: { unitType: string; quantity: number }[] }[] } | null): Promise<CheckoutResult | null> {
    const [placed] = await rows<{ id: string; cartId: string; cartFingerprint: string }>(
      this.em,
      `select id, cart_id as "cartId", cart_fingerprint as "cartFingerprint" from shop_order where idempotency_key = ?`,
      [key],
    );
    if (!placed) return null;
    // The cart is emptied by the placement: an empty cart (or the same lines) is the retry of it.
    const sameCart = cart?.id === placed.cartId && ((cart.lines.length === 0 && cart.bookings.length === 0) || fingerprintOf(cart) === placed.cartFingerprint);
    if (!sameCart) return { order: null, accessToken: null, userErrors: [error(['idempotencyKey'], 'IDEMPOTENCY_KEY_REUSED', 'This key was used for another checkout; use a new key.')] };
    return { order: await this.withCardIntent((await this.orders.byIds([placed.id]))[0]!), accessToken: null, userErrors: [] };
  }

  /**
   * A card order gets its PaymentIntent after the commit: a gateway call never runs while variant rows
   * are locked. If the gateway fails now, the order stands (its units held until the hold expires)
   * and the intent is made when the payment page asks for it (Payment.card).
   */
  private async withCardIntent(order: OrderRecord): Promise<OrderRecord> {
    if (order.paymentMethod !== 'CARD' || order.cardIntentId || order.paymentState !== 'PENDING' || !this.options.startCardPayment) return order;
    try {
      await this.options.startCardPayment(order);
    } catch (e) {
      if (!(e instanceof CardGatewayError)) throw e;
      return order;
    }
    return (await this.orders.byIds([order.id]))[0]!;
  }

  private async checkAddress(provinceId: string | null, communeId: string | null) {
    const errors: CheckoutUserError[] = [];
    const province = provinceId ? (await this.provinces.withSuccessors([provinceId])).find((p) => p.id === provinceId) : undefined;
    if (!province || province.validTo !== null) {
      errors.push(error(['shipping', 'provinceId'], 'PROVINCE_NOT_FOUND', 'Choose a current province (the 34 since 01/07/2025).'));
      return { errors, provinceId: null, communeId: null };
    }
    const [commune] = communeId ? await this.communes.byIds([communeId]) : [];
    if (!commune || commune.provinceId !== province.id || commune.validTo !== null) {
      errors.push(error(['shipping', 'communeId'], 'COMMUNE_NOT_IN_PROVINCE', 'Choose a current commune of the province.'));
    }
    return { errors, provinceId: province.id, communeId: commune?.id ?? null };
  }

  private async placeIn(
    tx: EntityManager,
    p: {
      input: CheckoutInput; cart: PricedCart; email: string; phone: string; contactName: string; shippingPhone: string | null; recipientName: string | null; streetLine: string | null;
      provinceId: string | null; communeId: string | null; adapter: PaymentAdapter; chosen: Map<string, ShippingRate>; accessToken: string;
    },
  ): Promise<string> {
    const now = this.now();
    const byProducer = Map.groupBy(p.cart.lines, (l) => l.variant!.producerId);
    const shippingAmount = [...byProducer.keys()].reduce((sum, id) => sum + p.chosen.get(id)!.amount, 0);
    const confirmed = p.adapter.initialState === 'CONFIRMED';
    const totalAmount = p.cart.subtotalAmount + shippingAmount + p.cart.bookingsAmount;
    const orderId = newId('order', now.getTime());
    let number = '';
    // Claim the key first: a concurrent attempt with the same key waits here, then finds it taken.
    for (let attempt = 0; ; attempt++) {
      number = newOrderNumber(now);
      const inserted = await rows(
        tx,
        `insert into shop_order (id, number, user_id, email, phone, contact_name, recipient_name, shipping_phone, province_id, commune_id, street_line,
           payment_method, subtotal_amount, shipping_amount, bookings_amount, total_amount, idempotency_key, cart_fingerprint, cart_id, access_token_hash,
           hold_expires_at, created_at)
         values (?, ?, (select user_id from cart where id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         on conflict do nothing returning id`,
        [
          orderId, number, p.cart.id, p.email, p.phone, p.contactName, p.recipientName, p.shippingPhone, p.provinceId, p.communeId, p.streetLine,
          p.input.paymentMethod, p.cart.subtotalAmount, shippingAmount, p.cart.bookingsAmount, totalAmount, p.input.idempotencyKey,
          fingerprintOf(p.cart), p.cart.id, sha256(p.accessToken), confirmed ? null : new Date(now.getTime() + this.options.holdMinutes * 60_000), now,
        ],
      );
      if (inserted.length) break;
      if ((await rows(tx, `select 1 from shop_order where idempotency_key = ?`, [p.input.idempotencyKey])).length) throw new KeyTaken();
      // Otherwise the random order number was taken this month: draw another.
      if (attempt >= 5) throw new Error('could not draw a free order number');
    }

    const stockLines = p.cart.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity }));
    await this.stock.lock(tx, stockLines.map((l) => l.variantId));
    if (this.options.reservationDelayMs) await new Promise((r) => setTimeout(r, this.options.reservationDelayMs));
    try {
      await this.stock.move(tx, stockLines, 'AVAILABLE_TO_RESERVED');
      if (confirmed) await this.stock.move(tx, stockLines, 'RESERVED_TO_SOLD');
    } catch (e) {
      if (e instanceof InsufficientStockError) throw new OutOfStock(e.variantId);
      throw e;
    }
    await this.options.parts.placeIn(tx, { orderId, orderNumber: number, cart: p.cart, paymentMethod: p.input.paymentMethod, confirmed });

    for (const [producerId, lines] of byProducer) {
      const subId = newId('subOrder', now.getTime());
      const subtotal = lines.reduce((sum, l) => sum + l.lineTotalAmount, 0);
      const rate = p.chosen.get(producerId)!;
      await rows(
        tx,
        `insert into sub_order (id, order_id, producer_id, state, paid, delivery_option, subtotal_amount, shipping_amount, total_amount, created_at, updated_at)
         values (?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?)`,
        [subId, orderId, producerId, confirmed ? 'CONFIRMED' : 'PENDING_PAYMENT', rate.option, subtotal, rate.amount, subtotal + rate.amount, now, now],
      );
      await rows(
        tx,
        `insert into order_line (id, sub_order_id, variant_id, product_id, product_name, variant_label, sku, unit_price_amount, quantity, line_total_amount)
         select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::int[], ?::bigint[])`,
        [
          lines.map(() => newId('orderLine', now.getTime())), lines.map(() => subId), lines.map((l) => l.variantId), lines.map((l) => l.variant!.productId),
          lines.map((l) => l.variant!.productName), lines.map((l) => l.variant!.label), lines.map((l) => l.variant!.sku),
          lines.map((l) => l.unitPriceAmount), lines.map((l) => l.quantity), lines.map((l) => l.lineTotalAmount),
        ],
      );
    }
    await rows(tx, `insert into payment (order_id, method, state, amount, reference, created_at, updated_at) values (?, ?, 'PENDING', ?, ?, ?, ?)`, [
      orderId, p.input.paymentMethod, totalAmount, number, now, now,
    ]);
    await this.orders.outbox(tx, orderId, 'ORDER_PLACED');
    await this.cart.clear(tx, p.cart.id);
    return orderId;
  }
}
