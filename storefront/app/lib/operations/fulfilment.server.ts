import { graphql } from "../../gql";

/**
 * Fulfilment and reconciliation: the producer's order inbox and its actions, the admin's list of
 * bank transfers awaiting their money, marking one received and importing a bank statement.
 */

/** A line of a sub-order as the order page and the seller's inbox show it (name and price as ordered). */
export const OrderLineFields = graphql(`
  fragment OrderLineFields on OrderLine {
    productName
    variantLabel
    sku
    quantity
    unitPrice {
      amount
    }
    lineTotal {
      amount
    }
  }
`);

export const SellerSubOrderFields = graphql(`
  fragment SellerSubOrderFields on SubOrder {
    id
    orderNumber
    createdAt
    state
    paymentMethod
    paid
    deliveryOption
    subtotal {
      amount
    }
    shipping {
      amount
    }
    total {
      amount
    }
    carrier
    trackingNumber
    cancelReason
    refundReason
    contact {
      email
      phone
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
    lines {
      ...OrderLineFields
    }
  }
`);

export const SellerOrdersQuery = graphql(`
  query SellerOrders($producerId: ID!, $state: SubOrderState, $first: Int!, $after: String) {
    producerOrders(producerId: $producerId, state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SellerSubOrderFields
      }
    }
  }
`);

export const FulfilmentErrorFields = graphql(`
  fragment FulfilmentErrorFields on FulfilmentUserError {
    field
    code
  }
`);

export const SubOrderProcessMutation = graphql(`
  mutation SubOrderProcess($input: SubOrderInput!) {
    subOrderProcess(input: $input) {
      subOrder {
        id
        state
      }
      userErrors {
        ...FulfilmentErrorFields
      }
    }
  }
`);

export const SubOrderShipMutation = graphql(`
  mutation SubOrderShip($input: SubOrderShipInput!) {
    subOrderShip(input: $input) {
      subOrder {
        id
        state
      }
      userErrors {
        ...FulfilmentErrorFields
      }
    }
  }
`);

export const SubOrderDeliverMutation = graphql(`
  mutation SubOrderDeliver($input: SubOrderInput!) {
    subOrderDeliver(input: $input) {
      subOrder {
        id
        state
      }
      userErrors {
        ...FulfilmentErrorFields
      }
    }
  }
`);

export const SubOrderCancelMutation = graphql(`
  mutation SubOrderCancel($input: SubOrderCancelInput!) {
    subOrderCancel(input: $input) {
      subOrder {
        id
        state
      }
      userErrors {
        ...FulfilmentErrorFields
      }
    }
  }
`);

export const SubOrderRefundMutation = graphql(`
  mutation SubOrderRefund($input: SubOrderRefundInput!) {
    subOrderRefund(input: $input) {
      subOrder {
        id
        state
      }
      userErrors {
        ...FulfilmentErrorFields
      }
    }
  }
`);

export const PaymentMarkReceivedMutation = graphql(`
  mutation PaymentMarkReceived($input: PaymentMarkReceivedInput!) {
    paymentMarkReceived(input: $input) {
      order {
        id
        number
        payment {
          state
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const AdminPaymentsQuery = graphql(`
  query AdminPayments($first: Int!, $after: String) {
    ordersAwaitingTransfer(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        createdAt
        email
        phone
        total {
          amount
        }
        payment {
          holdExpiresAt
        }
        subOrders {
          id
          producer {
            id
            name
          }
        }
      }
    }
  }
`);

export const BankStatementImportMutation = graphql(`
  mutation BankStatementImport($input: BankStatementImportInput!) {
    bankStatementImport(input: $input) {
      paidCount
      rows {
        row
        orderNumber
        amount
        outcome
      }
      userErrors {
        field
        code
      }
    }
  }
`);
