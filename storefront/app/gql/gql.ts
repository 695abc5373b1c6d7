/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ProductCardFields on Product {\n    id\n    name\n    slug\n    group\n    price {\n      amount\n      currencyCode\n    }\n    ocop {\n      stars\n    }\n    producer {\n      id\n      name\n      province {\n        id\n        current {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProductCardFieldsFragmentDoc,
    "\n  query Home {\n    products(first: 8, filter: { minStars: 5 }) {\n      nodes {\n        ...ProductCardFields\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query Catalogue($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductCardFields\n      }\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  query Provinces {\n    provinces(first: 50) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      name\n      slug\n      description\n      group\n      price {\n        amount\n        currencyCode\n      }\n      ocop {\n        stars\n        certificateNumber\n        decisionDate\n        validUntil\n        issuedBy\n      }\n      producer {\n        id\n        name\n        kind\n        province {\n          id\n          name\n          current {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProductPageDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignUp($input: AccountSignUpInput!) {\n    accountSignUp(input: $input) {\n      viewer {\n        id\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: AccountLogInInput!) {\n    accountLogIn(input: $input) {\n      viewer {\n        id\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    accountLogOut {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.LogOutDocument,
};
const documents: Documents = {
    "\n  fragment ProductCardFields on Product {\n    id\n    name\n    slug\n    group\n    price {\n      amount\n      currencyCode\n    }\n    ocop {\n      stars\n    }\n    producer {\n      id\n      name\n      province {\n        id\n        current {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.ProductCardFieldsFragmentDoc,
    "\n  query Home {\n    products(first: 8, filter: { minStars: 5 }) {\n      nodes {\n        ...ProductCardFields\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query Catalogue($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductCardFields\n      }\n    }\n  }\n": types.CatalogueDocument,
    "\n  query Provinces {\n    provinces(first: 50) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.ProvincesDocument,
    "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      name\n      slug\n      description\n      group\n      price {\n        amount\n        currencyCode\n      }\n      ocop {\n        stars\n        certificateNumber\n        decisionDate\n        validUntil\n        issuedBy\n      }\n      producer {\n        id\n        name\n        kind\n        province {\n          id\n          name\n          current {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignUp($input: AccountSignUpInput!) {\n    accountSignUp(input: $input) {\n      viewer {\n        id\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: AccountLogInInput!) {\n    accountLogIn(input: $input) {\n      viewer {\n        id\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    accountLogOut {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.LogOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCardFields on Product {\n    id\n    name\n    slug\n    group\n    price {\n      amount\n      currencyCode\n    }\n    ocop {\n      stars\n    }\n    producer {\n      id\n      name\n      province {\n        id\n        current {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProductCardFields on Product {\n    id\n    name\n    slug\n    group\n    price {\n      amount\n      currencyCode\n    }\n    ocop {\n      stars\n    }\n    producer {\n      id\n      name\n      province {\n        id\n        current {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    products(first: 8, filter: { minStars: 5 }) {\n      nodes {\n        ...ProductCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    products(first: 8, filter: { minStars: 5 }) {\n      nodes {\n        ...ProductCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Catalogue($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces(first: 50) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Provinces {\n    provinces(first: 50) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      name\n      slug\n      description\n      group\n      price {\n        amount\n        currencyCode\n      }\n      ocop {\n        stars\n        certificateNumber\n        decisionDate\n        validUntil\n        issuedBy\n      }\n      producer {\n        id\n        name\n        kind\n        province {\n          id\n          name\n          current {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      name\n      slug\n      description\n      group\n      price {\n        amount\n        currencyCode\n      }\n      ocop {\n        stars\n        certificateNumber\n        decisionDate\n        validUntil\n        issuedBy\n      }\n      producer {\n        id\n        name\n        kind\n        province {\n          id\n          name\n          current {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: AccountSignUpInput!) {\n    accountSignUp(input: $input) {\n      viewer {\n        id\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: AccountSignUpInput!) {\n    accountSignUp(input: $input) {\n      viewer {\n        id\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: AccountLogInInput!) {\n    accountLogIn(input: $input) {\n      viewer {\n        id\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: AccountLogInInput!) {\n    accountLogIn(input: $input) {\n      viewer {\n        id\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    accountLogOut {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    accountLogOut {\n      userErrors {\n        code\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;