import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { ProductVariant } from '../catalog/product-variant.entity.js';

/**
 * A shopping cart: a guest's (found by the hash of the token in its HttpOnly cookie) or a signed-in
 * shopper's (one per user; a guest cart is merged into it at login). Lines hold variants and
 * quantities only: prices are read from the catalogue whenever the cart is shown or checked out.
 */
const CartSchema = defineEntity({
  name: 'Cart',
  tableName: 'cart',
  properties: {
    id: p.string().primary(),
    /** sha256 of the guest cookie's token; null for a user's cart. */
    tokenHash: p.string().length(64).nullable().unique(),
    user: () => p.manyToOne(User).nullable().unique().deleteRule('cascade'),
    createdAt: p.datetime(),
    updatedAt: p.datetime().index(),
  },
  checks: [{ name: 'cart_owner_check', expression: '(token_hash is null) <> (user_id is null)' }],
});

export class Cart extends CartSchema.class {}
CartSchema.setClass(Cart);

const CartLineSchema = defineEntity({
  name: 'CartLine',
  tableName: 'cart_line',
  properties: {
    cart: () => p.manyToOne(Cart).primary().deleteRule('cascade'),
    variant: () => p.manyToOne(ProductVariant).primary().index().deleteRule('cascade'),
    quantity: p.integer(),
    addedAt: p.datetime(),
  },
  checks: [{ name: 'cart_line_quantity_check', expression: 'quantity >= 1 and quantity <= 999' }],
});

export class CartLine extends CartLineSchema.class {}
CartLineSchema.setClass(CartLine);
