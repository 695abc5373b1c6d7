import type { Namespace } from "./messages.server";
import { localeFromPathname } from "./locales";
import { matchPage, type PageId } from "./paths";
import type { ShellNamespace } from "./shell";

export type PageNamespace = Exclude<Namespace, ShellNamespace>;
/** A namespace ("shop") or one of its tables ("shop.errors"). */
export type MessagePath = PageNamespace | `${PageNamespace}.${string}`;

/** Route id of routes/page-messages.ts, the layout route around every page that loads its messages. */
export const PAGE_MESSAGES_ROUTE_ID = "messages";

/**
 * The message namespaces each page renders, besides the shell's (common, errors, search: see
 * ./shell.ts). The server sends exactly these, in the page's locale, with the page's data
 * (routes/page-messages.ts), so a product page never downloads the seller workspace's strings.
 * A page that uses only some tables of a namespace (`useTranslations("shop.errors")`,
 * `` t(`certificate.states.${state}`) ``) names those ("shop.errors"), not the whole namespace.
 * `namespaces.test.ts` reads every page's modules and fails when this list is not what they use:
 * it prints the line to write.
 */
export const PAGE_NAMESPACES = {
  home: ["home"],
  catalogue: ["catalogue"],
  product: ["certificate.states", "product", "salesPoints", "shop.buy", "shop.errors"],
  producer: ["catalogue", "producer"],
  search: ["catalogue"],
  traceLookup: ["trace"],
  trace: ["certificate.states", "product", "trace"],
  certificate: ["certificate"],
  programme: ["plans", "programme"],
  cart: ["booking", "shop"],
  checkout: ["booking", "shop"],
  order: ["booking", "cardPayment", "shop"],
  accountOrders: ["selfService", "shop"],
  accountBookings: ["booking", "selfService"],
  signUp: ["account"],
  logIn: ["account"],
  producerWorkspace: ["fulfilment", "programme", "salesPoints", "seller"],
  producerProducts: ["fulfilment", "salesPoints", "seller"],
  producerProductNew: ["fulfilment", "salesPoints", "seller"],
  producerProduct: ["certificate", "council.errors", "council.request", "fulfilment", "salesPoints", "seller"],
  producerBatches: ["fulfilment", "salesPoints", "seller"],
  producerProfile: ["fulfilment", "salesPoints", "seller"],
  producerOrders: ["admin", "fulfilment", "plans", "salesPoints", "seller"],
  adminWorkspace: ["admin", "fulfilment", "plans", "salesPoints"],
  adminProducers: ["admin", "fulfilment", "plans", "salesPoints"],
  adminOperators: ["admin", "fulfilment", "operator.kinds", "plans", "salesPoints"],
  adminUsers: ["admin", "fulfilment", "plans", "salesPoints"],
  adminAudit: ["admin", "fulfilment", "plans", "salesPoints"],
  adminPayments: ["admin", "fulfilment", "plans", "salesPoints", "seller"],
  operatorWorkspace: ["operator", "tourism"],
  salesPoints: ["salesPoints"],
  salesPointRegister: ["salesPoints"],
  salesPointManager: ["salesPoints"],
  producerSalesPoints: ["fulfilment", "salesPoints", "seller"],
  adminSalesPoints: ["admin", "fulfilment", "plans", "salesPoints"],
  operatorCalendar: ["booking", "operator"],
  tourism: ["tourism"],
  experience: ["booking", "tourism"],
  operatorPoints: ["operator", "tourism"],
  operatorPoint: ["operator", "tourism"],
  operatorExperiences: ["operator", "tourism"],
  operatorExperience: ["operator", "tourism"],
  operatorSlots: ["booking", "operator", "tourism"],
  councilTourism: ["council", "operator", "plans", "tourism"],
  councilWorkspace: ["certificate", "council", "plans", "programme", "seller", "tourism"],
  councilProduct: ["certificate", "council", "plans", "tourism"],
  councilCertificate: ["certificate", "council", "plans", "tourism"],
  evaluationRequest: ["account.errors", "certificate", "council.errors", "council.request"],
  account: ["account", "selfService"],
  verifyEmail: ["account.errors", "selfService"],
  forgotPassword: ["account", "selfService"],
  resetPassword: ["account", "selfService"],
  invitation: ["account", "team"],
  producerMembers: ["account", "fulfilment", "salesPoints", "seller", "team"],
  salesPoint: ["salesPoints"],
  salesPointEdit: ["salesPoints"],
  councilPlans: ["admin", "council", "fulfilment", "plans", "programme", "salesPoints", "tourism"],
  councilPlan: ["admin", "council", "fulfilment", "plans", "programme", "salesPoints", "tourism"],
  councilCraftVillages: ["admin", "council", "craftVillages", "fulfilment", "plans", "salesPoints", "tourism"],
  councilCraftVillage: ["admin", "council", "craftVillages", "fulfilment", "plans", "salesPoints", "tourism"],
  adminCraftVillages: ["admin", "council", "craftVillages", "fulfilment", "plans", "salesPoints", "tourism"],
  adminCraftVillage: ["admin", "council", "craftVillages", "fulfilment", "plans", "salesPoints", "tourism"],
  adminPlans: ["admin", "council", "fulfilment", "plans", "programme", "salesPoints", "tourism"],
  adminPlan: ["admin", "council", "fulfilment", "plans", "programme", "salesPoints", "tourism"],
} as const satisfies Record<PageId, readonly MessagePath[]>;

/** The namespaces of the page at `pathname` (sorted); none for a URL no page owns (a 404). */
export function pageNamespaces(pathname: string): readonly MessagePath[] {
  const page = matchPage(pathname)?.page;
  return page ? [...PAGE_NAMESPACES[page]].sort() : [];
}

/** What a page's messages depend on: its locale and namespaces ("en:certificate,product,salesPoints,shop"). */
export function pageMessagesKey(pathname: string): string {
  return `${localeFromPathname(pathname)}:${pageNamespaces(pathname).join(",")}`;
}
