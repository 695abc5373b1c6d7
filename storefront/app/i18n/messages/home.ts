import { defineMessages } from "../define";

export default defineMessages({
  vi: {
    title: "Sản phẩm OCOP – Mỗi xã một sản phẩm",
    description:
      "Mua đặc sản OCOP được chứng nhận 3–5 sao từ khắp 34 tỉnh, thành: thực phẩm, đồ uống, dược liệu, thủ công mỹ nghệ, sinh vật cảnh và du lịch cộng đồng.",
    heading: "Sản phẩm OCOP – Mỗi xã một sản phẩm",
    lead: "Đặc sản của các xã, phường trên khắp Việt Nam, được hội đồng đánh giá và công nhận từ 3 đến 5 sao theo Chương trình OCOP. Mua trực tiếp từ hợp tác xã, doanh nghiệp và hộ kinh doanh địa phương.",
    viewAll: "Xem tất cả sản phẩm",
    groupsHeading: "Sáu nhóm sản phẩm OCOP",
    fiveStarHeading: "Sản phẩm OCOP 5 sao",
    viewAllFiveStar: "Xem tất cả sản phẩm 5 sao",
    noFiveStar: "Chưa có sản phẩm 5 sao nào đang được bán.",
  },
  en: {
    title: "OCOP products – One Commune One Product, Vietnam",
    description:
      "Buy OCOP specialities certified 3 to 5 stars from all 34 provinces of Vietnam: food, beverages, herbal products, handicrafts, ornamental plants and community tourism.",
    heading: "OCOP products – One Commune One Product",
    lead: "Specialities of communes across Vietnam, evaluated by rating councils and recognised with 3 to 5 stars under the OCOP programme. Buy directly from local cooperatives, enterprises and household businesses.",
    viewAll: "See all products",
    groupsHeading: "The six OCOP product groups",
    fiveStarHeading: "5-star OCOP products",
    viewAllFiveStar: "See all 5-star products",
    noFiveStar: "No 5-star products are on sale yet.",
  },
});
