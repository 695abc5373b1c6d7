import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { ProductVariant } from '../catalog/product-variant.entity.js';
import { Commune } from '../places/commune.entity.js';
import { Province } from '../places/province.entity.js';
import { Producer } from '../producers/producer.entity.js';
import { PAYMENT_METHODS, SUB_ORDER_STATES } from './order-states.js';

/**
 * A shopper's order as placed at checkout: contact, shipping address, payment method and totals in
 * integer đồng. Its lines are split into one SubOrder per producer, each fulfilled on its own.
 */
const ShopOrderSchema = defineEntity({
  name: 'ShopOrder',
  tableName: 'shop_order',
  properties: {
    id: p.string().primary(),
    /** Human-readable and unique (`OCOP-2611-7KQ2MX`): the bank transfer memo and what shoppers quote. */
    number: p.string().length(24).unique(),
    user: () => p.manyToOne(User).nullable().index().deleteRule('set null'),
    email: p.string().columnType('citext').index(),
    phone: p.string().length(20),
    /**
     * The shopper's name: the operator's guest list for bookings. Required at checkout for an order of
     * bookings only (it has no recipient); otherwise the recipient's name when not given.
     */
    contactName: p.string().length(120).nullable(),
    /** The shipping address: all set when the order has products, all null for an order of bookings only. */
    recipientName: p.string().nullable(),
    shippingPhone: p.string().length(20).nullable(),
    province: () => p.manyToOne(Province).nullable().deleteRule('no action'),
    commune: () => p.manyToOne(Commune).nullable().deleteRule('no action'),
    streetLine: p.string().nullable(),
    paymentMethod: p.enum(PAYMENT_METHODS).nativeEnumName('payment_method'),
    subtotalAmount: p.bigint('number'),
    shippingAmount: p.bigint('number'),
    /** Tourism bookings of the order (OrderParts), as priced at placement. */
    bookingsAmount: p.bigint('number').default(0),
    totalAmount: p.bigint('number'),
    /** The client's key for this checkout attempt: the same key places the same order once. */
    idempotencyKey: p.string().length(100).unique(),
    /** sha256 of the cart's lines at placement: the same key with another cart is refused. */
    cartFingerprint: p.string().length(64),
    /** The cart it was placed from (a retry must come from the same cart). */
    cartId: p.string(),
    /** sha256 of the secret link token that lets a guest see the order. */
    accessTokenHash: p.string().length(64).unique(),
    /** Unpaid online payments hold their stock until then; null once paid, or for COD. */
    holdExpiresAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  },
  indexes: [{ name: 'shop_order_hold_expires_at_index', expression: 'create index "shop_order_hold_expires_at_index" on "shop_order" ("hold_expires_at") where hold_expires_at is not null' }],
  checks: [
    {
      name: 'shop_order_amounts_check',
      expression: 'subtotal_amount >= 0 and shipping_amount >= 0 and bookings_amount >= 0 and total_amount = subtotal_amount + shipping_amount + bookings_amount',
    },
    {
      name: 'shop_order_shipping_address_check',
      expression: 'num_nulls(recipient_name, shipping_phone, province_id, commune_id, street_line) in (0, 5)',
    },
  ],
});

export class ShopOrder extends ShopOrderSchema.class {}
ShopOrderSchema.setClass(ShopOrder);

/** One producer's share of an order: its lines, its delivery option and its own state. */
const SubOrderSchema = defineEntity({
  name: 'SubOrder',
  tableName: 'sub_order',
  properties: {
    id: p.string().primary(),
    order: () => p.manyToOne(ShopOrder).index().deleteRule('cascade'),
    producer: () => p.manyToOne(Producer),
    state: p.enum(SUB_ORDER_STATES).nativeEnumName('sub_order_state'),
    /** Money taken for this share (online payment received, or cash collected at delivery). */
    paid: p.boolean().default(false),
    deliveryOption: p.string().length(20),
    subtotalAmount: p.bigint('number'),
    shippingAmount: p.bigint('number'),
    totalAmount: p.bigint('number'),
    carrier: p.string().nullable(),
    trackingNumber: p.string().nullable(),
    cancelReason: p.string().nullable(),
    refundReason: p.string().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  indexes: [{ name: 'sub_order_producer_state_index', properties: ['producer', 'state', 'id'] }],
  checks: [{ name: 'sub_order_amounts_check', expression: 'subtotal_amount >= 0 and shipping_amount >= 0 and total_amount = subtotal_amount + shipping_amount' }],
});

export class SubOrder extends SubOrderSchema.class {}
SubOrderSchema.setClass(SubOrder);

/** A line as placed: name, label and unit price are copied so the order never changes with the catalogue. */
const OrderLineSchema = defineEntity({
  name: 'OrderLine',
  tableName: 'order_line',
  properties: {
    id: p.string().primary(),
    subOrder: () => p.manyToOne(SubOrder).index().deleteRule('cascade'),
    variant: () => p.manyToOne(ProductVariant).index(),
    productId: p.string(),
    productName: p.string(),
    variantLabel: p.string(),
    sku: p.string(),
    unitPriceAmount: p.bigint('number'),
    quantity: p.integer(),
    lineTotalAmount: p.bigint('number'),
  },
  checks: [
    { name: 'order_line_quantity_check', expression: 'quantity > 0' },
    { name: 'order_line_total_check', expression: 'unit_price_amount >= 0 and line_total_amount = unit_price_amount * quantity' },
  ],
});

export class OrderLine extends OrderLineSchema.class {}
OrderLineSchema.setClass(OrderLine);

/**
 * Flat delivery prices per destination province and option (reference data, seeded by a migration):
 * each producer's sub-order pays its own delivery.
 */
const ShippingRateSchema = defineEntity({
  name: 'ShippingRate',
  tableName: 'shipping_rate',
  properties: {
    province: () => p.manyToOne(Province).primary(),
    option: p.string().length(20).primary(),
    amount: p.bigint('number'),
    minDays: p.smallint(),
    maxDays: p.smallint(),
  },
  checks: [{ name: 'shipping_rate_check', expression: 'amount >= 0 and min_days >= 0 and min_days <= max_days' }],
});

export class ShippingRate extends ShippingRateSchema.class {}
ShippingRateSchema.setClass(ShippingRate);

export const OUTBOX_KINDS = [
  'ORDER_PLACED', 'ORDER_PAID', 'SUB_ORDER_SHIPPED', 'SUB_ORDER_DELIVERED', 'SUB_ORDER_CANCELLED', 'SUB_ORDER_REFUNDED',
  'BOOKING_CONFIRMED', 'BOOKING_AWAITING_OPERATOR', 'BOOKING_CANCELLED',
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * Transactional outbox: written in the same transaction as the order change it tells about, sent by
 * a job after the commit (exactly once: the job locks the row, sends, marks it sent).
 */
const OrderOutboxSchema = defineEntity({
  name: 'OrderOutbox',
  tableName: 'order_outbox',
  properties: {
    id: p.string().primary(),
    order: () => p.manyToOne(ShopOrder).index().deleteRule('cascade'),
    subOrderId: p.string().nullable(),
    /** Another part of the order the event is about (a booking, OrderParts), told in words by its module when written. */
    partId: p.string().nullable(),
    detail: p.text().nullable(),
    kind: p.enum(OUTBOX_KINDS).nativeEnumName('order_outbox_kind'),
    createdAt: p.datetime(),
    sentAt: p.datetime().nullable(),
    attempts: p.smallint().default(0),
    lastError: p.text().nullable(),
  },
  indexes: [{ name: 'order_outbox_unsent_index', expression: 'create index "order_outbox_unsent_index" on "order_outbox" ("id") where sent_at is null' }],
});

export class OrderOutbox extends OrderOutboxSchema.class {}
OrderOutboxSchema.setClass(OrderOutbox);
