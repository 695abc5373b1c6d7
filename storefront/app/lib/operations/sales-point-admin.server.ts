import { graphql } from "../../gql";

/** Sales points, the admin's side: registrations to approve or reject. */

export const AdminSalesPointsQuery = graphql(`
  query AdminSalesPoints($approval: ApprovalState, $first: Int!, $after: String) {
    salesPointRegistrations(first: $first, after: $after, filter: { approval: $approval }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        slug
        kind
        approval
        createdAt
        addressLine
        url
        contact {
          phone
          email
        }
        province {
          id
          name
        }
      }
    }
  }
`);

export const AdminSalesPointApproveMutation = graphql(`
  mutation AdminSalesPointApprove($salesPointId: ID!) {
    salesPointApprove(salesPointId: $salesPointId) {
      ...SalesPointPayloadFields
    }
  }
`);

export const AdminSalesPointRejectMutation = graphql(`
  mutation AdminSalesPointReject($input: SalesPointRejectInput!) {
    salesPointReject(input: $input) {
      ...SalesPointPayloadFields
    }
  }
`);
