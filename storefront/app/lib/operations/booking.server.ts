import { graphql } from "../../gql";

/** Tourism bookings: add to cart, cancel, "my bookings" and the operator's calendar. Server-only (see ../operations.server.ts). */

export const OrderBookingFields = graphql(`
  fragment OrderBookingFields on Booking {
    id
    state
    paid
    experienceName
    experienceSlug
    pointName
    startsAt
    endsAt
    seats
    slotChanged
    slotClosed
    slotStartsAt
    cancellable
    cancellationDeadline
    operatorResponseDeadline
    cancelReason
    cancelledBy
    orderNumber
    total {
      amount
    }
    refund {
      route
      amount {
        amount
      }
    }
    units {
      unitType
      label
      quantity
      unitPrice {
        amount
      }
    }
  }
`);

export const CartBookingAddMutation = graphql(`
  mutation CartBookingAdd($input: CartBookingAddInput!) {
    cartBookingAdd(input: $input) {
      cart {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const CartBookingRemoveMutation = graphql(`
  mutation CartBookingRemove($input: CartBookingRemoveInput!) {
    cartBookingRemove(input: $input) {
      cart {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const BookingCancelMutation = graphql(`
  mutation BookingCancel($input: BookingCancelInput!) {
    bookingCancel(input: $input) {
      booking {
        id
        state
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const MyBookingsQuery = graphql(`
  query MyBookings($after: String) {
    viewer {
      email
      bookings(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...OrderBookingFields
        }
      }
    }
  }
`);

export const OperatorCalendarQuery = graphql(`
  query OperatorCalendar($operatorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    operatorBookings(operatorId: $operatorId, from: $from, to: $to) {
      days {
        date
        slots {
          id
          experienceName
          startsAt
          endsAt
          capacity
          held
          booked
          remaining
          closed
          closeReason
          liveBookings
          awaitingOperator
          bookings {
            id
            state
            seats
            orderNumber
            cancelReason
            cancelledBy
            operatorResponseDeadline
            customer {
              name
              email
              phone
            }
            units {
              unitType
              quantity
            }
          }
        }
      }
    }
  }
`);

export const BookingCompleteMutation = graphql(`
  mutation BookingComplete($input: BookingConfirmInput!) {
    bookingComplete(input: $input) {
      booking {
        id
        state
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const BookingConfirmMutation = graphql(`
  mutation BookingConfirm($input: BookingConfirmInput!) {
    bookingConfirm(input: $input) {
      booking {
        id
        state
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const BookingDeclineMutation = graphql(`
  mutation BookingDecline($input: BookingReasonInput!) {
    bookingDecline(input: $input) {
      booking {
        id
        state
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const BookingOperatorCancelMutation = graphql(`
  mutation BookingOperatorCancel($input: BookingReasonInput!) {
    bookingOperatorCancel(input: $input) {
      booking {
        id
        state
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const CalendarSlotCloseMutation = graphql(`
  mutation CalendarSlotClose($input: ExperienceSlotCloseInput!) {
    experienceSlotClose(input: $input) {
      userErrors {
        field
        code
      }
    }
  }
`);

/** Admins open any operator's calendar: the approved operators to choose from. */
export const CalendarOperatorsQuery = graphql(`
  query CalendarOperators {
    tourismOperators(first: 100, filter: { approval: APPROVED }) {
      nodes {
        id
        slug
        name
      }
    }
  }
`);
