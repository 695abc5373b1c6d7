import { graphql } from "../../gql";

/** A producer's members and staff invitations (seller workspace), and the invitation page. */

export const ProducerTeamQuery = graphql(`
  query ProducerTeam($id: ID!, $owner: Boolean!) {
    node(id: $id) {
      ... on Producer {
        id
        name
        members(first: 100) {
          nodes {
            id
            email
            role
            since
          }
        }
        staffInvitations(first: 100) @include(if: $owner) {
          nodes {
            id
            email
            expiresAt
            expired
          }
        }
      }
    }
  }
`);

export const InviteStaffMutation = graphql(`
  mutation InviteStaff($input: ProducerInviteStaffInput!) {
    producerInviteStaff(input: $input) {
      invitation {
        id
        email
      }
      userErrors {
        ...AccountErrorFields
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: ProducerInvitationRevokeInput!) {
    producerInvitationRevoke(input: $input) {
      invitation {
        email
      }
      userErrors {
        ...AccountErrorFields
      }
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: ProducerMemberRemoveInput!) {
    producerMemberRemove(input: $input) {
      member {
        email
      }
      userErrors {
        ...AccountErrorFields
      }
    }
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    producerInvitation(token: $token) {
      email
      expired
      producer {
        id
        name
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: ProducerInvitationAcceptInput!) {
    producerInvitationAccept(input: $input) {
      role {
        role
        producer {
          id
          name
        }
      }
      userErrors {
        ...AccountErrorFields
      }
    }
  }
`);
