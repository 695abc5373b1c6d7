import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { localIdOf } from '../../graphql/global-id.js';
import { ConnectionArgs, connectionFromArray } from '../../graphql/relay.js';
import { ProductType } from '../catalog/product.types.js';
import { CART_COOKIE_TTL_MS } from '../../http/session-cookie.js';
import type { CartOwner, CartResult } from './cart.service.js';
import {
  CartBookingAddInput, CartBookingRemoveInput, CartLineConnection, CartLineRemoveInput, CartLinesAddInput, CartLineType, CartLineUpdateInput, CartPayload, CartType, CartUserErrorType,
} from './cart.types.js';

export function cartOwner(ctx: Context): CartOwner {
  return { userId: ctx.viewer?.userId ?? null, token: ctx.cartToken };
}

function payload(ctx: Context, result: CartResult): CartPayload {
  if (result.issuedToken) ctx.setCookie(ctx.cartCookies.issue(result.issuedToken, new Date(ctx.now.getTime() + CART_COOKIE_TTL_MS), ctx.now));
  return Object.assign(new CartPayload(), {
    cart: result.cart ? CartType.from(result.cart) : null,
    userErrors: result.userErrors.map(CartUserErrorType.from),
  });
}

@Resolver(() => CartType)
export class CartResolver {
  @Rule('PUBLIC')
  @Query(() => CartType, { nullable: true, description: "The request's cart: the signed-in shopper's, else the guest cookie's; null when there is none." })
  async cart(@Ctx() ctx: Context): Promise<CartType | null> {
    const cart = await ctx.services.cart.view(cartOwner(ctx));
    return cart ? CartType.from(cart) : null;
  }

  @FieldResolver(() => CartLineConnection)
  lines(@Root() cart: CartType, @Args(() => ConnectionArgs) args: ConnectionArgs): CartLineConnection {
    return connectionFromArray(cart.record.lines, args, (l) => l.variantId, CartLineType.from) as CartLineConnection;
  }

  @Rule('PUBLIC')
  @Mutation(() => CartPayload, { description: 'Adds variants to the cart (creating a guest cart and its cookie when needed).' })
  async cartLinesAdd(@Arg('input', () => CartLinesAddInput) input: CartLinesAddInput, @Ctx() ctx: Context): Promise<CartPayload> {
    const lines = input.lines.map((l) => ({ variantId: localIdOf(l.variantId, 'ProductVariant'), quantity: l.quantity }));
    return payload(ctx, await ctx.services.cart.linesAdd(cartOwner(ctx), lines));
  }

  @Rule('PUBLIC')
  @Mutation(() => CartPayload, { description: "Sets a line's quantity." })
  async cartLineUpdate(@Arg('input', () => CartLineUpdateInput) input: CartLineUpdateInput, @Ctx() ctx: Context): Promise<CartPayload> {
    return payload(ctx, await ctx.services.cart.lineSetQuantity(cartOwner(ctx), { variantId: localIdOf(input.variantId, 'ProductVariant'), quantity: input.quantity }));
  }

  @Rule('PUBLIC')
  @Mutation(() => CartPayload, { description: 'Removes a line from the cart.' })
  async cartLineRemove(@Arg('input', () => CartLineRemoveInput) input: CartLineRemoveInput, @Ctx() ctx: Context): Promise<CartPayload> {
    return payload(ctx, await ctx.services.cart.lineRemove(cartOwner(ctx), { variantId: localIdOf(input.variantId, 'ProductVariant') }));
  }

  @Rule('PUBLIC')
  @Mutation(() => CartPayload, {
    description: "Adds a booking of a tourism experience's slot to the cart (replacing the units of a booking of the same slot), checked against the slot's rules now; places are held only at checkout.",
  })
  async cartBookingAdd(@Arg('input', () => CartBookingAddInput) input: CartBookingAddInput, @Ctx() ctx: Context): Promise<CartPayload> {
    const units = input.units.map((u) => ({ unitType: u.unitType, quantity: u.quantity }));
    return payload(ctx, await ctx.services.cart.bookingAdd(cartOwner(ctx), { slotId: localIdOf(input.slotId, 'ExperienceSlot'), units }));
  }

  @Rule('PUBLIC')
  @Mutation(() => CartPayload, { description: 'Removes a booking line from the cart.' })
  async cartBookingRemove(@Arg('input', () => CartBookingRemoveInput) input: CartBookingRemoveInput, @Ctx() ctx: Context): Promise<CartPayload> {
    return payload(ctx, await ctx.services.cart.bookingRemove(cartOwner(ctx), { cartBookingId: localIdOf(input.cartBookingId, 'CartBooking') }));
  }
}

@Resolver(() => CartLineType)
export class CartLineResolver {
  @FieldResolver(() => ProductType, { nullable: true, description: 'The product, while it is public.' })
  async product(@Root() line: CartLineType, @Ctx() ctx: Context): Promise<ProductType | null> {
    const product = await ctx.loaders.product.load(line.productId);
    return product ? ProductType.from(product) : null;
  }
}
