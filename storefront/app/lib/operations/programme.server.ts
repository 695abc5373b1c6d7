import { graphql } from "../../gql";

/** The programme dashboard (`/chuong-trinh`): live figures, plans with their targets' progress, provinces for the selector. */
export const ProgrammePageQuery = graphql(`
  query ProgrammePage($provinceCode: String, $plansProvinceCode: String, $asIssued: Boolean! = false) {
    programmeStats(provinceCode: $provinceCode, asIssued: $asIssued) {
      asOf
      asIssued
      province {
        code
        name
        validTo
        current {
          code
          name
        }
      }
      period {
        fromYear
        toYear
      }
      figures {
        certifiedProducts
        producers
        producersSellingOnline
        shareProducersSellingOnline
        certificatesExpiringSoon
        productsByStars {
          stars
          count
        }
        productsByGroup {
          group
          count
        }
        recognitionsByYear {
          year
          count
        }
      }
      provinces {
        province {
          code
          name
        }
        certifiedProducts
        progressPercent
        status
      }
    }
    plans(provinceCode: $plansProvinceCode, asIssued: $asIssued, first: 20) {
      nodes {
        id
        title
        periodStart
        periodEnd
        decisionReference
        province {
          code
          name
          validTo
        }
        targets {
          id
          kind
          label
          targetValue
          minStars
          progress {
            value
            target
            expected
            percent
            status
            years {
              year
              value
            }
            share {
              count
              total
            }
          }
        }
      }
    }
    provinces(first: 50) {
      nodes {
        code
        name
      }
    }
  }
`);
