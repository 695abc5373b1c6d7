import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { localIdOf } from '../../graphql/global-id.js';
import { checkedPageSize, ConnectionArgs, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import { ViewerType } from '../accounts/account.types.js';
import { assertProducerMember, signedIn } from '../accounts/viewer.js';
import { cartOwner } from '../cart/cart.resolver.js';
import { CommuneType } from '../places/commune.types.js';
import { ProvinceType } from '../places/province.types.js';
import { ProducerType } from '../producers/producer.types.js';
import { VietQrBankTransferAdapter } from '../payments/payment-port.js';
import {
  BankTransferInstructionsType, CardPaymentType, CheckoutPlaceInput, CheckoutPlacePayload, CheckoutUserErrorType, DeliveryOptionType, OrderConnection, OrderLineType, OrderType, PaymentMethodEnum, PaymentType, ShippingAddressType, SubOrderConnection, SubOrderStateEnum, SubOrderType,
} from './order.types.js';
import type { PaymentMethod, SubOrderState } from './order-states.js';
import { Money } from '../../graphql/money.js';

function page(args: ConnectionArgs) {
  return { first: checkedPageSize(args.first), after: decodeCursor(args.after) };
}

@Resolver()
export class CheckoutResolver {
  @Rule('PUBLIC')
  @Query(() => [PaymentMethodEnum], { description: 'Payment methods offered at checkout (CARD only when Stripe is configured).' })
  paymentMethods(@Ctx() ctx: Context): PaymentMethod[] {
    return ctx.services.checkout.paymentMethods();
  }

  @Rule('PUBLIC')
  @Query(() => [DeliveryOptionType], { description: 'Delivery options and their flat price to a current province (each producer ships its own share).' })
  async deliveryOptions(@Arg('provinceId', () => ID) provinceId: string, @Ctx() ctx: Context): Promise<DeliveryOptionType[]> {
    const id = localIdOf(provinceId, 'Province');
    if (!id) throw badArgument('provinceId', 'is not a Province id.');
    return (await ctx.services.checkout.rates(id)).map(DeliveryOptionType.from);
  }

  @Rule('PUBLIC')
  @Mutation(() => CheckoutPlacePayload, {
    description: "Places the request's cart as an order (one sub-order per producer), reserving its stock; the same idempotency key returns the same order.",
  })
  async checkoutPlace(@Arg('input', () => CheckoutPlaceInput) input: CheckoutPlaceInput, @Ctx() ctx: Context): Promise<CheckoutPlacePayload> {
    const result = await ctx.services.checkout.place(cartOwner(ctx), {
      idempotencyKey: input.idempotencyKey,
      email: input.email,
      phone: input.phone,
      contactName: input.contactName,
      shipping: input.shippingAddress
        ? {
            recipientName: input.shippingAddress.recipientName,
            phone: input.shippingAddress.phone,
            provinceId: localIdOf(input.shippingAddress.provinceId, 'Province'),
            communeId: localIdOf(input.shippingAddress.communeId, 'Commune'),
            streetLine: input.shippingAddress.streetLine,
          }
        : null,
      deliveryOptions: input.deliveryOptions.map((d) => ({ producerId: localIdOf(d.producerId, 'Producer'), option: d.option })),
      paymentMethod: input.paymentMethod,
    });
    return Object.assign(new CheckoutPlacePayload(), {
      order: result.order ? OrderType.forShopper(result.order) : null,
      accessToken: result.accessToken,
      userErrors: result.userErrors.map(CheckoutUserErrorType.from),
    });
  }
}

@Resolver(() => OrderType)
export class OrderResolver {
  @Rule('PUBLIC')
  @Query(() => OrderType, {
    nullable: true,
    description: 'An order by number: for the shopper who placed it (signed in), or with its email or the secret of its link (guests); null otherwise.',
  })
  async order(
    @Arg('number', () => String) number: string,
    @Arg('email', () => String, { nullable: true }) email: string | null,
    @Arg('accessToken', () => String, { nullable: true }) accessToken: string | null,
    @Ctx() ctx: Context,
  ): Promise<OrderType | null> {
    const order = await ctx.services.orders.visible(ctx.viewer, number, { email, accessToken });
    return order ? OrderType.forShopper(order) : null;
  }

  // Plain lists, not connections: bounded by the cart (at most 100 lines), and order pages must stay
  // within the query depth limit (viewer → orders → nodes → subOrders → lines → field).
  @FieldResolver(() => [SubOrderType], { description: 'One per producer (bounded by the cart it came from).' })
  async subOrders(@Root() order: OrderType, @Ctx() ctx: Context): Promise<SubOrderType[]> {
    return (await ctx.loaders.subOrdersOfOrder.load(order.record.id)).map(SubOrderType.from);
  }

  @Rule('PRODUCER_MEMBER')
  @Query(() => SubOrderConnection, { description: "A producer's order inbox: its sub-orders, newest first (its members, or an admin)." })
  async producerOrders(
    @Arg('producerId', () => ID) producerId: string,
    @Arg('state', () => SubOrderStateEnum, { nullable: true }) state: SubOrderState | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<SubOrderConnection> {
    const id = localIdOf(producerId, 'Producer');
    if (!id) throw badArgument('producerId', 'is not a Producer id.');
    assertProducerMember(ctx.viewer, id);
    try {
      return toConnection(await ctx.services.orders.inbox(id, state, page(args)), SubOrderType.from) as SubOrderConnection;
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
  }
}

@Resolver(() => ViewerType)
export class ViewerOrdersResolver {
  @Rule('SIGNED_IN')
  @FieldResolver(() => OrderConnection, { description: "The signed-in shopper's orders, newest first." })
  async orders(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<OrderConnection> {
    const viewer = signedIn(ctx.viewer);
    return toConnection(await ctx.services.orders.ofUser(viewer.userId, page(args)), OrderType.forShopper) as OrderConnection;
  }
}

@Resolver(() => SubOrderType)
export class SubOrderResolver {
  @FieldResolver(() => ProducerType)
  async producer(@Root() sub: SubOrderType, @Ctx() ctx: Context): Promise<ProducerType> {
    return ProducerType.from((await ctx.loaders.producer.load(sub.record.producerId))!);
  }

  @FieldResolver(() => [OrderLineType], { description: 'The lines as placed (at most 100: a cart holds no more).' })
  async lines(@Root() sub: SubOrderType, @Ctx() ctx: Context): Promise<OrderLineType[]> {
    return (await ctx.loaders.linesOfSubOrder.load(sub.record.id)).map(OrderLineType.from);
  }

  @FieldResolver(() => ShippingAddressType, { description: 'Where to ship it.' })
  async shippingAddress(@Root() sub: SubOrderType, @Ctx() ctx: Context): Promise<ShippingAddressType> {
    // A sub-order holds products, so its order has an address (CHECK shop_order_shipping_address_check).
    return OrderType.from((await ctx.loaders.order.load(sub.record.orderId))!).shippingAddress!;
  }
}

@Resolver(() => ShippingAddressType)
export class ShippingAddressResolver {
  @FieldResolver(() => ProvinceType)
  async province(@Root() address: ShippingAddressType, @Ctx() ctx: Context): Promise<ProvinceType> {
    return ProvinceType.from((await ctx.loaders.province.load(address.provinceId))!);
  }

  @FieldResolver(() => CommuneType)
  async commune(@Root() address: ShippingAddressType, @Ctx() ctx: Context): Promise<CommuneType> {
    return CommuneType.from((await ctx.loaders.commune.load(address.communeId))!);
  }
}

@Resolver(() => PaymentType)
export class PaymentResolver {
  @FieldResolver(() => BankTransferInstructionsType, { nullable: true, description: 'For bank transfers awaiting payment: account, amount, memo and the VietQR payload.' })
  bankTransfer(@Root() payment: PaymentType, @Ctx() ctx: Context): BankTransferInstructionsType | null {
    if (payment.method !== 'BANK_TRANSFER' || payment.state !== 'PENDING') return null;
    const adapter = ctx.services.adapters.BANK_TRANSFER as VietQrBankTransferAdapter;
    const i = adapter.instructions({ number: payment.order.number, totalAmount: payment.order.totalAmount });
    return Object.assign(new BankTransferInstructionsType(), { ...i, amount: Money.vnd(i.amount) });
  }

  // PUBLIC at the field: the guard is the path. Only order(number, email|accessToken), viewer.orders
  // and checkoutPlace mark a payment `shopperView`, each after the order's own visibility rule.
  @Rule('PUBLIC')
  @FieldResolver(() => CardPaymentType, {
    nullable: true,
    description: "For card payments awaiting payment, to whoever may see the order: the PaymentIntent's client secret, the publishable key and Stripe.js URL. Null otherwise.",
  })
  async card(@Root() payment: PaymentType, @Ctx() ctx: Context): Promise<CardPaymentType | null> {
    if (!payment.shopperView || payment.method !== 'CARD' || payment.state !== 'PENDING') return null;
    const session = await ctx.services.cardPayments.session(payment.order);
    return session ? Object.assign(new CardPaymentType(), session) : null;
  }
}

@Resolver(() => BankTransferInstructionsType)
export class BankTransferInstructionsResolver {
  @FieldResolver(() => String, { description: 'The VietQR code as an SVG document (show it for banking apps to scan).' })
  async qrSvg(@Root() instructions: BankTransferInstructionsType): Promise<string> {
    return VietQrBankTransferAdapter.qrSvg(instructions.qrPayload);
  }
}
