import type { WorkspaceNavItem } from "../components/WorkspaceLayout";
import type { Translator } from "../i18n";
import type { Locale } from "../i18n/locales";
import { localeHref } from "../i18n/paths";
import { codeMessage, type UserError } from "./form-errors";

/** The operator workspace's side menu: its profile, its tourism points, its experiences. */
export function operatorNav(t: Translator, locale: Locale): WorkspaceNavItem[] {
  return [
    { href: localeHref("operatorWorkspace", locale), label: t("operator.navProfile"), end: true },
    { href: localeHref("operatorPoints", locale), label: t("tourism.navPoints") },
    { href: localeHref("operatorExperiences", locale), label: t("tourism.navExperiences") },
  ];
}

/** A tourism form's errors: field name (the last name of the API's path, or of a price row) → code. */
export type TourismFormErrors = Record<string, string>;

export function tourismErrorsFromApi(userErrors: readonly UserError[]): TourismFormErrors {
  const errors: TourismFormErrors = {};
  for (const e of userErrors) {
    const path = (e.field ?? []).filter((p) => p !== "input");
    // prices.1.amount → "prices"; products.0.productId → "products"; name → "name".
    const key = path[0] === "prices" || path[0] === "products" ? path[0] : (path.at(-1) ?? "form");
    errors[key] ??= e.code;
  }
  return errors;
}

export function tourismErrorMessage(t: Translator, code: string | undefined): string | null {
  return code ? codeMessage(t, "tourism.errors", code) : null;
}
