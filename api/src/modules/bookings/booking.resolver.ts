import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { localIdOf } from '../../graphql/global-id.js';
import { checkedPageSize, ConnectionArgs, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import { vietnamToday } from '../../lib/today.js';
import { ViewerType } from '../accounts/account.types.js';
import { assertOperatorMember, signedIn } from '../accounts/viewer.js';
import { BookingUnitLineType } from '../cart/cart.types.js';
import { OrderType } from '../orders/order.types.js';
import type { BookingResult } from './booking-actions.service.js';
import {
  BookingCancelInput, BookingConfirmInput, BookingConnection, BookingCustomerType, BookingPayload, BookingReasonInput, BookingType, BookingUserErrorType,
  CalendarDayType, CalendarSlotType, OperatorCalendarType,
} from './booking.types.js';

const DAY = 86_400_000;
/** The calendar shows at most this many days at once (a month view). */
export const MAX_CALENDAR_DAYS = 42;

function payload(result: BookingResult, operatorView: boolean): BookingPayload {
  return Object.assign(new BookingPayload(), {
    booking: result.booking ? BookingType.from(result.booking, operatorView) : null,
    userErrors: result.userErrors.map(BookingUserErrorType.from),
  });
}

function bookingId(id: string): string | null {
  return localIdOf(id, 'Booking');
}

@Resolver(() => BookingType)
export class BookingResolver {
  @FieldResolver(() => [BookingUnitLineType], { description: 'Units per type with the prices copied when booked.' })
  async units(@Root() booking: BookingType, @Ctx() ctx: Context): Promise<BookingUnitLineType[]> {
    return (await ctx.loaders.bookingUnits.load(booking.record.id)).map(BookingUnitLineType.from);
  }

  @FieldResolver(() => Boolean, { description: 'The operator moved or closed the slot after this booking: the shopper may cancel free at any time.' })
  async slotChanged(@Root() booking: BookingType, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.bookings.cancellation(booking.record, await ctx.loaders.bookableSlot.load(booking.record.slotId)).slotChanged;
  }

  @FieldResolver(() => Boolean, { description: 'The shopper may cancel it free now (before the deadline, or any time after a slot change).' })
  async cancellable(@Root() booking: BookingType, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.bookings.cancellation(booking.record, await ctx.loaders.bookableSlot.load(booking.record.slotId)).cancellable;
  }

  @FieldResolver(() => DateTimeISOResolver, { nullable: true, description: 'When the slot starts now (differs from startsAt when the operator moved it).' })
  async slotStartsAt(@Root() booking: BookingType, @Ctx() ctx: Context): Promise<Date | null> {
    return (await ctx.loaders.bookableSlot.load(booking.record.slotId))?.startsAt ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'The operator closed the slot.' })
  async slotClosed(@Root() booking: BookingType, @Ctx() ctx: Context): Promise<boolean> {
    return !!(await ctx.loaders.bookableSlot.load(booking.record.slotId))?.closedAt;
  }

  @FieldResolver(() => String, { nullable: true, description: "The experience page's slug." })
  async experienceSlug(@Root() booking: BookingType, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.bookableSlot.load(booking.record.slotId))?.experienceSlug ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The tourism point where it happens.' })
  async pointName(@Root() booking: BookingType, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.bookableSlot.load(booking.record.slotId))?.pointName ?? null;
  }

  @FieldResolver(() => String, { description: 'The order it was booked in (what the shopper quotes).' })
  async orderNumber(@Root() booking: BookingType, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.order.load(booking.record.orderId))!.number;
  }

  // PUBLIC at the field: the guard is the path. Only operatorBookings and the operator's mutations
  // mark a booking operatorView, after assertOperatorMember.
  @Rule('PUBLIC')
  @FieldResolver(() => BookingCustomerType, { nullable: true, description: "The shopper's contact, for the booking's operator (null elsewhere)." })
  async customer(@Root() booking: BookingType, @Ctx() ctx: Context): Promise<BookingCustomerType | null> {
    if (!booking.operatorView) return null;
    const order = (await ctx.loaders.order.load(booking.record.orderId))!;
    return Object.assign(new BookingCustomerType(), { name: order.contactName ?? order.recipientName, email: order.email, phone: order.phone });
  }

  @Rule('PUBLIC')
  @Mutation(() => BookingPayload, {
    description: 'The shopper cancels a booking (signed in as the order owner, or a guest with the order link secret): free until cancellationDeadline, or at any time after the operator changed the slot. Places return; money taken is refunded.',
  })
  async bookingCancel(@Arg('input', () => BookingCancelInput) input: BookingCancelInput, @Ctx() ctx: Context): Promise<BookingPayload> {
    return payload(await ctx.services.bookingActions.cancelAsShopper(ctx.viewer, { bookingId: bookingId(input.bookingId), accessToken: input.accessToken }), false);
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => BookingPayload, { description: "The operator (its members, or an admin) cancels a live booking with a reason; places return, money taken is refunded." })
  async bookingOperatorCancel(@Arg('input', () => BookingReasonInput) input: BookingReasonInput, @Ctx() ctx: Context): Promise<BookingPayload> {
    return payload(await ctx.services.bookingActions.cancelAsOperator(ctx.viewer, { bookingId: bookingId(input.bookingId), reason: input.reason }), true);
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => BookingPayload, { description: 'The operator confirms an on-request booking awaiting it (held places become booked).' })
  async bookingConfirm(@Arg('input', () => BookingConfirmInput) input: BookingConfirmInput, @Ctx() ctx: Context): Promise<BookingPayload> {
    return payload(await ctx.services.bookingActions.confirm(ctx.viewer, { bookingId: bookingId(input.bookingId) }), true);
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => BookingPayload, { description: 'The operator records that the party came (a confirmed booking whose slot has started); a booking paid at the point is paid then.' })
  async bookingComplete(@Arg('input', () => BookingConfirmInput) input: BookingConfirmInput, @Ctx() ctx: Context): Promise<BookingPayload> {
    return payload(await ctx.services.bookingActions.complete(ctx.viewer, { bookingId: bookingId(input.bookingId) }), true);
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => BookingPayload, { description: 'The operator declines an on-request booking awaiting it, with a reason: places return, money taken is refunded.' })
  async bookingDecline(@Arg('input', () => BookingReasonInput) input: BookingReasonInput, @Ctx() ctx: Context): Promise<BookingPayload> {
    return payload(await ctx.services.bookingActions.decline(ctx.viewer, { bookingId: bookingId(input.bookingId), reason: input.reason }), true);
  }

  @Rule('OPERATOR_MEMBER')
  @Query(() => OperatorCalendarType, { description: `An operator's calendar: its slots starting in [from, to) with their places and bookings, by day in Vietnam (at most ${MAX_CALENDAR_DAYS} days; its members, or an admin).` })
  async operatorBookings(
    @Arg('operatorId', () => ID) operatorId: string,
    @Arg('from', () => DateTimeISOResolver) from: Date,
    @Arg('to', () => DateTimeISOResolver) to: Date,
    @Ctx() ctx: Context,
  ): Promise<OperatorCalendarType> {
    const id = localIdOf(operatorId, 'TourismOperator');
    if (!id) throw badArgument('operatorId', 'is not a TourismOperator id.');
    if (!(to.getTime() > from.getTime()) || to.getTime() - from.getTime() > MAX_CALENDAR_DAYS * DAY) throw badArgument('to', `must be after from, at most ${MAX_CALENDAR_DAYS} days later.`);
    assertOperatorMember(ctx.viewer, id);
    const slots = await ctx.services.bookings.calendar(id, from, to);
    const days: CalendarDayType[] = [];
    for (let t = from.getTime(); t < to.getTime(); t += DAY) {
      const date = vietnamToday(new Date(t));
      if (!days.some((d) => d.date === date)) days.push(Object.assign(new CalendarDayType(), { date, slots: [] }));
    }
    for (const { slot, bookings } of slots) {
      const date = vietnamToday(slot.startsAt);
      let day = days.find((d) => d.date === date);
      if (!day) days.push((day = Object.assign(new CalendarDayType(), { date, slots: [] })));
      day.slots.push(CalendarSlotType.from(slot, bookings));
    }
    days.sort((a, b) => (a.date < b.date ? -1 : 1));
    return Object.assign(new OperatorCalendarType(), { from, to, days });
  }
}

@Resolver(() => OrderType)
export class OrderBookingsResolver {
  @FieldResolver(() => [BookingType], { description: 'Tourism bookings of the order (bounded by the cart it came from).' })
  async bookings(@Root() order: OrderType, @Ctx() ctx: Context): Promise<BookingType[]> {
    return (await ctx.loaders.bookingsOfOrder.load(order.record.id)).map((b) => BookingType.from(b));
  }
}

@Resolver(() => ViewerType)
export class ViewerBookingsResolver {
  @Rule('SIGNED_IN')
  @FieldResolver(() => BookingConnection, { description: "The signed-in shopper's bookings (\"my bookings\"), newest first." })
  async bookings(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<BookingConnection> {
    const viewer = signedIn(ctx.viewer);
    try {
      const page = await ctx.services.bookings.ofUser(ctx.services.orders.ordersOfUser(viewer.userId), { first: checkedPageSize(args.first), after: decodeCursor(args.after) });
      return toConnection(page, (b) => BookingType.from(b)) as BookingConnection;
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
  }
}
