import { graphql } from "../../gql";

/** Sales points, the manager's side: registering a point, its listing requests and stock, its details. */

export const SalesPointRegisterMutation = graphql(`
  mutation SalesPointRegister($input: SalesPointRegisterInput!) {
    salesPointRegister(input: $input) {
      ...SalesPointPayloadFields
    }
  }
`);

export const SalesPointRegisterPageQuery = graphql(`
  query SalesPointRegisterPage {
    provinces(first: 40) {
      nodes {
        code
        name
      }
    }
  }
`);

export const SalesPointManagerQuery = graphql(`
  query SalesPointManager {
    viewer {
      id
      roles {
        id
        kind
        ... on SalesPointManagerRole {
          salesPoint {
            id
            slug
          }
        }
      }
    }
  }
`);

/** One managed point with its listings in one state (a manager has one or two points: two queries each). */
export const SalesPointManagedQuery = graphql(`
  query SalesPointManaged($slug: String!, $state: SalesPointListingState!) {
    salesPoint(slug: $slug) {
      id
      name
      slug
      kind
      approval
      addressLine
      province {
        name
      }
      listings(state: $state, first: 50) {
        nodes {
          state
          stockLevel
          product {
            id
            name
            producer {
              name
            }
          }
        }
      }
    }
  }
`);

export const SalesPointListingConfirmMutation = graphql(`
  mutation SalesPointListingConfirm($input: SalesPointListingConfirmInput!) {
    salesPointListingConfirm(input: $input) {
      ...SalesPointListingPayloadFields
    }
  }
`);

export const SalesPointListingRejectMutation = graphql(`
  mutation SalesPointListingReject($input: SalesPointListingInput!) {
    salesPointListingReject(input: $input) {
      ...SalesPointListingPayloadFields
    }
  }
`);

export const SalesPointListingStockUpdateMutation = graphql(`
  mutation SalesPointListingStockUpdate($input: SalesPointListingStockUpdateInput!) {
    salesPointListingStockUpdate(input: $input) {
      ...SalesPointListingPayloadFields
    }
  }
`);

/** A managed point's details for its edit page (managers and admins see pending points too). */
export const SalesPointEditQuery = graphql(`
  query SalesPointEdit($slug: String!) {
    salesPoint(slug: $slug) {
      id
      slug
      name
      kind
      chainName
      approval
      addressLine
      latitude
      longitude
      url
      timeZone
      openingHours {
        day
        opens
        closes
      }
      contact {
        phone
        email
      }
      province {
        code
        name
      }
      commune {
        code
        name
      }
    }
    provinces(first: 40) {
      nodes {
        code
        name
      }
    }
  }
`);

export const SalesPointUpdateMutation = graphql(`
  mutation SalesPointUpdate($input: SalesPointUpdateInput!) {
    salesPointUpdate(input: $input) {
      ...SalesPointPayloadFields
    }
  }
`);
