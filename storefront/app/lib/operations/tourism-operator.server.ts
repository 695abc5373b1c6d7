import { graphql } from "../../gql";

/**
 * Community tourism, the operator's catalogue: the operator and its points and experiences at a
 * glance, and the errors every catalogue mutation answers with. A point's page, an experience's
 * page and the slots are in tourism-operator-points, -experiences and -slots.
 */

export const OperatorCatalogueQuery = graphql(`
  query OperatorCatalogue {
    viewer {
      id
      roles {
        id
        ... on OperatorMemberRole {
          operator {
            id
            name
            slug
            province {
              code
            }
          }
        }
      }
    }
    provinces(first: 100) {
      nodes {
        code
        name
      }
    }
  }
`);

export const OperatorCatalogueItemsQuery = graphql(`
  query OperatorCatalogueItems($id: ID!) {
    node(id: $id) {
      ... on TourismOperator {
        points(first: 50) {
          nodes {
            id
            name
            slug
            kind
            status
            province {
              name
            }
            certificate {
              stars
            }
          }
        }
        experiences(first: 50) {
          nodes {
            id
            name
            slug
            status
            point {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const TourismErrorFields = graphql(`
  fragment TourismErrorFields on TourismUserError {
    field
    code
  }
`);
