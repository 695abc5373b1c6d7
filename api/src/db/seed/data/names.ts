/** Name parts for generated producers: real Vietnamese words, combined deterministically. */
export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lò', 'Hà', 'Sầm'];
export const MIDDLE_NAMES = ['Thị', 'Văn', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Hữu', 'Thanh'];
export const GIVEN_NAMES = ['Lan', 'Hùng', 'Mai', 'Dũng', 'Hương', 'Sơn', 'Hạnh', 'Tuấn', 'Liên', 'Phúc', 'Yến', 'Khải', 'Thảo', 'Quý', 'Nga', 'Bình'];
export const PLACE_WORDS = ['Tân Cương', 'Suối Giàng', 'An Phú', 'Hòa Bình', 'Phú Lộc', 'Thành Công', 'Đồng Tâm', 'Hưng Thịnh', 'Bình Minh', 'Xuân Phương', 'Hồng Phong', 'Thanh Hà', 'Mường Lò', 'Vĩnh Hảo', 'Cửu Long', 'Sông Hồng'];
export const TRADE_WORDS = ['Nông nghiệp', 'Chè', 'Nông sản sạch', 'Dược liệu', 'Thủ công mỹ nghệ', 'Hoa cây cảnh', 'Du lịch cộng đồng', 'Thực phẩm', 'Chế biến nông sản', 'Làng nghề'];
