import type { ProducerKind, ProductGroup } from "../gql/graphql";

/** The six current OCOP product groups (Decisions 919/2022 and 148/2023), in official order. */
export const PRODUCT_GROUPS = [
  "FOOD",
  "BEVERAGES",
  "HERBAL",
  "HANDICRAFTS",
  "ORNAMENTAL",
  "TOURISM",
] as const satisfies readonly ProductGroup[];

export const GROUP_LABELS: Record<ProductGroup, string> = {
  FOOD: "Thực phẩm",
  BEVERAGES: "Đồ uống",
  HERBAL: "Dược liệu và sản phẩm từ dược liệu",
  HANDICRAFTS: "Thủ công mỹ nghệ",
  ORNAMENTAL: "Sinh vật cảnh",
  TOURISM: "Du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
};

/** Roman numerals the programme uses for the groups (nhóm I–VI). */
export const GROUP_NUMERALS: Record<ProductGroup, string> = {
  FOOD: "I",
  BEVERAGES: "II",
  HERBAL: "III",
  HANDICRAFTS: "IV",
  ORNAMENTAL: "V",
  TOURISM: "VI",
};

export const PRODUCER_KIND_LABELS: Record<ProducerKind, string> = {
  COOPERATIVE: "HTX",
  COOPERATIVE_GROUP: "Tổ hợp tác",
  ENTERPRISE: "Doanh nghiệp",
  HOUSEHOLD_BUSINESS: "Hộ kinh doanh",
};

export function isProductGroup(value: string): value is ProductGroup {
  return (PRODUCT_GROUPS as readonly string[]).includes(value);
}

/** Label for a group value, tolerating values a newer API may add. */
export function groupLabel(group: string): string {
  return isProductGroup(group) ? GROUP_LABELS[group] : group;
}

export function producerKindLabel(kind: string): string {
  return kind in PRODUCER_KIND_LABELS ? PRODUCER_KIND_LABELS[kind as ProducerKind] : kind;
}
