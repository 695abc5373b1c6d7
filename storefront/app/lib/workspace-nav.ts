import type { WorkspaceNavItem } from "../components/WorkspaceLayout";
import { localeHref, type Locale } from "../i18n";

/**
 * Side menus of the pages this module adds. The seller workspace's full menu is built alongside (its
 * other pages come from the producer workspace); `producerMembers` belongs in it.
 */
export function accountNav(t: (key: "accountNav") => string, locale: Locale): WorkspaceNavItem[] {
  return [{ href: localeHref("account", locale), label: t("accountNav"), end: true }];
}

export function sellerNav(t: (key: "navMembers") => string, locale: Locale): WorkspaceNavItem[] {
  return [{ href: localeHref("producerMembers", locale), label: t("navMembers") }];
}
