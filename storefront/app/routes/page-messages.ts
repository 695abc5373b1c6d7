import type { ShouldRevalidateFunctionArgs } from "react-router";
import { localeFromPathname, type PageMessages } from "../i18n";
import { pickMessages } from "../i18n/messages.server";
import { pageMessagesKey, pageNamespaces } from "../i18n/namespaces";
import type { Route } from "./+types/page-messages";

/**
 * The layout route around every page (id "messages", see routes.ts): it loads the page's message
 * namespaces (PAGE_NAMESPACES in i18n/namespaces.ts) in the page's locale. They travel with the
 * loader data — serialised once into the HTML of a document request, in the `.data` answer of a
 * client-side navigation — and root.tsx hands them to the IntlProvider. No component: it renders
 * its page.
 */
export function loader({ url }: Route.LoaderArgs): PageMessages {
  const key = pageMessagesKey(url.pathname);
  let page = serialised.get(key);
  if (!page) {
    const locale = localeFromPathname(url.pathname);
    serialised.set(key, (page = { locale, json: JSON.stringify(pickMessages(locale, pageNamespaces(url.pathname))) }));
  }
  return page;
}

/** The catalogue does not change while the process runs: one serialisation per locale and page kind. */
const serialised = new Map<string, PageMessages>();

/** Fetched again only when the next page needs other namespaces or another language. */
export function shouldRevalidate({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs) {
  return pageMessagesKey(currentUrl.pathname) !== pageMessagesKey(nextUrl.pathname);
}
