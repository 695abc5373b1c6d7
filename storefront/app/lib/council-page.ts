import type { Translator } from "../i18n";
import { localeHref } from "../i18n/paths";
import type { Locale } from "../i18n/locales";
import type { WorkspaceNavItem } from "../components/WorkspaceLayout";

/** The council workspace's side menu (one entry per page a council member starts from). */
export function councilNav(t: Translator, locale: Locale): WorkspaceNavItem[] {
  return [
    { href: localeHref("councilWorkspace", locale), label: t("council.navQueue"), end: true },
    { href: localeHref("councilTourism", locale), label: t("tourism.navPoints") },
    { href: localeHref("councilPlans", locale), label: t("plans.nav") },
    { href: localeHref("councilCraftVillages", locale), label: t("plans.craftVillagesNav") },
  ];
}

/** Workspace pages are never indexed. */
export function councilMeta(title: string): { title?: string; name?: string; content?: string }[] {
  return [{ title }, { name: "robots", content: "noindex" }];
}

const PRODUCT_STATUSES = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;

export function productStatusLabel(t: Translator, status: string): string {
  return (PRODUCT_STATUSES as readonly string[]).includes(status) ? t(`council.productStatus.${status as (typeof PRODUCT_STATUSES)[number]}`) : status;
}
