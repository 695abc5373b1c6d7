import { graphql } from "../../gql";

/** A plan as the editor shows it: its fields, its targets with their live progress. */
export const EditablePlanFields = graphql(`
  fragment EditablePlanFields on ProgrammePlan {
    id
    title
    periodStart
    periodEnd
    decisionReference
    province {
      id
      code
      name
      validTo
      current {
        code
        name
      }
    }
    targets {
      id
      kind
      label
      targetValue
      minStars
      denominator
      progress {
        value
        target
        expected
        percent
        status
        share {
          count
          total
        }
      }
    }
  }
`);

/** The plans a viewer may edit: a province's (with the historic units merged into it), or all (admins); provinces for the create form. */
export const EditablePlansQuery = graphql(`
  query EditablePlans($provinceCode: String, $after: String) {
    plans(provinceCode: $provinceCode, first: 20, after: $after) {
      nodes {
        ...EditablePlanFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    provinces(first: 50) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export const EditablePlanQuery = graphql(`
  query EditablePlan($id: ID!) {
    plan(id: $id) {
      ...EditablePlanFields
    }
  }
`);

export const PlanCreateMutation = graphql(`
  mutation PlanCreate($input: ProgrammePlanCreateInput!) {
    programmePlanCreate(input: $input) {
      plan {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const PlanUpdateMutation = graphql(`
  mutation PlanUpdate($input: ProgrammePlanUpdateInput!) {
    programmePlanUpdate(input: $input) {
      plan {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const TargetAddMutation = graphql(`
  mutation TargetAdd($input: ProgrammeTargetAddInput!) {
    programmeTargetAdd(input: $input) {
      target {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const TargetUpdateMutation = graphql(`
  mutation TargetUpdate($input: ProgrammeTargetUpdateInput!) {
    programmeTargetUpdate(input: $input) {
      target {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const TargetDeleteMutation = graphql(`
  mutation TargetDelete($targetId: ID!) {
    programmeTargetDelete(targetId: $targetId) {
      deletedTargetId
      userErrors {
        field
        code
      }
    }
  }
`);
