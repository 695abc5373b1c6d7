import { useLocation, useRouteLoaderData } from "react-router";
import { createTranslator } from "use-intl";
import { localeFromPathname, type Locale } from "./locales";
import { PAGE_MESSAGES_ROUTE_ID } from "./namespaces";
import type { Messages } from "./messages.server";
import { SHELL_MESSAGES } from "./shell";

export * from "./locales";
export * from "./paths";
export type { Messages, Namespace } from "./messages.server";

declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}

/** Shop time zone: OCOP dates are Vietnamese calendar dates. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

export { PAGE_MESSAGES_ROUTE_ID } from "./namespaces";

/**
 * Loader data of routes/page-messages.ts: the page's namespaces in the page's locale, as JSON text
 * (one string in the HTML's data stream rather than a tree of small values: a quarter fewer bytes gzipped).
 */
export interface PageMessages {
  locale: Locale;
  json: string;
}

const shellOnly = new Map<Locale, Messages>();
const merged = new WeakMap<PageMessages, Messages>();

/**
 * The messages a page renders with: the shell's (bundled) and the page's own (loader data). The
 * same object for the same data, so the IntlProvider's value and the translators stay stable.
 */
export function messagesFor(locale: Locale, page: PageMessages | undefined): Messages {
  if (!page || page.locale !== locale) {
    let shell = shellOnly.get(locale);
    if (!shell) shellOnly.set(locale, (shell = { ...SHELL_MESSAGES[locale] } as Messages));
    return shell;
  }
  let messages = merged.get(page);
  if (!messages) merged.set(page, (messages = { ...SHELL_MESSAGES[locale], ...(JSON.parse(page.json) as Partial<Messages>) } as Messages));
  return messages;
}

/** The messages of the page being shown, for the IntlProvider in root.tsx. */
export function usePageMessages(locale: Locale): Messages {
  return messagesFor(locale, useRouteLoaderData(PAGE_MESSAGES_ROUTE_ID) as PageMessages | undefined);
}

function makeTranslator(locale: Locale, messages: Messages) {
  return createTranslator({ locale, messages, timeZone: TIME_ZONE });
}
export type Translator = ReturnType<typeof makeTranslator>;

const translators = new WeakMap<Messages, Translator>();

/**
 * The translator for `meta` functions, which cannot use hooks and run in the browser too (after a
 * client-side navigation): the shell's and the page's messages, from the matches' loader data.
 * Components use `useTranslations()` from use-intl (the provider is set up in root.tsx); loaders,
 * actions and tests may use `translatorFor` (./translator.server.ts), which knows every namespace.
 */
export function metaTranslator(
  location: { pathname: string },
  matches: readonly ({ id: string; loaderData?: unknown } | undefined)[],
): Translator {
  const locale = localeFromPathname(location.pathname);
  const page = matches.find((m) => m?.id === PAGE_MESSAGES_ROUTE_ID)?.loaderData as PageMessages | undefined;
  return translatorOf(locale, messagesFor(locale, page));
}

/** The same translator as a hook, for components that hand it to helpers taking a `Translator`. */
export function useTranslator(): Translator {
  const locale = localeFromPathname(useLocation().pathname);
  return translatorOf(locale, usePageMessages(locale));
}

function translatorOf(locale: Locale, messages: Messages): Translator {
  let t = translators.get(messages);
  if (!t) translators.set(messages, (t = makeTranslator(locale, messages)));
  return t;
}
