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

/**
 * Every namespace of UI strings (one file per page or concern in ./messages/). Adding a page's
 * strings: create ./messages/<page>.ts with defineMessages({ vi, en }) and list it here.
 * Both catalogues are bundled (a few kB): the server renders with them and the browser hydrates
 * with the same objects, so no catalogue is ever fetched at run time.
 */
const namespaces = { common, home, catalogue, product, producer, search, trace, certificate, account, errors, cardPayment, seller, admin, operator, council, selfService, team, fulfilment, shop, programme, salesPoints, tourism, booking, plans };

export type Messages = { [N in keyof typeof namespaces]: (typeof namespaces)[N]["vi"] };

function catalogueFor(locale: Locale): Messages {
  return Object.fromEntries(
    Object.entries(namespaces).map(([name, byLocale]) => [name, byLocale[locale]]),
  ) as Messages;
}

export const MESSAGES: Record<Locale, Messages> = { vi: catalogueFor("vi"), en: catalogueFor("en") };
