import { graphql } from "../../gql";

/** A craft village as the workspace shows it. */
export const CraftVillageFields = graphql(`
  fragment CraftVillageFields on CraftVillage {
    id
    name
    craft
    recognition {
      decisionNumber
      decidedOn
    }
    province {
      code
      name
      validTo
      current {
        code
        name
      }
    }
    commune {
      code
      name
    }
    ocopProductCount
  }
`);

/** The villages a viewer may edit (a province's, with the historic units merged into it; all for admins), 50 a page. */
export const CraftVillagesQuery = graphql(`
  query CraftVillages($provinceCode: String, $after: String) {
    craftVillages(provinceCode: $provinceCode, first: 50, after: $after) {
      totalCount
      nodes {
        ...CraftVillageFields
        producers(first: 1) {
          totalCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
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

export const CraftVillageQuery = graphql(`
  query CraftVillage($id: ID!) {
    node(id: $id) {
      ... on CraftVillage {
        ...CraftVillageFields
        producers(first: 100) {
          totalCount
          nodes {
            id
            name
            slug
            verified
          }
        }
      }
    }
  }
`);

/** A producer by the slug of its page (what a council types to place it in a village). */
export const ProducerBySlugQuery = graphql(`
  query ProducerBySlug($slug: String!) {
    producer(slug: $slug) {
      id
      name
      craftVillage {
        id
        name
      }
    }
  }
`);

export const CraftVillageCreateMutation = graphql(`
  mutation CraftVillageCreate($input: CraftVillageCreateInput!) {
    craftVillageCreate(input: $input) {
      craftVillage {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const CraftVillageUpdateMutation = graphql(`
  mutation CraftVillageUpdate($input: CraftVillageUpdateInput!) {
    craftVillageUpdate(input: $input) {
      craftVillage {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const CraftVillageDeleteMutation = graphql(`
  mutation CraftVillageDelete($id: ID!) {
    craftVillageDelete(craftVillageId: $id) {
      craftVillage {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const CraftVillageProducerAssignMutation = graphql(`
  mutation CraftVillageProducerAssign($input: CraftVillageProducerAssignInput!) {
    craftVillageProducerAssign(input: $input) {
      producer {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
