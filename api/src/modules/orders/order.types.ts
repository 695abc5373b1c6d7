import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Money } from '../../graphql/money.js';
import { Connection, Node } from '../../graphql/relay.js';
import { PAYMENT_STATES, type PaymentState } from './payment.entity.js';
import { CHECKOUT_ERROR_CODES, DELIVERY_OPTIONS, type CheckoutErrorCode, type CheckoutUserError, type DeliveryOptionCode, type ShippingRate } from './checkout.service.js';
import type { OrderLineRecord, OrderRecord, SubOrderRecord } from './order.service.js';
import { PAYMENT_METHODS, SUB_ORDER_STATES, type PaymentMethod, type SubOrderState } from './order-states.js';

/** Timestamps come from raw SQL as text: the GraphQL scalar wants Dates. */
function date(value: Date | string): Date;
function date(value: Date | string | null): Date | null;
function date(value: Date | string | null): Date | null {
  return value == null ? null : new Date(value);
}

export const SubOrderStateEnum = enumFromValues(SUB_ORDER_STATES, 'SubOrderState', {
  description: "A producer's share of an order moves forward only: PENDING_PAYMENT → PAID (or CONFIRMED for cash on delivery) → PROCESSING → SHIPPED → DELIVERED; CANCELLED or REFUNDED with a reason.",
  valueDescriptions: {
    PENDING_PAYMENT: 'Placed; units held until the online payment arrives or the hold expires.',
    PAID: 'The online payment arrived.',
    CONFIRMED: 'Cash on delivery: confirmed at placement, paid when delivered.',
    PROCESSING: 'The producer is preparing it.',
    SHIPPED: 'Handed to a carrier (carrier and tracking number).',
    DELIVERED: 'Received by the shopper.',
    CANCELLED: 'Cancelled before any money was taken; units back on sale.',
    REFUNDED: 'Money returned; units back on sale only when restocked.',
  },
});
export const PaymentMethodEnum = enumFromValues(PAYMENT_METHODS, 'PaymentMethod', {
  valueDescriptions: { COD: 'Cash on delivery.', BANK_TRANSFER: 'Bank transfer by VietQR, the order number as the memo.', CARD: 'Card through Stripe (offered only when configured).' },
});
export const PaymentStateEnum = enumFromValues(PAYMENT_STATES, 'PaymentState');
export const DeliveryOptionCodeEnum = enumFromValues(DELIVERY_OPTIONS, 'DeliveryOptionCode');
export const CheckoutErrorCodeEnum = enumFromValues(CHECKOUT_ERROR_CODES, 'CheckoutErrorCode', {
  description: 'Why an order was not placed (nothing was written, no stock held).',
  valueDescriptions: {
    OUT_OF_STOCK: 'Not enough units left for the line named by `field` (["input", "lines", "<k>"]).',
    IDEMPOTENCY_KEY_REUSED: 'The key placed an order from another cart: use a new key for a new checkout.',
    NOT_AVAILABLE: 'A line of the cart is no longer on sale.',
    PAYMENT_METHOD_UNAVAILABLE: 'The method is not offered (see paymentMethods).',
  },
});

@ObjectType('CheckoutUserError')
export class CheckoutUserErrorType {
  @Field(() => [String], { nullable: true }) field!: string[] | null;
  @Field(() => CheckoutErrorCodeEnum) code!: CheckoutErrorCode;
  @Field(() => String) message!: string;

  static from(e: CheckoutUserError): CheckoutUserErrorType {
    return Object.assign(new CheckoutUserErrorType(), { field: ['input', ...e.field], code: e.code, message: e.message });
  }
}

@ObjectType('DeliveryOption', { description: 'A flat delivery price to a province (per producer sub-order).' })
export class DeliveryOptionType {
  @Field(() => DeliveryOptionCodeEnum) code!: DeliveryOptionCode;
  @Field(() => Money) price!: Money;
  @Field(() => Int) minDays!: number;
  @Field(() => Int) maxDays!: number;

  static from(r: ShippingRate): DeliveryOptionType {
    return Object.assign(new DeliveryOptionType(), { code: r.option, price: Money.vnd(r.amount), minDays: r.minDays, maxDays: r.maxDays });
  }
}

@ObjectType('ShippingAddress')
export class ShippingAddressType {
  @Field(() => String) recipientName!: string;
  @Field(() => String) phone!: string;
  @Field(() => String) streetLine!: string;
  provinceId!: string;
  communeId!: string;
}

@ObjectType('BankTransferInstructions', { description: 'How to pay by bank transfer: scan the VietQR or type the details; the memo must be the order number.' })
export class BankTransferInstructionsType {
  @Field(() => String) bankBin!: string;
  @Field(() => String) bankName!: string;
  @Field(() => String) accountNumber!: string;
  @Field(() => String) accountName!: string;
  @Field(() => Money) amount!: Money;
  @Field(() => String) memo!: string;
  @Field(() => String, { description: 'The VietQR (EMVCo) payload.' }) qrPayload!: string;
}

@ObjectType('CardPayment', {
  description: 'How the storefront takes a card payment: confirm the PaymentIntent with Stripe.js (Payment Element). Only for whoever may see the order.',
})
export class CardPaymentType {
  @Field(() => String, { description: "The PaymentIntent's client secret: lets this browser confirm this one payment. Never log or store it." }) clientSecret!: string;
  @Field(() => String, { description: 'Stripe publishable key (pk_…).' }) publishableKey!: string;
  @Field(() => String, { description: 'Where to load Stripe.js from.' }) jsUrl!: string;
}

@ObjectType('Payment')
export class PaymentType {
  @Field(() => PaymentMethodEnum) method!: PaymentMethod;
  @Field(() => PaymentStateEnum) state!: PaymentState;
  @Field(() => Money) amount!: Money;
  @Field(() => DateTimeISOResolver, { nullable: true }) receivedAt!: Date | null;
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Unpaid online payments hold the stock until then.' }) holdExpiresAt!: Date | null;
  @Field(() => Money, { description: 'Money that arrived after the payment was cancelled (to be refunded; card payments are refunded automatically).' }) lateAmount!: Money;
  @Field(() => Money, { description: 'Money given back through the card gateway so far.' }) refunded!: Money;
  order!: OrderRecord;
  /** Reached through a path that checked the viewer may see the order as its shopper (order, viewer.orders, checkoutPlace). */
  shopperView!: boolean;
}

@ObjectType('OrderLine', { description: 'A line as placed: name, label and unit price copied at placement.' })
export class OrderLineType {
  @Field(() => String) productName!: string;
  @Field(() => String) variantLabel!: string;
  @Field(() => String) sku!: string;
  @Field(() => Money) unitPrice!: Money;
  @Field(() => Int) quantity!: number;
  @Field(() => Money) lineTotal!: Money;

  static from(l: OrderLineRecord): OrderLineType {
    return Object.assign(new OrderLineType(), {
      productName: l.productName, variantLabel: l.variantLabel, sku: l.sku, unitPrice: Money.vnd(l.unitPriceAmount), quantity: l.quantity, lineTotal: Money.vnd(l.lineTotalAmount),
    });
  }
}

@ObjectType('OrderContact', { description: "How to reach the shopper who placed an order." })
export class OrderContactType {
  @Field(() => String) email!: string;
  @Field(() => String) phone!: string;
}

@ObjectType('SubOrder', { implements: Node, description: "One producer's share of an order, fulfilled by that producer." })
export class SubOrderType extends Node {
  @Field(() => String, { description: 'The order number it belongs to.' }) orderNumber!: string;
  @Field(() => SubOrderStateEnum) state!: SubOrderState;
  @Field(() => PaymentMethodEnum, { description: "The order's payment method (COD: collect the cash at delivery)." }) paymentMethod!: PaymentMethod;
  @Field(() => Boolean, { description: 'Money was taken for it (online payment received, or cash collected at delivery).' }) paid!: boolean;
  @Field(() => DeliveryOptionCodeEnum) deliveryOption!: DeliveryOptionCode;
  @Field(() => Money) subtotal!: Money;
  @Field(() => Money) shipping!: Money;
  @Field(() => Money) total!: Money;
  @Field(() => String, { nullable: true }) carrier!: string | null;
  @Field(() => String, { nullable: true }) trackingNumber!: string | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => String, { nullable: true }) refundReason!: string | null;
  @Field(() => OrderContactType, { description: "The shopper's contact (the shipping address has the recipient's phone)." }) contact!: OrderContactType;
  @Field(() => DateTimeISOResolver, { description: 'When the order was placed.' }) createdAt!: Date;
  @Field(() => DateTimeISOResolver) updatedAt!: Date;
  record!: SubOrderRecord;

  static from(s: SubOrderRecord): SubOrderType {
    return Object.assign(new SubOrderType(), {
      id: toGlobalId('SubOrder', s.id), orderNumber: s.orderNumber, state: s.state, paymentMethod: s.paymentMethod, paid: s.paid, deliveryOption: s.deliveryOption as DeliveryOptionCode,
      subtotal: Money.vnd(s.subtotalAmount), shipping: Money.vnd(s.shippingAmount), total: Money.vnd(s.totalAmount),
      carrier: s.carrier, trackingNumber: s.trackingNumber, cancelReason: s.cancelReason, refundReason: s.refundReason,
      contact: Object.assign(new OrderContactType(), { email: s.email, phone: s.phone }), createdAt: date(s.createdAt), updatedAt: date(s.updatedAt), record: s,
    });
  }
}

@ObjectType('SubOrderConnection')
export class SubOrderConnection extends Connection(SubOrderType, 'SubOrder') {}

@ObjectType('Order', { implements: Node, description: "A shopper's order: one sub-order per producer." })
export class OrderType extends Node {
  @Field(() => String, { description: 'Human-readable and unique, e.g. OCOP-2611-7KQ2MX; the bank transfer memo.' }) number!: string;
  @Field(() => String) email!: string;
  @Field(() => String) phone!: string;
  @Field(() => String, { nullable: true, description: "The shopper's name (the recipient's when the order ships; null on older orders of bookings only)." }) contactName!: string | null;
  @Field(() => ShippingAddressType, { nullable: true, description: 'Null for an order of bookings only (nothing to ship).' }) shippingAddress!: ShippingAddressType | null;
  @Field(() => Money) subtotal!: Money;
  @Field(() => Money) shipping!: Money;
  @Field(() => Money, { description: 'The tourism bookings of the order, as priced when placed.' }) bookingsTotal!: Money;
  @Field(() => Money, { description: 'subtotal + shipping + bookingsTotal.' }) total!: Money;
  @Field(() => PaymentType) payment!: PaymentType;
  @Field(() => DateTimeISOResolver) createdAt!: Date;
  record!: OrderRecord;

  /** For whoever may see the order as its shopper (its payment's card secret included). */
  static forShopper(o: OrderRecord): OrderType {
    return OrderType.from(o, true);
  }

  static from(o: OrderRecord, shopperView = false): OrderType {
    return Object.assign(new OrderType(), {
      id: toGlobalId('Order', o.id), number: o.number, email: o.email, phone: o.phone, contactName: o.contactName ?? o.recipientName,
      shippingAddress: o.provinceId
        ? Object.assign(new ShippingAddressType(), { recipientName: o.recipientName, phone: o.shippingPhone, streetLine: o.streetLine, provinceId: o.provinceId, communeId: o.communeId })
        : null,
      subtotal: Money.vnd(o.subtotalAmount), shipping: Money.vnd(o.shippingAmount), bookingsTotal: Money.vnd(o.bookingsAmount), total: Money.vnd(o.totalAmount),
      payment: Object.assign(new PaymentType(), {
        method: o.paymentMethod, state: o.paymentState, amount: Money.vnd(o.totalAmount), receivedAt: date(o.paymentReceivedAt),
        holdExpiresAt: o.paymentState === 'PENDING' ? date(o.holdExpiresAt) : null, lateAmount: Money.vnd(o.lateAmount),
        refunded: Money.vnd(o.refundedAmount), order: o, shopperView,
      }),
      createdAt: date(o.createdAt), record: o,
    });
  }
}

@ObjectType('OrderConnection')
export class OrderConnection extends Connection(OrderType, 'Order') {}

@InputType('ShippingAddressInput')
export class ShippingAddressInput {
  @Field(() => String) recipientName!: string;
  @Field(() => String, { description: 'Vietnamese phone number (0912 345 678, +84 912 345 678).' }) phone!: string;
  @Field(() => ID, { description: 'A current Province (34 since 01/07/2025).' }) provinceId!: string;
  @Field(() => ID, { description: 'A current Commune of that province.' }) communeId!: string;
  @Field(() => String, { description: 'House number and street.' }) streetLine!: string;
}

@InputType('DeliveryChoiceInput')
export class DeliveryChoiceInput {
  @Field(() => ID, { description: 'A Producer of the cart.' }) producerId!: string;
  @Field(() => DeliveryOptionCodeEnum) option!: DeliveryOptionCode;
}

@InputType('CheckoutPlaceInput', { description: 'Places the cart as an order. Lines and prices come from the cart and the catalogue, never from here.' })
export class CheckoutPlaceInput {
  @Field(() => String, { description: 'A new key (UUID) per checkout attempt: retries with it return the same order.' }) idempotencyKey!: string;
  @Field(() => String) email!: string;
  @Field(() => String) phone!: string;
  @Field(() => String, {
    nullable: true,
    description: "The shopper's name (at most 120 characters): required for a cart of bookings only (the operator's guest list); the recipient's name when left out.",
  })
  contactName!: string | null;
  @Field(() => ShippingAddressInput, { nullable: true, description: 'Required when the cart has products; not needed for bookings only.' }) shippingAddress!: ShippingAddressInput | null;
  @Field(() => [DeliveryChoiceInput], { defaultValue: [], description: 'Per producer; STANDARD when not named.' }) deliveryOptions!: DeliveryChoiceInput[];
  @Field(() => PaymentMethodEnum) paymentMethod!: PaymentMethod;
}

@ObjectType('CheckoutPlacePayload')
export class CheckoutPlacePayload {
  @Field(() => OrderType, { nullable: true }) order!: OrderType | null;
  @Field(() => String, {
    nullable: true,
    description: 'Secret for the order link of a guest (order(number, accessToken)); only in the response that placed the order.',
  })
  accessToken!: string | null;
  @Field(() => [CheckoutUserErrorType]) userErrors!: CheckoutUserErrorType[];
}
