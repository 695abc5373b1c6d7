import { type RouteConfig, type RouteConfigEntry, index, layout, route } from "@react-router/dev/routes";
import { DEFAULT_LOCALE, LOCALES } from "./i18n/locales";
import { PAGE_MESSAGES_ROUTE_ID } from "./i18n/namespaces";
import { PAGE_PATHS, type PageId } from "./i18n/paths";

const pages = new Set<RouteConfigEntry>();

/**
 * A page in every locale: one route per locale, all rendered by the same module, with ids
 * "<page>.<locale>" (e.g. "product.en"). Paths come from PAGE_PATHS in app/i18n/paths.ts.
 */
function page(id: PageId, file: string) {
  return LOCALES.map((locale) => {
    const path: string = PAGE_PATHS[id][locale];
    const routeId = `${id}.${locale}`;
    const entry =
      locale === DEFAULT_LOCALE && path === "/" ? index(file, { id: routeId }) : route(path.slice(1), file, { id: routeId });
    pages.add(entry);
    return entry;
  });
}

// URLs that match nothing get a 404 response rendered by the root ErrorBoundary (in the
// language of the URL: /en/… is English).
const entries = [
  ...page("home", "routes/home.tsx"),
  ...page("catalogue", "routes/catalogue.tsx"),
  ...page("product", "routes/product.tsx"),
  ...page("producer", "routes/producer.tsx"),
  ...page("search", "routes/search.tsx"),
  // Search-box suggestions as JSON, for both locales (product names are Vietnamese anyway).
  route("tim-kiem/goi-y", "routes/search-suggestions.ts"),
  // Resource routes (no UI): crawl hints, not translated.
  route("sitemap.xml", "routes/sitemap.ts"),
  route("sitemaps/:name", "routes/sitemap-part.ts"),
  route("robots.txt", "routes/robots.ts"),
  ...page("traceLookup", "routes/trace-lookup.tsx"),
  // The target of a batch's QR (the QR itself encodes the Vietnamese URL).
  ...page("trace", "routes/trace.tsx"),
  ...page("certificate", "routes/certificate.tsx"),
  ...page("programme", "routes/programme.tsx"),
  // Open-data downloads (CSV, JSON Lines, JSON), proxied from the API like the images.
  route("open-data/:file", "routes/open-data.ts"),
  // Shopping: cart, checkout, an order's page, the shopper's orders.
  ...page("cart", "routes/cart.tsx"),
  ...page("checkout", "routes/checkout.tsx"),
  ...page("order", "routes/order.tsx"),
  ...page("accountOrders", "routes/account-orders.tsx"),
  ...page("accountBookings", "routes/account-bookings.tsx"),
  ...page("signUp", "routes/sign-up.tsx"),
  ...page("logIn", "routes/log-in.tsx"),
  // The producer workspace ("Kênh người bán").
  ...page("producerWorkspace", "routes/seller/home.tsx"),
  ...page("producerProducts", "routes/seller/products.tsx"),
  ...page("producerProductNew", "routes/seller/product-new.tsx"),
  ...page("producerProduct", "routes/seller/product-edit.tsx"),
  ...page("producerBatches", "routes/seller/batches.tsx"),
  ...page("producerProfile", "routes/seller/profile.tsx"),
  ...page("producerOrders", "routes/seller/orders.tsx"),
  // Workspaces (signed in; noindex).
  ...page("adminWorkspace", "routes/admin/dashboard.tsx"),
  ...page("adminProducers", "routes/admin/producers.tsx"),
  ...page("adminOperators", "routes/admin/operators.tsx"),
  ...page("adminUsers", "routes/admin/users.tsx"),
  ...page("adminAudit", "routes/admin/audit.tsx"),
  ...page("adminPayments", "routes/admin/payments.tsx"),
  ...page("operatorWorkspace", "routes/operator-workspace.tsx"),
  // Sales points: map + list (public), registration, the manager's workspace, the seller's page, the admin queue.
  ...page("salesPoints", "routes/sales-points/map.tsx"),
  ...page("salesPointRegister", "routes/sales-points/register.tsx"),
  ...page("salesPointManager", "routes/sales-points/manage.tsx"),
  ...page("salesPointEdit", "routes/sales-points/edit.tsx"),
  ...page("salesPoint", "routes/sales-points/point.tsx"),
  ...page("producerSalesPoints", "routes/seller/sales-points.tsx"),
  ...page("adminSalesPoints", "routes/admin/sales-points.tsx"),
  ...page("operatorCalendar", "routes/operator-calendar.tsx"),
  // Community tourism (public) and the operator's catalogue pages.
  ...page("tourism", "routes/tourism/list.tsx"),
  ...page("experience", "routes/tourism/experience.tsx"),
  ...page("operatorPoints", "routes/tourism/operator-points.tsx"),
  ...page("operatorPoint", "routes/tourism/operator-point.tsx"),
  ...page("operatorExperiences", "routes/tourism/operator-experiences.tsx"),
  ...page("operatorExperience", "routes/tourism/operator-experience.tsx"),
  ...page("operatorSlots", "routes/tourism/operator-slots.tsx"),
  ...page("councilTourism", "routes/tourism/council-points.tsx"),
  // Rating council workspace: the queue, a product under review, a certificate with its history.
  ...page("councilWorkspace", "routes/council.tsx"),
  ...page("councilProduct", "routes/council-product.tsx"),
  ...page("councilCertificate", "routes/council-certificate.tsx"),
  // Programme plans: the same two pages in the council's workspace and in the admin's.
  ...page("councilPlans", "routes/plans/list.tsx"),
  ...page("councilPlan", "routes/plans/plan.tsx"),
  ...page("adminPlans", "routes/plans/list.tsx"),
  ...page("adminPlan", "routes/plans/plan.tsx"),
  // Craft villages: the same two pages in the council's workspace and in the admin's.
  ...page("councilCraftVillages", "routes/craft-villages/list.tsx"),
  ...page("councilCraftVillage", "routes/craft-villages/village.tsx"),
  ...page("adminCraftVillages", "routes/craft-villages/list.tsx"),
  ...page("adminCraftVillage", "routes/craft-villages/village.tsx"),
  // POST only: submit/withdraw a product for evaluation (the producer's EvaluationRequestForm posts here).
  ...page("evaluationRequest", "routes/evaluation-request.tsx"),
  ...page("account", "routes/account.tsx"),
  ...page("verifyEmail", "routes/verify-email.tsx"),
  ...page("forgotPassword", "routes/forgot-password.tsx"),
  ...page("resetPassword", "routes/reset-password.tsx"),
  ...page("invitation", "routes/invitation.tsx"),
  ...page("producerMembers", "routes/producer-members.tsx"),
  // QR images of batches, proxied from the API so pages need only the storefront's own origin.
  route("qr/:file", "routes/qr.ts"),
  // Uploaded product photos, proxied from the API the same way.
  route("uploads/:file", "routes/uploads.ts"),
  // POST only (the header's logout button, on pages of every language); no page of its own.
  route("dang-xuat", "routes/log-out.tsx"),
];

/**
 * Every page sits in the pathless layout route "messages" (routes/page-messages.ts), whose loader
 * sends the page's message namespaces in its locale; resource routes (no UI) stay outside it.
 */
export default [
  layout("routes/page-messages.ts", { id: PAGE_MESSAGES_ROUTE_ID }, entries.filter((e) => pages.has(e))),
  ...entries.filter((e) => !pages.has(e)),
] satisfies RouteConfig;
