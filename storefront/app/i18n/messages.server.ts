import type { Locale } from "./locales";
import account from "./messages/account";
import cardPayment from "./messages/cardPayment";
import admin from "./messages/admin";
import catalogue from "./messages/catalogue";
import certificate from "./messages/certificate";
import common from "./messages/common";
import council from "./messages/council";
import errors from "./messages/errors";
import home from "./messages/home";
import operator from "./messages/operator";
import producer from "./messages/producer";
import product from "./messages/product";
import search from "./messages/search";
import seller from "./messages/seller";
import trace from "./messages/trace";
import selfService from "./messages/selfService";
import team from "./messages/team";
import fulfilment from "./messages/fulfilment";
import shop from "./messages/shop";
import programme from "./messages/programme";
import salesPoints from "./messages/salesPoints";
import booking from "./messages/booking";
import tourism from "./messages/tourism";
import plans from "./messages/plans";
import craftVillages from "./messages/craftVillages";

/**
 * Every namespace of UI strings (one file per page or concern in ./messages/), in every locale: the
 * server's catalogue. Adding a page's strings: create ./messages/<page>.ts with
 * defineMessages({ vi, en }), list it here, and name it in PAGE_NAMESPACES (./namespaces.ts) for the
 * pages that use it.
 *
 * A `.server` module: the browser never downloads this catalogue. It receives the shell namespaces
 * (./shell.ts) with the JavaScript, and a page's namespaces in its own locale with the page's data
 * (routes/page-messages.ts), serialised once into the HTML.
 */
const namespaces = { common, home, catalogue, product, producer, search, trace, certificate, account, errors, cardPayment, seller, admin, operator, council, selfService, team, fulfilment, shop, programme, salesPoints, tourism, booking, plans, craftVillages };

export type Messages = { [N in keyof typeof namespaces]: (typeof namespaces)[N]["vi"] };

function catalogueFor(locale: Locale): Messages {
  return Object.fromEntries(
    Object.entries(namespaces).map(([name, byLocale]) => [name, byLocale[locale]]),
  ) as Messages;
}

export type Namespace = keyof Messages;

export const MESSAGES: Record<Locale, Messages> = { vi: catalogueFor("vi"), en: catalogueFor("en") };

/**
 * The namespaces or tables `paths` ("product", "shop.errors") of `locale`'s catalogue, nested as in
 * the catalogue: what routes/page-messages.ts sends with a page.
 */
export function pickMessages(locale: Locale, paths: readonly string[]): Partial<Messages> {
  type Tree = { [key: string]: string | Tree };
  const picked: Tree = {};
  // Shortest first; a table inside a namespace already picked whole adds nothing.
  const sorted = [...paths].sort();
  for (const path of sorted) {
    if (sorted.some((other) => path.startsWith(`${other}.`))) continue;
    const parts = path.split(".");
    let from: Tree | string = MESSAGES[locale] as unknown as Tree;
    let to = picked;
    parts.forEach((part, i) => {
      if (typeof from === "string" || from[part] === undefined) throw new Error(`No messages at ${path}`);
      from = from[part]!;
      if (i === parts.length - 1) to[part] = from;
      else to = (to[part] ??= {}) as Tree;
    });
  }
  return picked as Partial<Messages>;
}
