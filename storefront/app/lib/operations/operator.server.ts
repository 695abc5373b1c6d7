import { graphql } from "../../gql";

/** The tourism operator workspace: its operator's profile, registration and edits. */

export const OperatorProfileFields = graphql(`
  fragment OperatorProfileFields on TourismOperator {
    id
    name
    slug
    kind
    approval
    approvedAt
    addressLine
    descriptionHtml
    contact {
      phone
      email
    }
    province {
      id
      code
      name
    }
    commune {
      code
      name
    }
  }
`);

export const OperatorWorkspaceQuery = graphql(`
  query OperatorWorkspace {
    viewer {
      id
      roles {
        id
        kind
        ... on OperatorMemberRole {
          operatorRole: role
          operator {
            ...OperatorProfileFields
          }
        }
      }
    }
    provinces(first: 100) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export const OperatorRegisterMutation = graphql(`
  mutation OperatorRegister($input: OperatorRegisterInput!) {
    operatorRegister(input: $input) {
      operator {
        ...OperatorProfileFields
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const OperatorUpdateMutation = graphql(`
  mutation OperatorUpdate($input: OperatorUpdateInput!) {
    operatorUpdate(input: $input) {
      operator {
        ...OperatorProfileFields
      }
      userErrors {
        field
        code
      }
    }
  }
`);
