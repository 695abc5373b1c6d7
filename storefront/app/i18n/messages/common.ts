import { defineMessages } from "../define";

/** The frame of every page (header, footer, switcher) and the labels many pages share. */
export default defineMessages({
  vi: {
    skipToContent: "Bỏ qua đến nội dung chính",
    brandLabel: "OCOP Market – Trang chủ",
    mainNav: "Điều hướng chính",
    navHome: "Trang chủ",
    navProducts: "Sản phẩm",
    languageSwitcher: "Chọn ngôn ngữ",
    footerTagline:
      "kênh bán hàng hiện đại cho sản phẩm OCOP (Chương trình Mỗi xã một sản phẩm).",
    footerPrices: "Giá niêm yết bằng đồng Việt Nam (VND).",
    siteDescription: "Sàn thương mại điện tử sản phẩm OCOP – Mỗi xã một sản phẩm.",
    breadcrumbs: "Đường dẫn",
    productCount: "{count, number} sản phẩm",
    starBadge: "{stars, number} sao OCOP",
    starsExactly: "{stars, number} sao",
    starsAtLeast: "Từ {stars, number} sao",
    starsAtLeastInline: "từ {stars, number} sao",
    groups: {
      FOOD: "Thực phẩm",
      BEVERAGES: "Đồ uống",
      HERBAL: "Dược liệu và sản phẩm từ dược liệu",
      HANDICRAFTS: "Thủ công mỹ nghệ",
      ORNAMENTAL: "Sinh vật cảnh",
      TOURISM: "Du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    },
    producerKinds: {
      COOPERATIVE: "HTX",
      COOPERATIVE_GROUP: "Tổ hợp tác",
      ENTERPRISE: "Doanh nghiệp",
      HOUSEHOLD_BUSINESS: "Hộ kinh doanh",
    },
  },
  en: {
    skipToContent: "Skip to main content",
    brandLabel: "OCOP Market – Home",
    mainNav: "Main navigation",
    navHome: "Home",
    navProducts: "Products",
    languageSwitcher: "Choose language",
    footerTagline:
      "a modern sales channel for OCOP products (Vietnam's One Commune One Product programme).",
    footerPrices: "Prices are in Vietnamese đồng (VND).",
    siteDescription: "Online marketplace for OCOP products – One Commune One Product, Vietnam.",
    breadcrumbs: "Breadcrumbs",
    productCount: "{count, plural, one {# product} other {# products}}",
    starBadge: "{stars, number}-star OCOP",
    starsExactly: "{stars, number} stars",
    starsAtLeast: "{stars, number} stars and up",
    starsAtLeastInline: "{stars, number} stars and up",
    groups: {
      FOOD: "Food",
      BEVERAGES: "Beverages",
      HERBAL: "Herbal materials and products",
      HANDICRAFTS: "Handicrafts",
      ORNAMENTAL: "Ornamental flowers, plants and animals",
      TOURISM: "Community-based tourism, eco-tourism and tourist sites",
    },
    producerKinds: {
      COOPERATIVE: "Cooperative",
      COOPERATIVE_GROUP: "Cooperative group",
      ENTERPRISE: "Enterprise",
      HOUSEHOLD_BUSINESS: "Household business",
    },
  },
});
