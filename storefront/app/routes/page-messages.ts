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
  const locale = localeFromPathname(url.pathname);
  return { locale, json: JSON.stringify(pickMessages(locale, pageNamespaces(url.pathname))) };
}

/** Fetched again only when the next page needs other namespaces or another language. */
export function shouldRevalidate({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs) {
  return pageMessagesKey(currentUrl.pathname) !== pageMessagesKey(nextUrl.pathname);
}
