import { graphql } from "../../gql";

/** Community tourism, public side: the list, the experience page, experiences on product pages (the operator's pages: tourism-operator.server.ts; the council's: tourism-council.server.ts). */

export const ExperienceCardFields = graphql(`
  fragment ExperienceCardFields on Experience {
    id
    name
    slug
    summary
    durationMinutes
    languages
    confirmation
    maxPartySize
    prices {
      unitType
      price {
        amount
      }
    }
    point {
      id
      name
      province {
        code
        name
      }
      certificate {
        stars
      }
      images(first: 1) {
        nodes {
          url
          alt
          width
          height
        }
      }
    }
  }
`);

export const TourismListQuery = graphql(`
  query TourismList($first: Int!, $after: String, $filter: ExperienceFilter) {
    experiences(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ExperienceCardFields
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

export const SlotFields = graphql(`
  fragment SlotFields on ExperienceSlot {
    id
    startsAt
    endsAt
    capacity
    remaining
    closedAt
    closeReason
    bookable
  }
`);

export const ExperiencePageQuery = graphql(`
  query ExperiencePage($slug: String!, $from: LocalDate!, $to: LocalDate) {
    experience(slug: $slug) {
      id
      name
      slug
      summary
      descriptionHtml
      description
      durationMinutes
      included
      languages
      confirmation
      bookingCutoffHours
      freeCancellationHours
      maxPartySize
      status
      prices {
        unitType
        label
        seats
        minAge
        maxAge
        price {
          amount
        }
      }
      point {
        id
        name
        slug
        kind
        addressLine
        descriptionHtml
        amenities
        languages
        latitude
        longitude
        province {
          code
          name
        }
        commune {
          name
        }
        certificate {
          stars
          number
          validUntil
        }
        operator {
          name
        }
        images(first: 6) {
          nodes {
            id
            url
            alt
            width
            height
          }
        }
      }
      products(first: 12) {
        nodes {
          relation
          product {
            id
            slug
            name
            price {
              amount
            }
            ocop {
              stars
            }
          }
        }
      }
      slots(from: $from, to: $to) {
        nodes {
          ...SlotFields
        }
      }
    }
  }
`);

export const ProductExperiencesFields = graphql(`
  fragment ProductExperiencesFields on Product {
    experiences(first: 6) {
      nodes {
        id
        name
        slug
        point {
          name
          province {
            name
          }
        }
      }
    }
  }
`);
