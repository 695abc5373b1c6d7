import { defineEntity, p } from '@mikro-orm/core';
import { ExperienceSlot } from '../tourism/experience.entity.js';
import { Cart } from './cart.entity.js';

/**
 * A booking line of a cart: a slot of a tourism experience and how many of each unit type (OCTO:
 * ADULT, CHILD, …). No price and no hold: prices are read from the experience whenever the cart is
 * shown, and places are held only at checkout (conditional UPDATE on the slot).
 */
const CartBookingSchema = defineEntity({
  name: 'CartBooking',
  tableName: 'cart_booking',
  properties: {
    id: p.string().primary(),
    cart: () => p.manyToOne(Cart).deleteRule('cascade'),
    slot: () => p.manyToOne(ExperienceSlot).index().deleteRule('cascade'),
    /** `[{ "unitType": "ADULT", "quantity": 2 }]`, each unit type once, quantities ≥ 1. */
    units: p.json<{ unitType: string; quantity: number }[]>(),
    addedAt: p.datetime(),
  },
  uniques: [{ name: 'cart_booking_cart_id_slot_id_unique', properties: ['cart', 'slot'] }],
});

export class CartBooking extends CartBookingSchema.class {}
CartBookingSchema.setClass(CartBooking);
