import { graphql } from "../../gql";

/** Who is signed in and which workspaces they may open (every workspace page's guard asks this). */
export const WorkspaceViewerQuery = graphql(`
  query WorkspaceViewer {
    viewer {
      id
      email
      emailVerified
      roles {
        id
        kind
        ... on ProducerMemberRole {
          role
          producer {
            id
            slug
            name
            verified
          }
        }
        ... on OperatorMemberRole {
          operatorRole: role
          operator {
            id
            slug
            name
            approval
          }
        }
        ... on CouncilMemberRole {
          level
          province {
            id
            code
            name
          }
        }
      }
    }
  }
`);
