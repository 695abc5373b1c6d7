import { graphql } from "../../gql";

/** Community tourism, the operator's points: a point's page and its changes. */

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

export const TourismPointPayloadFields = graphql(`
  fragment TourismPointPayloadFields on TourismPointPayload {
    point {
      id
      status
    }
    userErrors {
      ...TourismErrorFields
    }
  }
`);

export const TourismPointCreateMutation = graphql(`
  mutation TourismPointCreate($input: TourismPointCreateInput!) {
    tourismPointCreate(input: $input) {
      ...TourismPointPayloadFields
    }
  }
`);

export const TourismPointUpdateMutation = graphql(`
  mutation TourismPointUpdate($input: TourismPointUpdateInput!) {
    tourismPointUpdate(input: $input) {
      ...TourismPointPayloadFields
    }
  }
`);

export const TourismPointPublishMutation = graphql(`
  mutation TourismPointPublish($id: ID!) {
    tourismPointPublish(pointId: $id) {
      ...TourismPointPayloadFields
    }
  }
`);

export const TourismPointArchiveMutation = graphql(`
  mutation TourismPointArchive($id: ID!) {
    tourismPointArchive(pointId: $id) {
      ...TourismPointPayloadFields
    }
  }
`);

export const TourismPointImageRemoveMutation = graphql(`
  mutation TourismPointImageRemove($id: ID!) {
    tourismPointImageRemove(imageId: $id) {
      ...TourismPointPayloadFields
    }
  }
`);
