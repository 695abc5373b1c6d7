import { createTranslator } from "use-intl";
import { INTL_LOCALE, type Locale } from "./locales";
import { MESSAGES, type Messages } from "./messages";

export * from "./locales";
export * from "./paths";
export { MESSAGES, type Messages } from "./messages";

declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}

/** Shop time zone: OCOP dates are Vietnamese calendar dates. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const translators = new Map<Locale, ReturnType<typeof makeTranslator>>();
function makeTranslator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE });
}

/**
 * The translator for code that cannot use hooks: `meta`, loaders, resource routes.
 * Components use `useTranslations()` from use-intl (the provider is set up in root.tsx).
 */
export function translatorFor(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}
export type Translator = ReturnType<typeof translatorFor>;

