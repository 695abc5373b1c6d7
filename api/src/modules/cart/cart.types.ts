import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Money } from '../../graphql/money.js';
import { Connection } from '../../graphql/relay.js';
import { ProductVariantType } from '../catalog/product.types.js';
import { DateTimeISOResolver } from 'graphql-scalars';
import { UnitTypeEnum } from '../tourism/tourism-common.types.js';
import type { PricedUnit } from '../bookings/booking-rules.js';
import type { UnitType } from '../tourism/tourism-kinds.js';
import { CART_ERROR_CODES, MAX_BOOKINGS, MAX_LINES, MAX_QUANTITY, type CartErrorCode, type CartUserError, type PricedCart, type PricedCartBooking, type PricedCartLine } from './cart.service.js';

export const CartErrorCodeEnum = enumFromValues(CART_ERROR_CODES, 'CartErrorCode', {
  description: 'Why a cart change was refused (nothing was written).',
  valueDescriptions: {
    INVALID_QUANTITY: `A quantity is a whole number from 1 to ${MAX_QUANTITY}.`,
    NOT_FOUND: 'The id names no product variant (or, for a removal, no line of the cart).',
    NOT_AVAILABLE: "The variant's product is not on sale (not published, or its producer is not approved).",
    TOO_MANY_LINES: `A cart holds at most ${MAX_LINES} different variants.`,
    TOO_MANY_BOOKINGS: `A cart holds at most ${MAX_BOOKINGS} bookings.`,
    SLOT_NOT_FOUND: 'No such slot, or its experience is not on sale.',
    SLOT_IN_PAST: 'The slot has already started.',
    SLOT_CLOSED: 'The operator closed the slot.',
    BOOKING_CUTOFF_PASSED: "Too late to book this slot (the experience's booking cut-off before the start).",
    PARTY_SIZE_INVALID: 'No one booked, a quantity that is not a whole number, more people than the experience takes, or more places than the slot has.',
    UNIT_TYPE_NOT_OFFERED: 'The experience has no price for a unit type asked for.',
    CAPACITY_EXCEEDED: 'Fewer places are left in the slot than the booking needs.',
  },
});

@ObjectType('CartUserError', { description: 'An expected failure of a cart mutation.' })
export class CartUserErrorType {
  @Field(() => [String], { nullable: true }) field!: string[] | null;
  @Field(() => CartErrorCodeEnum) code!: CartErrorCode;
  @Field(() => String) message!: string;

  static from(e: CartUserError): CartUserErrorType {
    return Object.assign(new CartUserErrorType(), { field: ['input', ...e.field], code: e.code, message: e.message });
  }
}

@ObjectType('CartLine', { description: 'A variant in the cart, priced from the catalogue now.' })
export class CartLineType {
  @Field(() => ProductVariantType) variant!: ProductVariantType;
  @Field(() => String) productName!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Money, { description: "The catalogue's current price." }) unitPrice!: Money;
  @Field(() => Money) lineTotal!: Money;
  @Field(() => Boolean, { description: 'On sale, with enough units available for this quantity now.' }) availableForSale!: boolean;
  productId!: string;

  static from(line: PricedCartLine): CartLineType {
    const v = line.variant!;
    return Object.assign(new CartLineType(), {
      variant: ProductVariantType.from({ id: v.id, productId: v.productId, sku: v.sku, label: v.label, priceAmount: v.priceAmount, stock: v.stock, weightGrams: v.weightGrams }),
      productName: v.productName,
      productId: v.productId,
      quantity: line.quantity,
      unitPrice: Money.vnd(line.unitPriceAmount),
      lineTotal: Money.vnd(line.lineTotalAmount),
      availableForSale: v.forSale && v.stock >= line.quantity,
    });
  }
}

@ObjectType('CartLineConnection')
export class CartLineConnection extends Connection(CartLineType, 'CartLine') {}

@ObjectType('BookingUnitLine', { description: 'Units of one type (OCTO) in a booking, priced.' })
export class BookingUnitLineType {
  @Field(() => UnitTypeEnum) unitType!: UnitType;
  @Field(() => String, { nullable: true, description: "The experience's own name for the type, e.g. \"Trẻ em 6–11 tuổi\"." }) label!: string | null;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: 'Places one unit takes in the slot.' }) seatsEach!: number;
  @Field(() => Money) unitPrice!: Money;
  @Field(() => Money) lineTotal!: Money;

  static from(u: PricedUnit): BookingUnitLineType {
    return Object.assign(new BookingUnitLineType(), {
      unitType: u.unitType, label: u.label, quantity: u.quantity, seatsEach: u.seatsEach, unitPrice: Money.vnd(u.unitPriceAmount), lineTotal: Money.vnd(u.lineTotalAmount),
    });
  }
}

@ObjectType('CartBooking', { description: "A booking line: places in a tourism experience's slot, priced from the experience now; places are held only at checkout." })
export class CartBookingType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The ExperienceSlot.' }) slotId!: string;
  @Field(() => String, { nullable: true }) experienceName!: string | null;
  @Field(() => String, { nullable: true, description: 'For the link to the experience page.' }) experienceSlug!: string | null;
  @Field(() => String, { nullable: true }) pointName!: string | null;
  @Field(() => DateTimeISOResolver, { nullable: true }) startsAt!: Date | null;
  @Field(() => DateTimeISOResolver, { nullable: true }) endsAt!: Date | null;
  @Field(() => [BookingUnitLineType]) units!: BookingUnitLineType[];
  @Field(() => Int) people!: number;
  @Field(() => Int, { description: 'Places the booking takes.' }) seats!: number;
  @Field(() => Int, { description: 'Places left in the slot now (others may take them before checkout).' }) remaining!: number;
  @Field(() => Money) total!: Money;
  @Field(() => CartErrorCodeEnum, { nullable: true, description: 'Why it cannot be booked now (null: it can).' }) problem!: CartErrorCode | null;

  static from(b: PricedCartBooking): CartBookingType {
    return Object.assign(new CartBookingType(), {
      id: toGlobalId('CartBooking', b.id), slotId: toGlobalId('ExperienceSlot', b.slotId),
      experienceName: b.slot?.experienceName ?? null, experienceSlug: b.slot?.experienceSlug ?? null, pointName: b.slot?.pointName ?? null,
      startsAt: b.slot?.startsAt ?? null, endsAt: b.slot?.endsAt ?? null,
      units: b.units.map(BookingUnitLineType.from), people: b.people, seats: b.seats, remaining: Math.max(0, b.slot?.remaining ?? 0),
      total: Money.vnd(b.totalAmount), problem: b.problem?.code ?? null,
    });
  }
}

@ObjectType('Cart', { description: "A guest's cart (HttpOnly cookie) or a signed-in shopper's (merged at login)." })
export class CartType {
  @Field(() => ID) id!: string;
  @Field(() => Money, { description: 'Sum of the product lines and the bookings at current prices (delivery comes at checkout).' }) subtotal!: Money;
  @Field(() => Money, { description: 'Sum of the bookings (included in subtotal).' }) bookingsSubtotal!: Money;
  @Field(() => Int, { description: 'Units of the product lines.' }) totalQuantity!: number;
  @Field(() => [CartBookingType], { description: `Booking lines (at most ${MAX_BOOKINGS}).` }) bookings!: CartBookingType[];
  @Field(() => Boolean, { description: 'Has product lines: checkout then needs a shipping address.' }) requiresShipping!: boolean;
  record!: PricedCart;

  static from(cart: PricedCart): CartType {
    return Object.assign(new CartType(), {
      id: toGlobalId('Cart', cart.id),
      subtotal: Money.vnd(cart.subtotalAmount + cart.bookingsAmount),
      bookingsSubtotal: Money.vnd(cart.bookingsAmount),
      totalQuantity: cart.lines.reduce((n, l) => n + l.quantity, 0),
      bookings: cart.bookings.map(CartBookingType.from),
      requiresShipping: cart.lines.length > 0,
      record: cart,
    });
  }
}

@InputType('CartLineInput', { description: 'A variant and a quantity. There is no price: prices always come from the catalogue.' })
export class CartLineInput {
  @Field(() => ID, { description: 'A ProductVariant global ID.' }) variantId!: string;
  @Field(() => Float, { description: `Whole units, 1 to ${MAX_QUANTITY} (other numbers are answered with INVALID_QUANTITY).` }) quantity!: number;
}

@InputType('CartLinesAddInput')
export class CartLinesAddInput {
  @Field(() => [CartLineInput]) lines!: CartLineInput[];
}

@InputType('CartLineUpdateInput')
export class CartLineUpdateInput {
  @Field(() => ID) variantId!: string;
  @Field(() => Float, { description: `The new quantity, 1 to ${MAX_QUANTITY} (use cartLineRemove to remove).` }) quantity!: number;
}

@InputType('CartLineRemoveInput')
export class CartLineRemoveInput {
  @Field(() => ID) variantId!: string;
}

@InputType('BookingUnitInput')
export class BookingUnitInput {
  @Field(() => UnitTypeEnum) unitType!: UnitType;
  @Field(() => Float, { description: 'People of this type (0 is ignored; other non-whole numbers are answered with PARTY_SIZE_INVALID).' }) quantity!: number;
}

@InputType('CartBookingAddInput', { description: 'Places in a slot for a party. No price: prices come from the experience.' })
export class CartBookingAddInput {
  @Field(() => ID, { description: 'An ExperienceSlot global ID.' }) slotId!: string;
  @Field(() => [BookingUnitInput]) units!: BookingUnitInput[];
}

@InputType('CartBookingRemoveInput')
export class CartBookingRemoveInput {
  @Field(() => ID, { description: 'A CartBooking global ID.' }) cartBookingId!: string;
}

@ObjectType('CartPayload')
export class CartPayload {
  @Field(() => CartType, { nullable: true, description: 'The cart after the change; null on userErrors.' }) cart!: CartType | null;
  @Field(() => [CartUserErrorType]) userErrors!: CartUserErrorType[];
}
