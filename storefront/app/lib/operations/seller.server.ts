import { graphql } from "../../gql";

/** The producer workspace ("Kênh người bán"): its reads and writes. Server-only. */

export const SellerProducerErrorFields = graphql(`
  fragment SellerProducerErrorFields on ProducerUserError {
    field
    code
  }
`);

export const SellerProductErrorFields = graphql(`
  fragment SellerProductErrorFields on ProductUserError {
    field
    code
  }
`);

export const SellerDashboardQuery = graphql(`
  query SellerDashboard($producerId: ID!) {
    producerWorkspace(producerId: $producerId) {
      producer {
        id
        name
        slug
        verified
      }
      productCounts {
        draft
        published
        archived
        total
      }
      certificates(first: 100) {
        totalCount
        nodes {
          product {
            id
            name
            status
            openEvaluationRequest {
              id
            }
          }
          certificate {
            number
            stars
          }
          validUntil
          daysLeft
          warning
        }
      }
    }
  }
`);

export const SellerProductsQuery = graphql(`
  query SellerProducts($producerId: ID!, $status: ProductStatus, $after: String) {
    producerWorkspace(producerId: $producerId) {
      producer {
        id
        name
        verified
      }
      products(status: $status, first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          name
          status
          price {
            amount
          }
          variants(first: 10) {
            totalCount
            nodes {
              stock
            }
          }
        }
      }
    }
  }
`);

export const SellerFormOptionsQuery = graphql(`
  query SellerFormOptions {
    productSets(first: 100) {
      nodes {
        code
        group
        name
        nameEn
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

export const SellerProductQuery = graphql(`
  query SellerProduct($producerId: ID!, $productId: ID!) {
    producerWorkspace(producerId: $producerId) {
      producer {
        id
        name
        verified
      }
      product(id: $productId) {
        id
        name
        slug
        status
        group
        descriptionHtml
        rawMaterialArea
        openEvaluationRequest {
          id
          submittedAt
        }
        productSet {
          code
        }
        price {
          amount
        }
        variants(first: 100) {
          nodes {
            sku
            label
            price {
              amount
            }
            stock
            weightGrams
          }
        }
        images(first: 100) {
          nodes {
            id
            url
            alt
            width
            height
          }
        }
      }
    }
  }
`);

export const SellerBatchesQuery = graphql(`
  query SellerBatches($producerId: ID!, $productId: ID!) {
    producerWorkspace(producerId: $producerId) {
      producer {
        id
        name
      }
      product(id: $productId) {
        id
        name
        status
        batches(first: 50) {
          totalCount
          nodes {
            id
            lotCode
            productionDate
            expiryDate
            expired
            quantity
            unit
            rawMaterialOrigin
            traceCode
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

export const SellerProfileQuery = graphql(`
  query SellerProfile($producerId: ID!) {
    producerWorkspace(producerId: $producerId) {
      producer {
        id
        name
        slug
        kind
        verified
        registrationNumber
        addressLine
        storyHtml
        contact {
          phone
          email
          website
        }
        commune {
          code
          name
        }
        province {
          current {
            name
          }
        }
      }
    }
  }
`);

export const SellerRegisterMutation = graphql(`
  mutation SellerRegister($input: ProducerRegisterInput!) {
    producerRegister(input: $input) {
      producer {
        id
      }
      userErrors {
        ...SellerProducerErrorFields
      }
    }
  }
`);

export const SellerProfileUpdateMutation = graphql(`
  mutation SellerProfileUpdate($input: ProducerUpdateInput!) {
    producerUpdate(input: $input) {
      producer {
        id
      }
      userErrors {
        ...SellerProducerErrorFields
      }
    }
  }
`);

export const SellerProductCreateMutation = graphql(`
  mutation SellerProductCreate($input: ProductCreateInput!) {
    productCreate(input: $input) {
      product {
        id
      }
      userErrors {
        ...SellerProductErrorFields
      }
    }
  }
`);

export const SellerProductUpdateMutation = graphql(`
  mutation SellerProductUpdate($input: ProductUpdateInput!) {
    productUpdate(input: $input) {
      product {
        id
      }
      userErrors {
        ...SellerProductErrorFields
      }
    }
  }
`);

export const SellerProductPublishMutation = graphql(`
  mutation SellerProductPublish($productId: ID!) {
    productPublish(productId: $productId) {
      product {
        id
        status
      }
      userErrors {
        ...SellerProductErrorFields
      }
    }
  }
`);

export const SellerProductArchiveMutation = graphql(`
  mutation SellerProductArchive($productId: ID!) {
    productArchive(productId: $productId) {
      product {
        id
        status
      }
      userErrors {
        ...SellerProductErrorFields
      }
    }
  }
`);

export const SellerBatchRecordMutation = graphql(`
  mutation SellerBatchRecord($input: BatchRecordInput!) {
    batchRecord(input: $input) {
      batch {
        id
        lotCode
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const SellerImageRemoveMutation = graphql(`
  mutation SellerImageRemove($imageId: ID!) {
    productImageRemove(imageId: $imageId) {
      userErrors {
        ...SellerProductErrorFields
      }
    }
  }
`);

export const SellerImagesReorderMutation = graphql(`
  mutation SellerImagesReorder($input: ProductImagesReorderInput!) {
    productImagesReorder(input: $input) {
      userErrors {
        ...SellerProductErrorFields
      }
    }
  }
`);
