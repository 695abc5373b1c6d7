/** Name parts for generated producers: real Vietnamese words, combined deterministically. */
export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lò', 'Hà', 'Sầm'];
export const MIDDLE_NAMES = ['Thị', 'Văn', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Hữu', 'Thanh'];
export const GIVEN_NAMES = ['Lan', 'Hùng', 'Mai', 'Dũng', 'Hương', 'Sơn', 'Hạnh', 'Tuấn', 'Liên', 'Phúc', 'Yến', 'Khải', 'Thảo', 'Quý', 'Nga', 'Bình'];
export const PLACE_WORDS = ['Tân Cương', 'Suối Giàng', 'An Phú', 'Hòa Bình', 'Phú Lộc', 'Thành Công', 'Đồng Tâm', 'Hưng Thịnh', 'Bình Minh', 'Xuân Phương', 'Hồng Phong', 'Thanh Hà', 'Mường Lò', 'Vĩnh Hảo', 'Cửu Long', 'Sông Hồng'];
import type { ProductGroup } from '../../../modules/catalog/product-group.js';

/** What a producer says it does, by the group it makes products in. */
export const TRADE_WORDS: Record<ProductGroup, string[]> = {
  FOOD: ['Nông nghiệp', 'Nông sản sạch', 'Thực phẩm', 'Chế biến nông sản', 'Đặc sản'],
  BEVERAGES: ['Đồ uống', 'Rượu truyền thống', 'Chế biến nông sản'],
  HERBAL: ['Dược liệu', 'Thảo dược', 'Nông lâm sản'],
  HANDICRAFTS: ['Thủ công mỹ nghệ', 'Làng nghề', 'Dệt may thổ cẩm'],
  ORNAMENTAL: ['Hoa cây cảnh', 'Sinh vật cảnh', 'Nông nghiệp công nghệ cao'],
  TOURISM: ['Du lịch cộng đồng', 'Du lịch sinh thái', 'Dịch vụ du lịch'],
};

/** Opening lines of producer stories. */
export const STORY_LINES = [
  'Từ nghề truyền thống của cha ông,',
  'Bắt đầu từ một nhóm hộ nông dân nhỏ,',
  'Với mong muốn đưa đặc sản quê hương đi xa,',
  'Gắn bó với vùng nguyên liệu hơn hai mươi năm,',
  'Là một trong những mô hình kinh tế tập thể tiêu biểu,',
];
