import type { Locale } from "./locales";
import common from "./messages/common";
import errors from "./messages/errors";
import search from "./messages/search";

/**
 * The namespaces of the frame around every page — header (search box, language switcher, cart,
 * account links), footer, 404 and error pages, the default `<title>` — bundled with the JavaScript
 * in both locales (≈ 3 kB gzip): error pages can render before any loader ran, and the frame
 * must not wait for data. Every other namespace reaches the browser with the page that uses it
 * (see ./namespaces.ts), in the page's locale only.
 */
export const SHELL_MESSAGES = {
  vi: { common: common.vi, errors: errors.vi, search: search.vi },
  en: { common: common.en, errors: errors.en, search: search.en },
} satisfies Record<Locale, object>;

export type ShellNamespace = keyof (typeof SHELL_MESSAGES)["vi"];
export const SHELL_NAMESPACES = Object.keys(SHELL_MESSAGES.vi) as ShellNamespace[];
