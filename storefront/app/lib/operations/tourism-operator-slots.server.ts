import { graphql } from "../../gql";

/** Community tourism, the operator's slots: an experience's calendar, generating, changing, closing and reopening slots. */

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

export const ExperienceSlotPayloadFields = graphql(`
  fragment ExperienceSlotPayloadFields on ExperienceSlotPayload {
    slot {
      id
      capacity
    }
    userErrors {
      ...TourismErrorFields
    }
  }
`);

export const ExperienceSlotsGenerateMutation = graphql(`
  mutation ExperienceSlotsGenerate($input: ExperienceSlotsGenerateInput!) {
    experienceSlotsGenerate(input: $input) {
      createdCount
      userErrors {
        ...TourismErrorFields
      }
    }
  }
`);

export const ExperienceSlotUpdateMutation = graphql(`
  mutation ExperienceSlotUpdate($input: ExperienceSlotUpdateInput!) {
    experienceSlotUpdate(input: $input) {
      ...ExperienceSlotPayloadFields
    }
  }
`);

export const ExperienceSlotCloseMutation = graphql(`
  mutation ExperienceSlotClose($input: ExperienceSlotCloseInput!) {
    experienceSlotClose(input: $input) {
      ...ExperienceSlotPayloadFields
    }
  }
`);

export const ExperienceSlotReopenMutation = graphql(`
  mutation ExperienceSlotReopen($id: ID!) {
    experienceSlotReopen(slotId: $id) {
      ...ExperienceSlotPayloadFields
    }
  }
`);

export const ExperienceSlotsCloseMutation = graphql(`
  mutation ExperienceSlotsClose($input: ExperienceSlotsCloseInput!) {
    experienceSlotsClose(input: $input) {
      closedCount
      userErrors {
        ...TourismErrorFields
      }
    }
  }
`);
