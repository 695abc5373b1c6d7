import { type RouteConfig, index, route } from "@react-router/dev/routes";

// URLs that match nothing get a 404 response rendered by the root ErrorBoundary.
export default [
  index("routes/home.tsx"),
  route("san-pham", "routes/catalogue.tsx"),
  route("san-pham/:slug", "routes/product.tsx"),
  route("dang-ky", "routes/sign-up.tsx"),
  route("dang-nhap", "routes/log-in.tsx"),
  route("dang-xuat", "routes/log-out.tsx"),
] satisfies RouteConfig;
