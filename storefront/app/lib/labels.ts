import type { ProductGroup } from "../gql/graphql";
import type { Translator } from "../i18n";

/** The six current OCOP product groups (Decisions 919/2022 and 148/2023), in official order. */
export const PRODUCT_GROUPS = [
  "FOOD",
  "BEVERAGES",
  "HERBAL",
  "HANDICRAFTS",
  "ORNAMENTAL",
  "TOURISM",
] as const satisfies readonly ProductGroup[];

/** Roman numerals the programme uses for the groups (nhóm I–VI). */
export const GROUP_NUMERALS: Record<ProductGroup, string> = {
  FOOD: "I",
  BEVERAGES: "II",
  HERBAL: "III",
  HANDICRAFTS: "IV",
  ORNAMENTAL: "V",
  TOURISM: "VI",
};

const PRODUCER_KINDS = ["COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE", "HOUSEHOLD_BUSINESS"] as const;

export function isProductGroup(value: string): value is ProductGroup {
  return (PRODUCT_GROUPS as readonly string[]).includes(value);
}

/**
 * Label of a group value in the translator's language (messages `common.groups.*`), tolerating
 * values a newer API may add. Works with `useTranslations()` and `metaTranslator(…)` alike.
 */
export function groupLabel(t: Translator, group: string): string {
  return isProductGroup(group) ? t(`common.groups.${group}`) : group;
}

export function producerKindLabel(t: Translator, kind: string): string {
  return (PRODUCER_KINDS as readonly string[]).includes(kind)
    ? t(`common.producerKinds.${kind as (typeof PRODUCER_KINDS)[number]}`)
    : kind;
}
