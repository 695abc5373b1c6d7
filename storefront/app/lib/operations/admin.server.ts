import { graphql } from "../../gql";

/** The admin workspace (/quan-tri): approval queues, users and roles, the audit log. Admin-only on the API. */

export const AdminAuditEventFields = graphql(`
  fragment AdminAuditEventFields on AuditEvent {
    id
    at
    action
    subjectType
    subjectId
    actorEmail
    before
    after
  }
`);

export const AdminDashboardQuery = graphql(`
  query AdminDashboard {
    pendingProducers: producerRegistrations(first: 1, filter: { approval: PENDING }) {
      totalCount
    }
    pendingOperators: tourismOperators(first: 1, filter: { approval: PENDING }) {
      totalCount
    }
    users(first: 1) {
      totalCount
    }
    auditEvents(first: 5) {
      totalCount
      nodes {
        ...AdminAuditEventFields
      }
    }
  }
`);

export const AdminProducersQuery = graphql(`
  query AdminProducers($approval: ApprovalState, $first: Int!, $after: String) {
    producerRegistrations(first: $first, after: $after, filter: { approval: $approval }) {
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
        verified
        registrationNumber
        addressLine
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

export const AdminProducerApproveMutation = graphql(`
  mutation AdminProducerApprove($producerId: ID!) {
    producerApprove(producerId: $producerId) {
      producer {
        id
        name
        verified
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const AdminOperatorsQuery = graphql(`
  query AdminOperators($approval: ApprovalState, $first: Int!, $after: String) {
    tourismOperators(first: $first, after: $after, filter: { approval: $approval }) {
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
        contact {
          phone
          email
        }
        province {
          id
          name
        }
        commune {
          code
          name
        }
      }
    }
  }
`);

export const AdminOperatorApproveMutation = graphql(`
  mutation AdminOperatorApprove($operatorId: ID!) {
    operatorApprove(operatorId: $operatorId) {
      operator {
        id
        name
        approval
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers($email: String, $first: Int!, $after: String) {
    users(first: $first, after: $after, filter: { email: $email }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        email
        emailVerified
        createdAt
        roles {
          id
          kind
          ... on ProducerMemberRole {
            role
            producer {
              id
              name
              slug
            }
          }
          ... on CouncilMemberRole {
            level
            province {
              id
              name
            }
          }
          ... on OperatorMemberRole {
            operatorRole: role
            operator {
              id
              name
            }
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
    tourismOperators(first: 100) {
      nodes {
        id
        name
        approval
      }
    }
  }
`);

export const AdminProducerBySlugQuery = graphql(`
  query AdminProducerBySlug($slug: String!) {
    producer(slug: $slug) {
      id
      name
    }
  }
`);

export const AdminRoleAssignMutation = graphql(`
  mutation AdminRoleAssign($input: RoleAssignInput!) {
    roleAssign(input: $input) {
      role {
        id
        kind
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const AdminRoleRevokeMutation = graphql(`
  mutation AdminRoleRevoke($input: RoleRevokeInput!) {
    roleRevoke(input: $input) {
      role {
        id
        kind
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const AdminAuditQuery = graphql(`
  query AdminAudit($first: Int!, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AdminAuditEventFields
      }
    }
  }
`);
