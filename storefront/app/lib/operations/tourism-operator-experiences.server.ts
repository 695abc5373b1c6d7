import { graphql } from "../../gql";

/** Community tourism, the operator's experiences: an experience's page (prices, linked products) and its changes. */

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

export const ExperiencePayloadFields = graphql(`
  fragment ExperiencePayloadFields on ExperiencePayload {
    experience {
      id
      status
    }
    userErrors {
      ...TourismErrorFields
    }
  }
`);

export const ExperienceCreateMutation = graphql(`
  mutation ExperienceCreate($input: ExperienceCreateInput!) {
    experienceCreate(input: $input) {
      ...ExperiencePayloadFields
    }
  }
`);

export const ExperienceUpdateMutation = graphql(`
  mutation ExperienceUpdate($input: ExperienceUpdateInput!) {
    experienceUpdate(input: $input) {
      ...ExperiencePayloadFields
    }
  }
`);

export const ExperiencePublishMutation = graphql(`
  mutation ExperiencePublish($id: ID!) {
    experiencePublish(experienceId: $id) {
      ...ExperiencePayloadFields
    }
  }
`);

export const ExperienceArchiveMutation = graphql(`
  mutation ExperienceArchive($id: ID!) {
    experienceArchive(experienceId: $id) {
      ...ExperiencePayloadFields
    }
  }
`);
