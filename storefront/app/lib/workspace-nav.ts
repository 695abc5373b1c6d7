import type { WorkspaceNavItem } from "../components/WorkspaceLayout";
import { localeHref, type Locale } from "../i18n";

/**
 * Side menus of the pages this module adds. (The seller workspace's menu is in components/seller/SellerLayout.tsx.)
 */
export function accountNav(t: (key: "accountNav" | "myOrdersNav" | "myBookingsNav") => string, locale: Locale): WorkspaceNavItem[] {
  return [
    { href: localeHref("account", locale), label: t("accountNav"), end: true },
    { href: localeHref("accountOrders", locale), label: t("myOrdersNav") },
    { href: localeHref("accountBookings", locale), label: t("myBookingsNav") },
  ];
}
