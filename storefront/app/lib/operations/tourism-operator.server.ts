import { graphql } from "../../gql";

/** Community tourism, the operator's catalogue: points, experiences, prices, product links, slots. */

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

export const OperatorPointQuery = graphql(`
  query OperatorPoint($id: ID!) {
    node(id: $id) {
      ... on TourismPoint {
        id
        name
        slug
        kind
        status
        addressLine
        latitude
        longitude
        descriptionHtml
        description
        amenities
        languages
        province {
          code
          name
        }
        commune {
          code
          name
        }
        operator {
          id
        }
        images(first: 20) {
          nodes {
            id
            url
            alt
            width
            height
          }
        }
        experiences(first: 50) {
          nodes {
            id
            name
            status
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

export const OperatorExperienceQuery = graphql(`
  query OperatorExperience($id: ID!) {
    node(id: $id) {
      ... on Experience {
        id
        name
        slug
        status
        summary
        descriptionHtml
        durationMinutes
        included
        languages
        confirmation
        bookingCutoffHours
        freeCancellationHours
        maxPartySize
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
        products(first: 50) {
          nodes {
            relation
            product {
              id
              name
            }
          }
        }
        point {
          id
          name
          province {
            code
          }
        }
      }
    }
  }
`);

export const ProvinceProductsQuery = graphql(`
  query ProvinceProducts($provinceCode: String!) {
    products(first: 100, filter: { provinceCode: $provinceCode }, sort: NEWEST) {
      nodes {
        id
        name
      }
    }
  }
`);

export const OperatorSlotsQuery = graphql(`
  query OperatorSlots($id: ID!, $from: LocalDate!, $to: LocalDate!) {
    node(id: $id) {
      ... on Experience {
        id
        name
        slug
        status
        durationMinutes
        point {
          name
        }
        slots(from: $from, to: $to, first: 100) {
          totalCount
          nodes {
            ...SlotFields
            held
            booked
          }
        }
      }
    }
  }
`);


export const TourismPointCreateMutation = graphql(`
  mutation TourismPointCreate($input: TourismPointCreateInput!) {
    tourismPointCreate(input: $input) {
      point {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const TourismPointUpdateMutation = graphql(`
  mutation TourismPointUpdate($input: TourismPointUpdateInput!) {
    tourismPointUpdate(input: $input) {
      point {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const TourismPointPublishMutation = graphql(`
  mutation TourismPointPublish($id: ID!) {
    tourismPointPublish(pointId: $id) {
      point {
        id
        status
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const TourismPointArchiveMutation = graphql(`
  mutation TourismPointArchive($id: ID!) {
    tourismPointArchive(pointId: $id) {
      point {
        id
        status
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const TourismPointImageRemoveMutation = graphql(`
  mutation TourismPointImageRemove($id: ID!) {
    tourismPointImageRemove(imageId: $id) {
      point {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const ExperienceCreateMutation = graphql(`
  mutation ExperienceCreate($input: ExperienceCreateInput!) {
    experienceCreate(input: $input) {
      experience {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const ExperienceUpdateMutation = graphql(`
  mutation ExperienceUpdate($input: ExperienceUpdateInput!) {
    experienceUpdate(input: $input) {
      experience {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const ExperiencePublishMutation = graphql(`
  mutation ExperiencePublish($id: ID!) {
    experiencePublish(experienceId: $id) {
      experience {
        id
        status
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const ExperienceArchiveMutation = graphql(`
  mutation ExperienceArchive($id: ID!) {
    experienceArchive(experienceId: $id) {
      experience {
        id
        status
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const ExperienceSlotsGenerateMutation = graphql(`
  mutation ExperienceSlotsGenerate($input: ExperienceSlotsGenerateInput!) {
    experienceSlotsGenerate(input: $input) {
      createdCount
      userErrors {
        field
        code
      }
    }
  }
`);

export const ExperienceSlotUpdateMutation = graphql(`
  mutation ExperienceSlotUpdate($input: ExperienceSlotUpdateInput!) {
    experienceSlotUpdate(input: $input) {
      slot {
        id
        capacity
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const ExperienceSlotCloseMutation = graphql(`
  mutation ExperienceSlotClose($input: ExperienceSlotCloseInput!) {
    experienceSlotClose(input: $input) {
      slot {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const ExperienceSlotReopenMutation = graphql(`
  mutation ExperienceSlotReopen($id: ID!) {
    experienceSlotReopen(slotId: $id) {
      slot {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const ExperienceSlotsCloseMutation = graphql(`
  mutation ExperienceSlotsClose($input: ExperienceSlotsCloseInput!) {
    experienceSlotsClose(input: $input) {
      closedCount
      userErrors {
        field
        code
      }
    }
  }
`);
