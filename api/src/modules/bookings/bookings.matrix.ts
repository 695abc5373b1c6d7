import { toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import { experienceWithSlots } from '../../test/bookings.js';
import { pick, type ModuleMatrix, type Targets } from '../../test/matrix.js';
import { ROLES, type RoleName } from '../../test/roles.js';
import { createServices } from '../services.js';

/**
 * The bookings module's rows of the authorisation matrix (accounts.matrix.test.ts): a shopper's
 * cancellation of their own booking, and the answers of operator O to the bookings of its
 * experiences (an INSTANT and an ON_REQUEST one, paid at the point: confirmed, or awaiting the operator).
 */
/** Per role its own booking to cancel (guests: with the order link's secret). */
const shopperBookingOf: Partial<Record<RoleName, { id: string; accessToken: string | null }>> = {};
const bookingTo: Record<'confirm' | 'decline' | 'cancel' | 'complete', Targets> = { confirm: {}, decline: {}, cancel: {}, complete: {} };
const BOOKING = `booking { state } userErrors { code }`;

export const BOOKINGS_MATRIX: ModuleMatrix = {
  async setUp(orm, world) {
    const services = createServices(orm.em.fork());
    const far = new Date(Date.now() + 30 * 86_400_000);
    const bookableSlot = (await experienceWithSlots(orm, world.operators.o.id, { slots: [{ startsAt: far, capacity: 200 }] })).slotIds[0]!;
    const onRequestSlot = (await experienceWithSlots(orm, world.operators.o.id, { confirmation: 'ON_REQUEST', slots: [{ startsAt: far, capacity: 200 }] })).slotIds[0]!;
    const book = async (slotId: string, userId: string | null) => {
      const added = await services.cart.bookingAdd({ userId, token: null }, { slotId, units: [{ unitType: 'ADULT', quantity: 1 }] });
      const owner = { userId, token: added.issuedToken };
      const placed = await services.checkout.place(owner, { idempotencyKey: `matrix-booking-${Math.random().toString(36).slice(2)}`, email: 'book@matrix.test', phone: '0912345678', contactName: 'Khách Ma Trận', shipping: null, deliveryOptions: [], paymentMethod: 'COD' });
      if (!placed.order) throw new Error(JSON.stringify(placed.userErrors));
      return { id: (await services.bookings.ofOrders([placed.order.id]))[0]![0]!.id, accessToken: placed.accessToken };
    };
    for (const role of ROLES) shopperBookingOf[role] = await book(bookableSlot, role === 'anonymous' ? null : world.users[role].userId);
    for (const who of ['operator', 'admin', 'refused'] as const) {
      bookingTo.confirm[who] = (await book(onRequestSlot, null)).id;
      bookingTo.decline[who] = (await book(onRequestSlot, null)).id;
      bookingTo.cancel[who] = (await book(bookableSlot, null)).id;
      // Completed once the party came: a booking whose (booked) start has passed.
      bookingTo.complete[who] = (await book(bookableSlot, null)).id;
      await rows(orm.em.fork(), `update booking set starts_at = now() - interval '1 hour' where id = ?`, [bookingTo.complete[who]]);
    }
  },

  rows: {
    bookingCancel: {
      // Each role cancels a booking of its own order (a guest with the order link's secret).
      allowed: ROLES,
      run: (gql, role) =>
        gql(`mutation ($input: BookingCancelInput!) { bookingCancel(input: $input) { ${BOOKING} } }`, {
          input: { bookingId: toGlobalId('Booking', shopperBookingOf[role]!.id), accessToken: shopperBookingOf[role]!.accessToken },
        }),
    },
    bookingConfirm: {
      allowed: ['operator', 'admin'],
      run: (gql, role) => gql(`mutation ($input: BookingConfirmInput!) { bookingConfirm(input: $input) { ${BOOKING} } }`, { input: { bookingId: toGlobalId('Booking', pick(bookingTo.confirm, role)) } }),
    },
    bookingComplete: {
      allowed: ['operator', 'admin'],
      run: (gql, role) => gql(`mutation ($input: BookingConfirmInput!) { bookingComplete(input: $input) { ${BOOKING} } }`, { input: { bookingId: toGlobalId('Booking', pick(bookingTo.complete, role)) } }),
    },
    bookingDecline: {
      allowed: ['operator', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: BookingReasonInput!) { bookingDecline(input: $input) { ${BOOKING} } }`, { input: { bookingId: toGlobalId('Booking', pick(bookingTo.decline, role)), reason: 'Hết chỗ nấu cỗ' } }),
    },
    bookingOperatorCancel: {
      allowed: ['operator', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: BookingReasonInput!) { bookingOperatorCancel(input: $input) { ${BOOKING} } }`, { input: { bookingId: toGlobalId('Booking', pick(bookingTo.cancel, role)), reason: 'Sạt lở đường' } }),
    },
  },
};
