import { graphql } from "../../gql";

/** The trace page (QR target). Server-only, like every operation (see ../operations.server.ts). */

export const TracePageQuery = graphql(`
  query TracePage($code: String!) {
    trace(code: $code) {
      id
      lotCode
      productionDate
      expiryDate
      expired
      quantity
      unit
      rawMaterialOrigin
      notes
      traceCode
      traceUrl
      rawMaterialProvince {
        id
        name
        current {
          id
          name
        }
      }
      product {
        id
        name
        slug
        group
        ocop {
          stars
          certificateNumber
          decisionDate
          validUntil
          issuedBy
        }
        producer {
          id
          name
          kind
          province {
            id
            name
            current {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** The sitemap walks all published products, 100 (the API's maximum page size) at a time. */
