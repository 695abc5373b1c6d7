import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { rows } from '../../lib/sql.js';
import type { SellableVariant, StockService } from '../catalog/stock.service.js';
import { BOOKING_RULE_CODES, bookingProblem, normalisedUnits, priceUnits, type BookingProblem, type PricedUnit, type RequestedUnit } from '../bookings/booking-rules.js';
import type { BookableSlot, SlotPlacesService } from '../tourism/booking-reads.js';

export const CART_ERROR_CODES = ['INVALID_QUANTITY', 'NOT_FOUND', 'NOT_AVAILABLE', 'TOO_MANY_LINES', 'TOO_MANY_BOOKINGS', ...BOOKING_RULE_CODES] as const;
export type CartErrorCode = (typeof CART_ERROR_CODES)[number];

export interface CartUserError {
  field: string[];
  code: CartErrorCode;
  message: string;
}

/** Whose cart: a signed-in user's, else the guest cookie's token (either may be absent). */
export interface CartOwner {
  userId: string | null;
  token: string | null;
}

export interface CartLineRecord {
  variantId: string;
  quantity: number;
}

/** A booking line: a slot and how many of each unit type (no hold until checkout). */
export interface CartBookingRecord {
  id: string;
  slotId: string;
  units: RequestedUnit[];
}

export interface CartRecord {
  id: string;
  lines: CartLineRecord[];
  bookings: CartBookingRecord[];
}

/** A booking line with the experience's prices now and whether it could still be booked (problem). */
export interface PricedCartBooking extends CartBookingRecord {
  slot: BookableSlot | null;
  units: PricedUnit[];
  people: number;
  seats: number;
  totalAmount: number;
  problem: BookingProblem | null;
}

/** A line with what the catalogue says about it now: the price is never the client's. */
export interface PricedCartLine extends CartLineRecord {
  variant: SellableVariant | null;
  unitPriceAmount: number;
  lineTotalAmount: number;
}

export interface PricedCart {
  id: string;
  lines: PricedCartLine[];
  /** The product lines' sum. */
  subtotalAmount: number;
  bookings: PricedCartBooking[];
  /** The booking lines' sum. */
  bookingsAmount: number;
}

export type CartResult = { cart: PricedCart | null; userErrors: CartUserError[]; issuedToken: string | null };

export const MAX_QUANTITY = 999;
export const MAX_LINES = 100;
export const MAX_BOOKINGS = 20;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashCartToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A quantity is a whole number of units, 1 to 999 (GraphQL sends it as a Float so this rule can answer). */
export function quantityProblem(quantity: number): string | null {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) return `A quantity is a whole number from 1 to ${MAX_QUANTITY}.`;
  return null;
}

/**
 * Carts of guests (a random token in an HttpOnly cookie; only its hash is stored) and of signed-in
 * shoppers (one per user). A guest's cart is merged into the user's at login (AccountService calls
 * mergeGuestCart). Every variant is checked against the catalogue: unknown → NOT_FOUND, not public
 * (unpublished product, unapproved producer) → NOT_AVAILABLE.
 */
export class CartService {
  constructor(
    private readonly em: EntityManager,
    private readonly stock: StockService,
    private readonly slots: SlotPlacesService,
    private readonly now: () => Date,
  ) {}

  /** The owner's cart, or null (a signed-in user's own cart wins over any guest cookie). */
  async find(owner: CartOwner, em: EntityManager = this.em): Promise<CartRecord | null> {
    const lines = `coalesce((select json_agg(json_build_object('variantId', l.variant_id, 'quantity', l.quantity) order by l.added_at, l.variant_id)
      from cart_line l where l.cart_id = c.id), '[]') as lines,
      coalesce((select json_agg(json_build_object('id', b.id, 'slotId', b.slot_id, 'units', b.units) order by b.added_at, b.id)
      from cart_booking b where b.cart_id = c.id), '[]') as bookings`;
    const [cart] = owner.userId
      ? await rows<CartRecord>(em, `select c.id, ${lines} from cart c where c.user_id = ?`, [owner.userId])
      : owner.token && TOKEN_PATTERN.test(owner.token)
        ? await rows<CartRecord>(em, `select c.id, ${lines} from cart c where c.token_hash = ?`, [hashCartToken(owner.token)])
        : [];
    return cart ?? null;
  }

  /** The cart with current prices (one statement for all its variants, two for all its bookings). */
  async priced(cart: CartRecord): Promise<PricedCart> {
    const variants = await this.stock.sellable(cart.lines.map((l) => l.variantId));
    const lines = cart.lines.map((l, k) => {
      const variant = variants[k] ?? null;
      const unitPriceAmount = variant?.priceAmount ?? 0;
      return { ...l, variant, unitPriceAmount, lineTotalAmount: unitPriceAmount * l.quantity };
    });
    const bookings = await this.pricedBookings(cart.bookings);
    return {
      id: cart.id, lines, subtotalAmount: lines.reduce((sum, l) => sum + l.lineTotalAmount, 0),
      bookings, bookingsAmount: bookings.reduce((sum, b) => sum + b.totalAmount, 0),
    };
  }

  private async pricedBookings(bookings: CartBookingRecord[]): Promise<PricedCartBooking[]> {
    if (bookings.length === 0) return [];
    const slots = await this.slots.slots(bookings.map((b) => b.slotId));
    const experienceIds = [...new Set(slots.filter((s) => s !== undefined).map((s) => s.experienceId))];
    const prices = new Map(experienceIds.map((id, k) => [id, k]));
    const priceLists = await this.slots.prices(experienceIds);
    const now = this.now();
    return bookings.map((b, k) => {
      const slot = slots[k] ?? null;
      const list = slot ? priceLists[prices.get(slot.experienceId)!]! : [];
      const priced = priceUnits(list, b.units) ?? { units: [], people: 0, seats: 0, totalAmount: 0 };
      return { ...b, slot, ...priced, problem: bookingProblem(slot, list, b.units, now) };
    });
  }

  /**
   * Adds a booking line (or replaces the units of the same slot's line). Checked at once against the
   * slot and the experience's rules (userErrors, nothing written); no places are held until checkout.
   */
  async bookingAdd(owner: CartOwner, input: { slotId: string | null; units: RequestedUnit[] }): Promise<CartResult> {
    const fail = (...userErrors: CartUserError[]): CartResult => ({ cart: null, userErrors, issuedToken: null });
    const [slot] = input.slotId ? await this.slots.slots([input.slotId]) : [];
    const [prices] = slot ? await this.slots.prices([slot.experienceId]) : [[]];
    const problem = bookingProblem(slot, prices ?? [], input.units, this.now());
    if (problem) return fail({ field: [problem.field], code: problem.code, message: problem.message });
    const units = normalisedUnits(input.units);
    const result = await this.write(owner, async (em, cartId) => {
      await rows(
        em,
        `insert into cart_booking (id, cart_id, slot_id, units, added_at) values (?, ?, ?, ?::jsonb, ?)
         on conflict (cart_id, slot_id) do update set units = excluded.units, added_at = excluded.added_at`,
        [newId('cartBooking', this.now().getTime()), cartId, slot!.id, JSON.stringify(units), this.now()],
      );
      const [count] = await rows<{ n: number }>(em, `select count(*)::int as n from cart_booking where cart_id = ?`, [cartId]);
      if (count!.n > MAX_BOOKINGS) throw new TooManyBookings();
    }).catch((e: unknown) => {
      if (e instanceof TooManyBookings) return null;
      throw e;
    });
    return result ?? fail({ field: ['slotId'], code: 'TOO_MANY_BOOKINGS', message: `A cart holds at most ${MAX_BOOKINGS} bookings.` });
  }

  async bookingRemove(owner: CartOwner, input: { cartBookingId: string | null }): Promise<CartResult> {
    const cart = await this.find(owner);
    const booking = cart?.bookings.find((b) => b.id === input.cartBookingId);
    if (!cart || !booking) return { cart: null, userErrors: [{ field: ['cartBookingId'], code: 'NOT_FOUND', message: 'This booking is not in the cart.' }], issuedToken: null };
    await rows(this.em, `delete from cart_booking where id = ? and cart_id = ?`, [booking.id, cart.id]);
    await rows(this.em, `update cart set updated_at = ? where id = ?`, [this.now(), cart.id]);
    return { cart: await this.priced({ ...cart, bookings: cart.bookings.filter((b) => b !== booking) }), userErrors: [], issuedToken: null };
  }

  async view(owner: CartOwner): Promise<PricedCart | null> {
    const cart = await this.find(owner);
    return cart ? this.priced(cart) : null;
  }

  /** Adds quantities to lines (a variant already in the cart gets more units). */
  async linesAdd(owner: CartOwner, lines: { variantId: string | null; quantity: number }[]): Promise<CartResult> {
    const errors = await this.check(lines.map((l, k) => ({ ...l, field: ['lines', String(k)] })));
    if (errors.length) return { cart: null, userErrors: errors, issuedToken: null };
    return this.write(owner, async (em, cartId) => {
      for (const l of lines) {
        await rows(
          em,
          `insert into cart_line (cart_id, variant_id, quantity, added_at) values (?, ?, ?, ?)
           on conflict (cart_id, variant_id) do update set quantity = least(cart_line.quantity + excluded.quantity, ${MAX_QUANTITY})`,
          [cartId, l.variantId, l.quantity, this.now()],
        );
      }
    });
  }

  /** Sets a line's quantity (adding the line when missing). Removing is cartLineRemove, not 0. */
  async lineSetQuantity(owner: CartOwner, input: { variantId: string | null; quantity: number }): Promise<CartResult> {
    const errors = await this.check([{ ...input, field: [] }]);
    if (errors.length) return { cart: null, userErrors: errors, issuedToken: null };
    return this.write(owner, async (em, cartId) => {
      await rows(
        em,
        `insert into cart_line (cart_id, variant_id, quantity, added_at) values (?, ?, ?, ?)
         on conflict (cart_id, variant_id) do update set quantity = excluded.quantity`,
        [cartId, input.variantId, input.quantity, this.now()],
      );
    });
  }

  async lineRemove(owner: CartOwner, input: { variantId: string | null }): Promise<CartResult> {
    const cart = await this.find(owner);
    const line = cart?.lines.find((l) => l.variantId === input.variantId);
    if (!cart || !line) return { cart: null, userErrors: [{ field: ['variantId'], code: 'NOT_FOUND', message: 'This variant is not in the cart.' }], issuedToken: null };
    await rows(this.em, `delete from cart_line where cart_id = ? and variant_id = ?`, [cart.id, line.variantId]);
    await rows(this.em, `update cart set updated_at = ? where id = ?`, [this.now(), cart.id]);
    return { cart: await this.priced({ ...cart, lines: cart.lines.filter((l) => l !== line) }), userErrors: [], issuedToken: null };
  }

  /**
   * Moves a guest cart's lines into the user's cart (quantities add up, capped) and deletes the guest
   * cart; with no user cart yet, the guest cart simply becomes the user's. Called at login and sign-up.
   */
  async mergeGuestCart(token: string | null | undefined, userId: string): Promise<void> {
    if (!token || !TOKEN_PATTERN.test(token)) return;
    await this.em.transactional(async (em) => {
      const [guest] = await rows<{ id: string }>(em, `select id from cart where token_hash = ? for update`, [hashCartToken(token)]);
      if (!guest) return;
      const [mine] = await rows<{ id: string }>(em, `select id from cart where user_id = ? for update`, [userId]);
      if (!mine) {
        await rows(em, `update cart set token_hash = null, user_id = ?, updated_at = ? where id = ?`, [userId, this.now(), guest.id]);
        return;
      }
      await rows(
        em,
        `insert into cart_line (cart_id, variant_id, quantity, added_at)
         select ?, variant_id, quantity, added_at from cart_line where cart_id = ?
         on conflict (cart_id, variant_id) do update set quantity = least(cart_line.quantity + excluded.quantity, ${MAX_QUANTITY})`,
        [mine.id, guest.id],
      );
      // The guest's booking of a slot is the latest choice: it replaces the user's of the same slot.
      await rows(em, `delete from cart_booking where cart_id = ? and slot_id in (select slot_id from cart_booking where cart_id = ?)`, [mine.id, guest.id]);
      await rows(em, `update cart_booking set cart_id = ? where cart_id = ?`, [mine.id, guest.id]);
      await rows(em, `delete from cart where id = ?`, [guest.id]);
      await rows(em, `update cart set updated_at = ? where id = ?`, [this.now(), mine.id]);
    });
  }

  /** Empties a cart inside the caller's transaction (checkout). */
  async clear(em: EntityManager, cartId: string): Promise<void> {
    await rows(em, `delete from cart_line where cart_id = ?`, [cartId]);
    await rows(em, `delete from cart_booking where cart_id = ?`, [cartId]);
  }

  private async check(lines: { variantId: string | null; quantity: number; field: string[] }[]): Promise<CartUserError[]> {
    const errors: CartUserError[] = [];
    const ids = lines.map((l) => l.variantId).filter((id): id is string => id !== null);
    const variants = new Map((await this.stock.sellable(ids)).filter((v) => v !== undefined).map((v) => [v.id, v]));
    for (const l of lines) {
      const problem = quantityProblem(l.quantity);
      if (problem) errors.push({ field: [...l.field, 'quantity'], code: 'INVALID_QUANTITY', message: problem });
      const variant = l.variantId ? variants.get(l.variantId) : undefined;
      if (!variant) errors.push({ field: [...l.field, 'variantId'], code: 'NOT_FOUND', message: 'There is no such product variant.' });
      // Not named: the product may never have been public (a draft's name is its producer's to tell).
      else if (!variant.forSale) errors.push({ field: [...l.field, 'variantId'], code: 'NOT_AVAILABLE', message: 'This product is not on sale.' });
    }
    return errors;
  }

  /** Finds or creates the owner's cart (a new guest cart gets a token for the cookie), then writes in one transaction. */
  private async write(owner: CartOwner, change: (em: EntityManager, cartId: string) => Promise<void>): Promise<CartResult> {
    let issuedToken: string | null = null;
    let lineCount = 0;
    const cartId = await this.em.transactional(async (em) => {
      let cart = await this.find(owner, em);
      if (!cart) {
        const id = newId('cart', this.now().getTime());
        if (owner.userId) {
          // Two first adds at once: the unique user_id settles it.
          await rows(em, `insert into cart (id, user_id, created_at, updated_at) values (?, ?, ?, ?) on conflict (user_id) do nothing`, [id, owner.userId, this.now(), this.now()]);
        } else {
          issuedToken = randomBytes(32).toString('base64url');
          await rows(em, `insert into cart (id, token_hash, created_at, updated_at) values (?, ?, ?, ?)`, [id, hashCartToken(issuedToken), this.now(), this.now()]);
        }
        cart = (await this.find(owner.userId ? owner : { userId: null, token: issuedToken }, em))!;
      }
      await change(em, cart.id);
      const [count] = await rows<{ n: number }>(em, `select count(*)::int as n from cart_line where cart_id = ?`, [cart.id]);
      lineCount = count!.n;
      if (lineCount > MAX_LINES) throw new TooManyLines();
      await rows(em, `update cart set updated_at = ? where id = ?`, [this.now(), cart.id]);
      return cart.id;
    }).catch((e: unknown) => {
      if (e instanceof TooManyLines) return null;
      throw e;
    });
    if (!cartId) return { cart: null, userErrors: [{ field: ['lines'], code: 'TOO_MANY_LINES', message: `A cart holds at most ${MAX_LINES} different variants.` }], issuedToken: null };
    const cart = (await this.find(owner.userId ? owner : { userId: null, token: issuedToken ?? owner.token }))!;
    return { cart: await this.priced(cart), userErrors: [], issuedToken };
  }
}

class TooManyLines extends Error {}
class TooManyBookings extends Error {}
