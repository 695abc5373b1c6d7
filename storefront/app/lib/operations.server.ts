
/**
 * Every GraphQL operation the storefront sends. Server-only: loaders run them through
 * apollo.server.ts; the browser only ever sees loader data.
 * After editing, run `pnpm codegen` (app/gql/codegen-drift.test.ts checks it was done).
 */

export * from "./operations/catalogue.server";
export * from "./operations/trace.server";
export * from "./operations/certificate.server";
export * from "./operations/sitemap.server";
export * from "./operations/account.server";
export * from "./operations/search.server";
export * from "./operations/workspace.server";
export * from "./operations/seller.server";
export * from "./operations/admin.server";
export * from "./operations/operator.server";
export * from "./operations/council.server";
export * from "./operations/self-service.server";
export * from "./operations/team.server";
export * from "./operations/fulfilment.server";
export * from "./operations/shop.server";
export * from "./operations/programme.server";
export * from "./operations/sales-points.server";
export * from "./operations/sales-point-manager.server";
export * from "./operations/sales-point-seller.server";
export * from "./operations/sales-point-admin.server";
export * from "./operations/booking.server";
export * from "./operations/tourism.server";
export * from "./operations/tourism-operator.server";
export * from "./operations/tourism-operator-points.server";
export * from "./operations/tourism-operator-experiences.server";
export * from "./operations/tourism-operator-slots.server";
export * from "./operations/tourism-council.server";
export * from "./operations/plans.server";
export * from "./operations/craft-villages.server";
