import { type RouteConfig, index, route } from "@react-router/dev/routes";

// URLs that match nothing get a 404 response rendered by the root ErrorBoundary.
export default [
  index("routes/home.tsx"),
  route("san-pham", "routes/catalogue.tsx"),
  route("san-pham/:slug", "routes/product.tsx"),
  route("truy-xuat", "routes/trace-lookup.tsx"),
  route("truy-xuat/:code", "routes/trace.tsx"),
  // QR images of batches, proxied from the API so pages need only the storefront's own origin.
  route("qr/:file", "routes/qr.ts"),
] satisfies RouteConfig;
