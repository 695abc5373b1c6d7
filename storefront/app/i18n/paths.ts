import { generatePath, matchPath, type PathParam } from "react-router";
import { LOCALES, localeFromPathname, type Locale } from "./locales";

/**
 * Every page's URL pattern in every locale. This table is the single source for
 * - the route config (app/routes.ts registers each page once per locale),
 * - links (`localeHref("product", "en", { slug })` → "/en/products/banh-dau-xanh"),
 * - the language switcher and the hreflang alternates (`switchLocaleHref`, `alternateHrefs`),
 * - the sitemap.
 * English paths translate the Vietnamese segments; dynamic segments (slugs, codes) are shared,
 * and so are query-parameter names (`?nhom=FOOD&sao=4` on both `/san-pham` and `/en/products`).
 *
 * Adding a page: one entry here (both locales, same `:params`), then `...page("<id>", "routes/<file>.tsx")`
 * in app/routes.ts. See storefront/README.md.
 */
export const PAGE_PATHS = {
  home: { vi: "/", en: "/en" },
  catalogue: { vi: "/san-pham", en: "/en/products" },
  product: { vi: "/san-pham/:slug", en: "/en/products/:slug" },
  producer: { vi: "/chu-the/:slug", en: "/en/producers/:slug" },
  search: { vi: "/tim-kiem", en: "/en/search" },
  traceLookup: { vi: "/truy-xuat", en: "/en/trace" },
  trace: { vi: "/truy-xuat/:code", en: "/en/trace/:code" },
  // The number is one URL-encoded segment: "123/QĐ-UBND" → /chung-nhan/123%2FQ%C4%90-UBND.
  certificate: { vi: "/chung-nhan/:number", en: "/en/certificates/:number" },
  // The programme dashboard: provinces' OCOP targets measured live (`?tinh=31` for a province).
  programme: { vi: "/chuong-trinh", en: "/en/programme" },
  // Shopping: the cart, checkout and an order's page (guests reach theirs by the link's secret or their email).
  cart: { vi: "/gio-hang", en: "/en/cart" },
  checkout: { vi: "/thanh-toan", en: "/en/checkout" },
  order: { vi: "/don-hang/:number", en: "/en/orders/:number" },
  signUp: { vi: "/dang-ky", en: "/en/sign-up" },
  logIn: { vi: "/dang-nhap", en: "/en/log-in" },
  // Targets of mailed links (?token=…); the Vietnamese paths are the ones the API's mails use.
  verifyEmail: { vi: "/xac-minh-email", en: "/en/verify-email" },
  forgotPassword: { vi: "/quen-mat-khau", en: "/en/forgot-password" },
  resetPassword: { vi: "/dat-lai-mat-khau", en: "/en/reset-password" },
  invitation: { vi: "/loi-moi", en: "/en/invitation" },
  // Workspaces (signed in, never indexed). Each workspace's own pages sit under its path.
  account: { vi: "/tai-khoan", en: "/en/account" },
  accountOrders: { vi: "/tai-khoan/don-hang", en: "/en/account/orders" },
  // "My bookings": tourism experiences booked through orders.
  accountBookings: { vi: "/tai-khoan/dat-cho", en: "/en/account/bookings" },
  producerWorkspace: { vi: "/kenh-nguoi-ban", en: "/en/seller" },
  producerProducts: { vi: "/kenh-nguoi-ban/san-pham", en: "/en/seller/products" },
  // Before producerProduct: "moi" is not a product id.
  producerProductNew: { vi: "/kenh-nguoi-ban/san-pham/moi", en: "/en/seller/products/new" },
  producerProduct: { vi: "/kenh-nguoi-ban/san-pham/:id", en: "/en/seller/products/:id" },
  producerBatches: { vi: "/kenh-nguoi-ban/san-pham/:id/lo-hang", en: "/en/seller/products/:id/batches" },
  producerProfile: { vi: "/kenh-nguoi-ban/ho-so", en: "/en/seller/profile" },
  producerMembers: { vi: "/kenh-nguoi-ban/thanh-vien", en: "/en/seller/members" },
  // The producer's order inbox (its sub-orders) with the fulfilment actions.
  producerOrders: { vi: "/kenh-nguoi-ban/don-hang", en: "/en/seller/orders" },
  councilWorkspace: { vi: "/hoi-dong", en: "/en/council" },
  // A product as the council reviews it (global id), and one of its certificates with its history.
  councilProduct: { vi: "/hoi-dong/san-pham/:id", en: "/en/council/products/:id" },
  councilCertificate: { vi: "/hoi-dong/san-pham/:id/chung-nhan/:certificateId", en: "/en/council/products/:id/certificates/:certificateId" },
  // POST only: a producer submits or withdraws a product for evaluation (components/EvaluationRequestForm).
  evaluationRequest: { vi: "/kenh-nguoi-ban/de-nghi-danh-gia", en: "/en/seller/evaluation-request" },
  // Sales points: the public map and list, registration, the manager's workspace; the seller's page.
  salesPoints: { vi: "/diem-ban", en: "/en/sales-points" },
  salesPointRegister: { vi: "/diem-ban/dang-ky", en: "/en/sales-points/register" },
  salesPointManager: { vi: "/diem-ban/quan-ly", en: "/en/sales-points/manage" },
  salesPointEdit: { vi: "/diem-ban/quan-ly/:slug", en: "/en/sales-points/manage/:slug" },
  salesPoint: { vi: "/diem-ban/:slug", en: "/en/sales-points/:slug" },
  producerSalesPoints: { vi: "/kenh-nguoi-ban/diem-ban", en: "/en/seller/sales-points" },
  adminSalesPoints: { vi: "/quan-tri/diem-ban", en: "/en/admin/sales-points" },
  adminWorkspace: { vi: "/quan-tri", en: "/en/admin" },
  adminProducers: { vi: "/quan-tri/chu-the", en: "/en/admin/producers" },
  adminOperators: { vi: "/quan-tri/don-vi-du-lich", en: "/en/admin/tourism-operators" },
  adminUsers: { vi: "/quan-tri/nguoi-dung", en: "/en/admin/users" },
  adminAudit: { vi: "/quan-tri/nhat-ky", en: "/en/admin/audit-log" },
  // Bank transfers awaiting their money, marking one received, importing a bank statement.
  adminPayments: { vi: "/quan-tri/thanh-toan", en: "/en/admin/payments" },
  operatorWorkspace: { vi: "/du-lich/kenh-dieu-hanh", en: "/en/tourism/operator" },
  // The operator's week: slots × days with their places and bookings.
  operatorCalendar: { vi: "/du-lich/kenh-dieu-hanh/lich", en: "/en/tourism/operator/calendar" },
  // Community tourism: the public list and an experience's page; the operator's points, experiences and slots.
  tourism: { vi: "/du-lich", en: "/en/tourism" },
  experience: { vi: "/du-lich/trai-nghiem/:slug", en: "/en/tourism/experiences/:slug" },
  operatorPoints: { vi: "/du-lich/kenh-dieu-hanh/diem", en: "/en/tourism/operator/points" },
  operatorPoint: { vi: "/du-lich/kenh-dieu-hanh/diem/:id", en: "/en/tourism/operator/points/:id" },
  operatorExperiences: { vi: "/du-lich/kenh-dieu-hanh/trai-nghiem", en: "/en/tourism/operator/experiences" },
  operatorExperience: { vi: "/du-lich/kenh-dieu-hanh/trai-nghiem/:id", en: "/en/tourism/operator/experiences/:id" },
  operatorSlots: { vi: "/du-lich/kenh-dieu-hanh/trai-nghiem/:id/lich", en: "/en/tourism/operator/experiences/:id/slots" },
  // The council records OCOP certificates of its province's tourism points.
  councilTourism: { vi: "/hoi-dong/diem-du-lich", en: "/en/council/tourism-points" },
  // OCOP programme plans a council (its province's) or an admin (all) edits; a plan by its global id.
  councilPlans: { vi: "/hoi-dong/ke-hoach", en: "/en/council/plans" },
  councilPlan: { vi: "/hoi-dong/ke-hoach/:id", en: "/en/council/plans/:id" },
  adminPlans: { vi: "/quan-tri/ke-hoach", en: "/en/admin/plans" },
  adminPlan: { vi: "/quan-tri/ke-hoach/:id", en: "/en/admin/plans/:id" },
  // Craft villages (làng nghề) and the producers in them: a council (its province's) or an admin (all); a village by its global id.
  councilCraftVillages: { vi: "/hoi-dong/lang-nghe", en: "/en/council/craft-villages" },
  councilCraftVillage: { vi: "/hoi-dong/lang-nghe/:id", en: "/en/council/craft-villages/:id" },
  adminCraftVillages: { vi: "/quan-tri/lang-nghe", en: "/en/admin/craft-villages" },
  adminCraftVillage: { vi: "/quan-tri/lang-nghe/:id", en: "/en/admin/craft-villages/:id" },
} as const satisfies Record<string, Record<Locale, string>>;

export type PageId = keyof typeof PAGE_PATHS;
export type PageParams<P extends PageId> = {
  [K in PathParam<(typeof PAGE_PATHS)[P]["vi"]>]: string;
};
type ParamsArg<P extends PageId> = [PathParam<(typeof PAGE_PATHS)[P]["vi"]>] extends [never]
  ? [params?: Record<string, never>]
  : [params: PageParams<P>];

export const PAGE_IDS = Object.keys(PAGE_PATHS) as PageId[];

/** The path of `page` in `locale`, with its dynamic segments filled in (URL-encoded). */
export function localeHref<P extends PageId>(page: P, locale: Locale, ...[params]: ParamsArg<P>): string {
  const pattern: string = PAGE_PATHS[page][locale];
  return generatePath(pattern, (params ?? {}) as Record<string, string>);
}

/** The same page in every locale: `{ vi: "/san-pham/x", en: "/en/products/x" }`. */
export function alternateHrefs<P extends PageId>(page: P, ...args: ParamsArg<P>): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, localeHref(page, l, ...args)])) as Record<
    Locale,
    string
  >;
}

/** Path params as written (matchPath leaves them percent-encoded; generatePath encodes again). */
function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export interface PageMatch {
  page: PageId;
  locale: Locale;
  params: Record<string, string>;
}

/** Which page a pathname shows, in which locale; null for URLs no page owns (a 404). */
export function matchPage(pathname: string): PageMatch | null {
  const locale = localeFromPathname(pathname);
  for (const page of PAGE_IDS) {
    const match = matchPath({ path: PAGE_PATHS[page][locale], end: true }, pathname);
    if (match) {
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(match.params)) if (v !== undefined) params[k] = decode(v);
      return { page, locale, params };
    }
  }
  return null;
}

/**
 * The URL of the current page in another locale, query string kept (parameter names are shared).
 * A URL no page owns (a 404) switches to the other locale's home page.
 */
export function switchLocaleHref(pathname: string, search: string, to: Locale): string {
  const match = matchPage(pathname);
  if (!match) return PAGE_PATHS.home[to];
  const pattern: string = PAGE_PATHS[match.page][to];
  return `${generatePath(pattern, match.params)}${search}`;
}

