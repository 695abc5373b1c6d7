import { graphql } from "../../gql";

/** The certificate page. Server-only, like every operation (see ../operations.server.ts). */

export const CertificatePageQuery = graphql(`
  query CertificatePage($number: String!, $productSlug: String) {
    certificate(number: $number, productSlug: $productSlug) {
      id
      number
      stars
      decisionDate
      validUntil
      issuedBy
      state
      validToday
      revokedReason
      revokedOn
      history {
        ...CertificateHistoryFields
      }
      supersededBy {
        id
        number
      }
      product {
        id
        name
        slug
        producer {
          id
          name
        }
      }
      evaluation {
        criteriaVersion
        evaluatedOn
        total
        stars
        councilLevel {
          code
          name
        }
        parts {
          code
          name
          score
          max
        }
      }
    }
  }
`);

/** One entry of a certificate's history (the append-only audit log), for the public and the council views. */
export const CertificateHistoryFields = graphql(`
  fragment CertificateHistoryFields on AuditEvent {
    id
    at
    action
    actorEmail
    before
    after
  }
`);

