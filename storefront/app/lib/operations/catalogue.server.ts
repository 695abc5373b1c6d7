import { graphql } from "../../gql";

/** Catalogue pages: home, catalogue, product, producer (and the card fragment they share). Server-only, like every operation (see ../operations.server.ts). */

export const ProductCardFields = graphql(`
  fragment ProductCardFields on Product {
    id
    name
    slug
    group
    inStock
    images(first: 1) {
      nodes {
        url
        alt
        width
        height
      }
    }
    price {
      amount
      currencyCode
    }
    ocop {
      stars
    }
    producer {
      id
      name
      province {
        id
        current {
          id
          code
          name
        }
      }
    }
  }
`);

export const HomeQuery = graphql(`
  query Home {
    products(first: 8, filter: { minStars: 5 }) {
      nodes {
        ...ProductCardFields
      }
    }
  }
`);

export const CatalogueQuery = graphql(`
  query Catalogue($first: Int!, $after: String, $filter: ProductFilter, $sort: ProductSort) {
    products(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      facets {
        groups {
          group
          count
        }
        stars {
          stars
          count
        }
        provinces {
          province {
            code
          }
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ProductCardFields
      }
    }
  }
`);

export const ProvincesQuery = graphql(`
  query Provinces {
    provinces(first: 50) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export const ProductPageQuery = graphql(`
  query ProductPage($slug: String!) {
    product(slug: $slug) {
      ...ProductExperiencesFields
      id
      name
      slug
      description
      descriptionHtml
      group
      inStock
      rawMaterialArea
      productSet {
        code
        name
        nameEn
      }
      images(first: 6) {
        nodes {
          url
          alt
          width
          height
        }
      }
      variants(first: 20) {
        nodes {
          id
          stock
          sku
          label
          price {
            amount
          }
          inStock
          weightGrams
        }
      }
      related(first: 4) {
        ...ProductCardFields
      }
      price {
        amount
        currencyCode
      }
      ocop {
        stars
        certificateNumber
        decisionDate
        validUntil
        issuedBy
      }
      certificates(first: 20) {
        totalCount
        nodes {
          id
          number
          stars
          state
          validToday
          decisionDate
          validUntil
        }
      }
      producer {
        id
        slug
        name
        kind
        province {
          id
          name
          current {
            id
            code
            name
          }
        }
      }
      batches(first: 10) {
        totalCount
        nodes {
          id
          lotCode
          productionDate
          expiryDate
          expired
          traceCode
        }
      }
    }
  }
`);

export const ProducerPageQuery = graphql(`
  query ProducerPage($slug: String!, $after: String) {
    producer(slug: $slug) {
      id
      slug
      name
      kind
      registrationNumber
      addressLine
      verified
      storyHtml
      story
      logoUrl
      craftVillage {
        name
        craft
      }
      contact {
        phone
        email
        website
      }
      commune {
        name
        validTo
        district {
          name
        }
        current {
          name
        }
      }
      province {
        id
        name
        current {
          id
          code
          name
        }
      }
      products(first: 24, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ProductCardFields
        }
      }
    }
  }
`);
