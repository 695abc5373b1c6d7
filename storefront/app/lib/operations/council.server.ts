import { graphql } from "../../gql";

/** The rating council's workspace and the producer's evaluation requests. Server-only. */

export const CouncilQueueQuery = graphql(`
  query CouncilQueue($first: Int, $after: String) {
    evaluationQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        submittedAt
        product {
          id
          name
          status
          producer {
            id
            name
            province {
              id
              name
            }
          }
          evaluations(first: 1) {
            nodes {
              id
              total
              stars
              evaluatedOn
            }
          }
        }
      }
    }
  }
`);

export const CouncilCertificateFields = graphql(`
  fragment CouncilCertificateFields on Certificate {
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
    evaluation {
      id
    }
    history {
      ...CertificateHistoryFields
    }
  }
`);

export const CouncilProductQuery = graphql(`
  query CouncilProduct($id: ID!) {
    productForReview(id: $id) {
      id
      name
      slug
      status
      group
      description
      descriptionHtml
      rawMaterialArea
      producer {
        id
        name
        province {
          id
          name
        }
      }
      images(first: 6) {
        nodes {
          url
          alt
          width
          height
        }
      }
      variants(first: 20) {
        nodes {
          sku
          label
          stock
          price {
            amount
            currencyCode
          }
        }
      }
      openEvaluationRequest {
        id
        submittedAt
      }
      evaluations(first: 20) {
        nodes {
          id
          criteriaVersion
          total
          stars
          evaluatedOn
          councilLevel {
            code
            name
          }
          parts {
            code
            score
            max
          }
        }
      }
      certificates(first: 20) {
        nodes {
          ...CouncilCertificateFields
        }
      }
    }
    criteriaSets(first: 10) {
      nodes {
        version
        decision
        effectiveFrom
        effectiveTo
        certifiedMinStars
        parts {
          code
          name
          max
        }
        bands {
          minTotal
          stars
        }
      }
    }
  }
`);

export const CriteriaSetsQuery = graphql(`
  query CouncilCriteriaSets {
    criteriaSets(first: 10) {
      nodes {
        version
        effectiveFrom
        effectiveTo
        parts {
          code
          name
          max
        }
      }
    }
  }
`);

export const CouncilEvaluationRecordMutation = graphql(`
  mutation CouncilEvaluationRecord($input: EvaluationRecordInput!) {
    evaluationRecord(input: $input) {
      evaluation {
        id
        total
        stars
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const CouncilCertificateRecogniseMutation = graphql(`
  mutation CouncilCertificateRecognise($input: CertificateRecogniseInput!) {
    certificateRecognise(input: $input) {
      certificate {
        id
        number
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const CouncilCertificateRevokeMutation = graphql(`
  mutation CouncilCertificateRevoke($input: CertificateRevokeInput!) {
    certificateRevoke(input: $input) {
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

export const EvaluationRequestRejectMutation = graphql(`
  mutation EvaluationRequestReject($input: EvaluationRequestRejectInput!) {
    evaluationRequestReject(input: $input) {
      evaluationRequest {
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

export const EvaluationRequestSubmitMutation = graphql(`
  mutation EvaluationRequestSubmit($input: EvaluationRequestSubmitInput!) {
    evaluationRequestSubmit(input: $input) {
      evaluationRequest {
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

export const EvaluationRequestWithdrawMutation = graphql(`
  mutation EvaluationRequestWithdraw($input: EvaluationRequestWithdrawInput!) {
    evaluationRequestWithdraw(input: $input) {
      evaluationRequest {
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

/** The council's re-evaluation queue: certificates of its province expiring within 90 days, soonest first. */
export const CouncilReevaluationQuery = graphql(`
  query CouncilReevaluation {
    reevaluationQueue(first: 50) {
      totalCount
      nodes {
        product {
          id
          name
          producer {
            id
            name
          }
        }
        certificate {
          id
          number
          stars
        }
        validUntil
        daysLeft
      }
    }
  }
`);
