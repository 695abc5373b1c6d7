import { toGlobalId } from '../../graphql/global-id.js';
import { experienceWithSlots } from '../../test/bookings.js';
import { cartCookieOf, type ModuleMatrix } from '../../test/matrix.js';
import { variantIdOf } from '../../test/orders.js';
import { ROLES } from '../../test/roles.js';

/**
 * The cart module's rows of the authorisation matrix (accounts.matrix.test.ts): lines of the
 * world's products and bookings of a slot of operator O. Everyone may keep a cart; a guest's cart
 * lives in the cookie its first change sets, so a row that needs a line first adds one and sends
 * the cookie back.
 */
export const CART_ADD = `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { cart { totalQuantity } userErrors { code } } }`;
/** The first variant of a product written by CatalogueBuilder, as a global id. */
export const variantOf = (productId: string) => toGlobalId('ProductVariant', variantIdOf(productId));
let bookableSlot = '';

export const CART_MATRIX: ModuleMatrix = {
  async setUp(orm, world) {
    const far = new Date(Date.now() + 30 * 86_400_000);
    bookableSlot = (await experienceWithSlots(orm, world.operators.o.id, { slots: [{ startsAt: far, capacity: 200 }] })).slotIds[0]!;
  },

  rows: {
    cartLinesAdd: {
      allowed: ROLES,
      run: (gql, _role, world) => gql(CART_ADD, { input: { lines: [{ variantId: variantOf(world.products.a.id), quantity: 1 }] } }),
    },
    cartLineUpdate: {
      allowed: ROLES,
      run: (gql, _role, world) =>
        gql(`mutation ($input: CartLineUpdateInput!) { cartLineUpdate(input: $input) { cart { totalQuantity } userErrors { code } } }`, {
          input: { variantId: variantOf(world.products.a.id), quantity: 2 },
        }),
    },
    cartLineRemove: {
      allowed: ROLES,
      async run(gql, _role, world) {
        const added = await gql(CART_ADD, { input: { lines: [{ variantId: variantOf(world.products.b.id), quantity: 1 }] } });
        const cartCookie = cartCookieOf(added);
        return gql(
          `mutation ($input: CartLineRemoveInput!) { cartLineRemove(input: $input) { cart { totalQuantity } userErrors { code } } }`,
          { input: { variantId: variantOf(world.products.b.id) } },
          cartCookie ? { headers: { cookie: cartCookie } } : {},
        );
      },
    },
    cartBookingAdd: {
      allowed: ROLES,
      run: (gql) =>
        gql(`mutation ($input: CartBookingAddInput!) { cartBookingAdd(input: $input) { cart { totalQuantity } userErrors { code } } }`, {
          input: { slotId: toGlobalId('ExperienceSlot', bookableSlot), units: [{ unitType: 'ADULT', quantity: 2 }] },
        }),
    },
    cartBookingRemove: {
      allowed: ROLES,
      async run(gql) {
        const added = await gql(`mutation ($input: CartBookingAddInput!) { cartBookingAdd(input: $input) { cart { bookings { id } } userErrors { code } } }`, {
          input: { slotId: toGlobalId('ExperienceSlot', bookableSlot), units: [{ unitType: 'ADULT', quantity: 1 }] },
        });
        const cartCookie = cartCookieOf(added);
        return gql(
          `mutation ($input: CartBookingRemoveInput!) { cartBookingRemove(input: $input) { cart { totalQuantity } userErrors { code } } }`,
          { input: { cartBookingId: added.data!.cartBookingAdd.cart.bookings[0].id } },
          cartCookie ? { headers: { cookie: cartCookie } } : {},
        );
      },
    },
  },
};
