import { graphql } from "../../gql";

/** The shopper's side: cart, checkout, order pages, "my orders". Server-only (see ../operations.server.ts). */

export const HeaderCartQuery = graphql(`
  query HeaderCart {
    cart {
      id
      totalQuantity
    }
  }
`);

export const CartPageQuery = graphql(`
  query CartPage {
    # The cart's fields inline (the cart and checkout pages show the same): a fragment spread
    # costs one more level in the API's query cost limit.
    cart {
      id
      totalQuantity
      subtotal {
        amount
      }
      bookingsSubtotal {
        amount
      }
      requiresShipping
      bookings {
        id
        slotId
        experienceName
        experienceSlug
        pointName
        startsAt
        endsAt
        people
        seats
        remaining
        problem
        total {
          amount
        }
        units {
          unitType
          label
          quantity
          unitPrice {
            amount
          }
          lineTotal {
            amount
          }
        }
      }
      lines(first: 100) {
        nodes {
          quantity
          availableForSale
          productName
          unitPrice {
            amount
          }
          lineTotal {
            amount
          }
          variant {
            id
            label
            stock
          }
          product {
            id
            slug
            producer {
              id
              name
              slug
            }
          }
        }
      }
    }
  }
`);

export const CartLinesAddMutation = graphql(`
  mutation CartLinesAdd($input: CartLinesAddInput!) {
    cartLinesAdd(input: $input) {
      cart {
        id
        totalQuantity
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const CartLineUpdateMutation = graphql(`
  mutation CartLineUpdate($input: CartLineUpdateInput!) {
    cartLineUpdate(input: $input) {
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

export const CartLineRemoveMutation = graphql(`
  mutation CartLineRemove($input: CartLineRemoveInput!) {
    cartLineRemove(input: $input) {
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

export const CheckoutPageQuery = graphql(`
  query CheckoutPage {
    # The cart's fields inline (the cart and checkout pages show the same): a fragment spread
    # costs one more level in the API's query cost limit.
    cart {
      id
      totalQuantity
      subtotal {
        amount
      }
      bookingsSubtotal {
        amount
      }
      requiresShipping
      bookings {
        id
        slotId
        experienceName
        experienceSlug
        pointName
        startsAt
        endsAt
        people
        seats
        remaining
        problem
        total {
          amount
        }
        units {
          unitType
          label
          quantity
          unitPrice {
            amount
          }
          lineTotal {
            amount
          }
        }
      }
      lines(first: 100) {
        nodes {
          quantity
          availableForSale
          productName
          unitPrice {
            amount
          }
          lineTotal {
            amount
          }
          variant {
            id
            label
            stock
          }
          product {
            id
            slug
            producer {
              id
              name
              slug
            }
          }
        }
      }
    }
    viewer {
      email
    }
  }
`);

/** Separate from the cart: together they pass the API's query cost limit. */
export const CheckoutOptionsQuery = graphql(`
  query CheckoutOptions {
    provinces(first: 50) {
      nodes {
        id
        code
        name
      }
    }
    paymentMethods
  }
`);

export const CheckoutProvinceQuery = graphql(`
  query CheckoutProvince($provinceId: ID!, $provinceCode: String!, $after: String) {
    communes(provinceCode: $provinceCode, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
      }
    }
    deliveryOptions(provinceId: $provinceId) {
      code
      minDays
      maxDays
      price {
        amount
      }
    }
  }
`);

export const CheckoutPlaceMutation = graphql(`
  mutation CheckoutPlace($input: CheckoutPlaceInput!) {
    checkoutPlace(input: $input) {
      order {
        id
        number
      }
      accessToken
      userErrors {
        field
        code
      }
    }
  }
`);

export const OrderPageQuery = graphql(`
  query OrderPage($number: String!, $email: String, $accessToken: String) {
    order(number: $number, email: $email, accessToken: $accessToken) {
      id
      number
      email
      phone
      createdAt
      subtotal {
        amount
      }
      shipping {
        amount
      }
      total {
        amount
      }
      bookingsTotal {
        amount
      }
      bookings {
        ...OrderBookingFields
      }
      shippingAddress {
        recipientName
        phone
        streetLine
        commune {
          name
        }
        province {
          name
        }
      }
      payment {
        method
        state
        holdExpiresAt
        receivedAt
        amount {
          amount
        }
        bankTransfer {
          bankName
          accountNumber
          accountName
          memo
          qrSvg
          amount {
            amount
          }
        }
        card {
          clientSecret
          publishableKey
          jsUrl
        }
      }
      subOrders {
        id
        state
        paid
        deliveryOption
        carrier
        trackingNumber
        cancelReason
        refundReason
        subtotal {
          amount
        }
        shipping {
          amount
        }
        total {
          amount
        }
        producer {
          id
          name
          slug
        }
        lines {
          ...OrderLineFields
        }
      }
    }
  }
`);

export const MyOrdersQuery = graphql(`
  query MyOrders($after: String) {
    viewer {
      email
      orders(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          number
          createdAt
          total {
            amount
          }
          payment {
            method
            state
          }
          subOrders {
            id
            state
            producer {
              id
              name
            }
          }
        }
      }
    }
  }
`);
