import { defineMessages } from "../define";

export default defineMessages({
  vi: {
    heading: "Sản phẩm OCOP",
    description:
      "{count, number} sản phẩm OCOP được chứng nhận{filters}: giá niêm yết bằng VND, mua trực tiếp từ chủ thể sản xuất.",
    filterGroup: "Nhóm sản phẩm",
    allGroups: "Tất cả các nhóm",
    filterStars: "Hạng sao",
    allStars: "Tất cả hạng sao",
    filterProvince: "Tỉnh/thành",
    allProvinces: "Tất cả tỉnh/thành",
    submit: "Lọc",
    listLabel: "Danh sách sản phẩm",
    empty: "Không tìm thấy sản phẩm nào phù hợp với bộ lọc.",
    clearFilters: "Xoá bộ lọc",
    pager: "Phân trang",
    firstPage: "Trang đầu",
    nextPage: "Trang sau",
  },
  en: {
    heading: "OCOP products",
    description:
      "{count, plural, one {# certified OCOP product} other {# certified OCOP products}}{filters}: prices in VND, bought directly from the producer.",
    filterGroup: "Product group",
    allGroups: "All groups",
    filterStars: "Star rating",
    allStars: "All ratings",
    filterProvince: "Province",
    allProvinces: "All provinces",
    submit: "Filter",
    listLabel: "Products",
    empty: "No products match these filters.",
    clearFilters: "Clear filters",
    pager: "Pagination",
    firstPage: "First page",
    nextPage: "Next page",
  },
});
