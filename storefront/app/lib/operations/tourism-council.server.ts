import { graphql } from "../../gql";

/** Community tourism, the council's side: tourism points of its province and their OCOP certificates. */

export const CouncilTourismPointsQuery = graphql(`
  query CouncilTourismPoints($provinceCode: String) {
    provinces(first: 100) {
      nodes {
        code
        name
      }
    }
    tourismPoints(first: 50, filter: { provinceCode: $provinceCode }) {
      nodes {
        id
        name
        slug
        kind
        province {
          name
        }
        operator {
          name
        }
        certificates(first: 5) {
          nodes {
            id
            stars
            number
            decisionDate
            validUntil
            state
            isValid
          }
        }
      }
    }
  }
`);

export const TourismPointCertificateRecordMutation = graphql(`
  mutation TourismPointCertificateRecord($input: TourismPointCertificateRecordInput!) {
    tourismPointCertificateRecord(input: $input) {
      certificate {
        id
        stars
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const TourismPointCertificateRevokeMutation = graphql(`
  mutation TourismPointCertificateRevoke($id: ID!) {
    tourismPointCertificateRevoke(certificateId: $id) {
      certificate {
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
