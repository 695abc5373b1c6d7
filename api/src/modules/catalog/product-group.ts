/**
 * The six OCOP product groups since Decisions 919/2022 and 148/2023 (the 2019 scheme had textiles as
 * its own group). Sub-groups and product sets are data (catalogue issue); the six groups are a closed
 * set in the decisions, so they are an enum here and in GraphQL.
 */
export const PRODUCT_GROUPS = ['FOOD', 'BEVERAGES', 'HERBAL', 'HANDICRAFTS', 'ORNAMENTAL', 'TOURISM'] as const;
export type ProductGroup = (typeof PRODUCT_GROUPS)[number];

export const PRODUCT_GROUP_LABELS: Record<ProductGroup, { numeral: string; vi: string; en: string }> = {
  FOOD: { numeral: 'I', vi: 'Thực phẩm', en: 'Food' },
  BEVERAGES: { numeral: 'II', vi: 'Đồ uống', en: 'Beverages' },
  HERBAL: { numeral: 'III', vi: 'Dược liệu và sản phẩm từ dược liệu', en: 'Herbal materials and products' },
  HANDICRAFTS: { numeral: 'IV', vi: 'Thủ công mỹ nghệ', en: 'Handicrafts, household and decorative goods, textiles' },
  ORNAMENTAL: { numeral: 'V', vi: 'Sinh vật cảnh', en: 'Ornamental organisms' },
  TOURISM: { numeral: 'VI', vi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', en: 'Community-based tourism, eco-tourism and tourist points' },
};

export const PRODUCT_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
