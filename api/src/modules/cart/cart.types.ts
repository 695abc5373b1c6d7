import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Money } from '../../graphql/money.js';
import { Connection } from '../../graphql/relay.js';
import { ProductVariantType } from '../catalog/product.types.js';
import { CART_ERROR_CODES, MAX_LINES, MAX_QUANTITY, type CartErrorCode, type CartUserError, type PricedCart, type PricedCartLine } from './cart.service.js';

export const CartErrorCodeEnum = enumFromValues(CART_ERROR_CODES, 'CartErrorCode', {
  description: 'Why a cart change was refused (nothing was written).',
  valueDescriptions: {
    INVALID_QUANTITY: `A quantity is a whole number from 1 to ${MAX_QUANTITY}.`,
    NOT_FOUND: 'The id names no product variant (or, for a removal, no line of the cart).',
    NOT_AVAILABLE: "The variant's product is not on sale (not published, or its producer is not approved).",
    TOO_MANY_LINES: `A cart holds at most ${MAX_LINES} different variants.`,
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

@ObjectType('Cart', { description: "A guest's cart (HttpOnly cookie) or a signed-in shopper's (merged at login)." })
export class CartType {
  @Field(() => ID) id!: string;
  @Field(() => Money, { description: 'Sum of the lines at current prices.' }) subtotal!: Money;
  @Field(() => Int) totalQuantity!: number;
  record!: PricedCart;

  static from(cart: PricedCart): CartType {
    return Object.assign(new CartType(), {
      id: toGlobalId('Cart', cart.id),
      subtotal: Money.vnd(cart.subtotalAmount),
      totalQuantity: cart.lines.reduce((n, l) => n + l.quantity, 0),
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

@ObjectType('CartPayload')
export class CartPayload {
  @Field(() => CartType, { nullable: true, description: 'The cart after the change; null on userErrors.' }) cart!: CartType | null;
  @Field(() => [CartUserErrorType]) userErrors!: CartUserErrorType[];
}
