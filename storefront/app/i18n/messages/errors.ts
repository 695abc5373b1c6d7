import { defineMessages } from "../define";

export default defineMessages({
  vi: {
    notFoundTitle: "Không tìm thấy trang",
    notFoundBody: "Trang bạn tìm không tồn tại hoặc sản phẩm đã ngừng bán.",
    notFoundCatalogue: "Xem tất cả sản phẩm",
    notFoundSearch: "Tìm sản phẩm có tên gần giống",
    notFoundSearchButton: "Tìm",
    backHome: "Về trang chủ",
    errorTitle: "Đã có lỗi xảy ra",
    errorBody:
      "Xin lỗi, chúng tôi chưa thể hiển thị trang này lúc này. Vui lòng thử lại sau ít phút.",
    errorCode: "Mã lỗi: {status, number}",
    forbiddenTitle: "Bạn không có quyền xem trang này",
    forbiddenBody:
      "Trang này dành cho tài khoản có vai trò phù hợp (chủ thể OCOP, hội đồng đánh giá hoặc quản trị viên). Nếu bạn có tài khoản khác, hãy đăng xuất rồi đăng nhập bằng tài khoản đó.",
    tooManyRequestsTitle: "Bạn thao tác quá nhanh",
    tooManyRequestsBody: "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng chờ khoảng một phút rồi thử lại.",
  },
  en: {
    notFoundTitle: "Page not found",
    notFoundBody: "The page you are looking for does not exist, or the product is no longer sold.",
    notFoundCatalogue: "See all products",
    notFoundSearch: "Search for products with a similar name",
    notFoundSearchButton: "Search",
    backHome: "Back to the home page",
    errorTitle: "Something went wrong",
    errorBody: "Sorry, we cannot show this page right now. Please try again in a few minutes.",
    errorCode: "Error code: {status, number}",
    forbiddenTitle: "You cannot open this page",
    forbiddenBody:
      "This page is for accounts with a matching role (OCOP producer, rating council or administrator). If you have another account, log out and log in with it.",
    tooManyRequestsTitle: "Too many requests",
    tooManyRequestsBody: "You have sent too many requests in a short time. Please wait about a minute and try again.",
  },
});
