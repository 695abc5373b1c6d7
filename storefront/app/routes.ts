import { type RouteConfig, index, route } from "@react-router/dev/routes";

// URLs that match nothing get a 404 response rendered by the root ErrorBoundary.
export default [
  index("routes/home.tsx"),
  route("san-pham", "routes/catalogue.tsx"),
  route("san-pham/:slug", "routes/product.tsx"),
  // The number is one URL-encoded segment: "123/QĐ-UBND" → /chung-nhan/123%2FQ%C4%90-UBND
  route("chung-nhan/:number", "routes/certificate.tsx"),
] satisfies RouteConfig;
