import type { ProductGroup } from '../../../modules/catalog/product-group.js';

/**
 * Real OCOP-style specialties and the province (code as issued) they come from. The generator pairs
 * each with producers from that province and pack sizes, so names read like real listings.
 */
export interface Specialty {
  name: string;
  group: ProductGroup;
  /** Code of the pre-2025 province the specialty comes from (its producers registered there). */
  provinceCode: string;
  /** OCOP product set code (01–26). */
  set: string;
  /** Price of the smallest pack, in đồng. */
  basePrice: number;
  packs: string[];
  description: string;
}

export const SPECIALTIES: Specialty[] = [
  // I. Thực phẩm
  { name: 'Bánh đậu xanh', group: 'FOOD', provinceCode: '30', set: '08', basePrice: 45_000, packs: ['hộp 200 g', 'hộp 400 g', 'hộp quà 600 g'], description: 'Bánh đậu xanh truyền thống làm từ đậu xanh hạt nhỏ, mỡ lợn và đường kính, mềm mịn, tan trong miệng.' },
  { name: 'Nước mắm cốt cá cơm', group: 'FOOD', provinceCode: '91', set: '11', basePrice: 85_000, packs: ['chai 500 ml', 'chai 750 ml', 'can 2 lít'], description: 'Nước mắm ủ chượp 12 tháng trong thùng gỗ, độ đạm cao, màu cánh gián, hậu vị ngọt.' },
  { name: 'Gạo ST25', group: 'FOOD', provinceCode: '94', set: '03', basePrice: 38_000, packs: ['túi 2 kg', 'túi 5 kg', 'bao 10 kg'], description: 'Gạo thơm ST25 trồng theo mô hình tôm – lúa, hạt dài, cơm dẻo và thơm mùi lá dứa.' },
  { name: 'Mật ong bạc hà', group: 'FOOD', provinceCode: '02', set: '04', basePrice: 180_000, packs: ['chai 300 ml', 'chai 500 ml', 'chai 1 lít'], description: 'Mật ong từ hoa bạc hà dại trên cao nguyên đá, màu vàng sáng, vị ngọt thanh.' },
  { name: 'Vải thiều sấy khô', group: 'FOOD', provinceCode: '24', set: '08', basePrice: 120_000, packs: ['túi 500 g', 'hộp 1 kg'], description: 'Vải thiều chín cây sấy bằng lò truyền thống, cùi dày, vị ngọt đậm.' },
  { name: 'Chả mực giã tay', group: 'FOOD', provinceCode: '22', set: '10', basePrice: 220_000, packs: ['hộp 500 g', 'hộp 1 kg'], description: 'Chả mực giã tay từ mực ống tươi, dai giòn, thơm ngọt.' },
  { name: 'Thịt trâu gác bếp', group: 'FOOD', provinceCode: '14', set: '09', basePrice: 350_000, packs: ['túi 250 g', 'túi 500 g'], description: 'Thịt trâu ướp mắc khén, hạt dổi rồi hun khói trên gác bếp theo cách của đồng bào Thái.' },
  { name: 'Bưởi Diễn', group: 'FOOD', provinceCode: '01', set: '01', basePrice: 60_000, packs: ['quả 1,2 kg', 'hộp 2 quả'], description: 'Bưởi Diễn vỏ mỏng, tép vàng, mọng nước, vị ngọt mát.' },
  { name: 'Kẹo dừa', group: 'FOOD', provinceCode: '83', set: '08', basePrice: 35_000, packs: ['gói 250 g', 'hộp 500 g'], description: 'Kẹo dừa nấu từ nước cốt dừa, mạch nha và đường, dẻo thơm.' },
  { name: 'Hạt điều rang muối', group: 'FOOD', provinceCode: '70', set: '08', basePrice: 150_000, packs: ['hũ 250 g', 'hũ 500 g'], description: 'Hạt điều loại W240 rang củi còn vỏ lụa, giòn bùi.' },
  { name: 'Mắm tôm chua', group: 'FOOD', provinceCode: '46', set: '11', basePrice: 55_000, packs: ['hũ 300 g', 'hũ 500 g'], description: 'Mắm tôm chua làm từ tôm đất, riềng, tỏi, ớt và măng đu đủ.' },
  { name: 'Miến dong', group: 'FOOD', provinceCode: '04', set: '07', basePrice: 65_000, packs: ['túi 500 g', 'túi 1 kg'], description: 'Miến làm từ tinh bột củ dong riềng, sợi dai, không hóa chất.' },
  { name: 'Tiêu đen', group: 'FOOD', provinceCode: '66', set: '12', basePrice: 90_000, packs: ['hũ 200 g', 'túi 500 g'], description: 'Hạt tiêu đen phơi nắng, cay nồng, thơm đặc trưng vùng đất đỏ bazan.' },
  { name: 'Chè búp Tân Cương', group: 'FOOD', provinceCode: '19', set: '13', basePrice: 150_000, packs: ['gói 200 g', 'hộp 500 g'], description: 'Chè búp sao tay, cánh xoăn nhỏ, nước xanh vàng, vị chát dịu hậu ngọt.' },
  { name: 'Chè Shan tuyết cổ thụ', group: 'FOOD', provinceCode: '02', set: '13', basePrice: 250_000, packs: ['gói 100 g', 'hộp 250 g'], description: 'Chè từ những cây Shan tuyết cổ thụ trên 100 năm tuổi, búp phủ lông tơ trắng.' },
  { name: 'Cà phê Robusta rang mộc', group: 'FOOD', provinceCode: '66', set: '14', basePrice: 110_000, packs: ['túi 250 g', 'túi 500 g', 'túi 1 kg'], description: 'Cà phê Robusta hái chín, rang mộc không tẩm, đậm đà.' },
  // II. Đồ uống
  { name: 'Rượu làng Vân', group: 'BEVERAGES', provinceCode: '24', set: '15', basePrice: 160_000, packs: ['chai 500 ml', 'bình 1 lít'], description: 'Rượu nếp cái hoa vàng cất theo bí quyết làng Vân, êm và thơm.' },
  { name: 'Rượu ngô men lá', group: 'BEVERAGES', provinceCode: '02', set: '15', basePrice: 120_000, packs: ['chai 500 ml', 'can 2 lít'], description: 'Rượu ngô nấu với men lá rừng của đồng bào Mông.' },
  { name: 'Rượu sim', group: 'BEVERAGES', provinceCode: '91', set: '16', basePrice: 140_000, packs: ['chai 500 ml', 'chai 750 ml'], description: 'Rượu vang từ trái sim rừng chín, màu tím đỏ, vị chua ngọt.' },
  { name: 'Nước cốt gừng', group: 'BEVERAGES', provinceCode: '51', set: '18', basePrice: 75_000, packs: ['chai 250 ml', 'chai 500 ml'], description: 'Nước cốt gừng sẻ nguyên chất, ấm bụng, dùng pha trà hoặc nấu ăn.' },
  { name: 'Nước mía sầu riêng', group: 'BEVERAGES', provinceCode: '92', set: '18', basePrice: 25_000, packs: ['chai 330 ml', 'thùng 12 chai'], description: 'Nước mía tươi ép lạnh kết hợp sầu riêng chín, đóng chai thanh trùng.' },
  { name: 'Trà atiso túi lọc', group: 'BEVERAGES', provinceCode: '68', set: '18', basePrice: 60_000, packs: ['hộp 20 túi', 'hộp 50 túi'], description: 'Trà từ bông và thân atiso, thanh nhiệt, mát gan.' },
  { name: 'Sữa ngô', group: 'BEVERAGES', provinceCode: '25', set: '18', basePrice: 20_000, packs: ['chai 330 ml', 'thùng 24 chai'], description: 'Sữa ngô nếp tươi, không chất bảo quản.' },
  // III. Dược liệu
  { name: 'Tinh dầu quế', group: 'HERBAL', provinceCode: '15', set: '21', basePrice: 95_000, packs: ['lọ 10 ml', 'lọ 30 ml'], description: 'Tinh dầu chưng cất từ vỏ và lá quế Văn Yên, thơm ấm.' },
  { name: 'Cao ban long', group: 'HERBAL', provinceCode: '40', set: '19', basePrice: 450_000, packs: ['hộp 100 g', 'hộp 200 g'], description: 'Cao nấu từ gạc hươu theo phương pháp cổ truyền.' },
  { name: 'Sâm Ngọc Linh ngâm mật ong', group: 'HERBAL', provinceCode: '62', set: '19', basePrice: 1_200_000, packs: ['hũ 300 g', 'hũ 500 g'], description: 'Sâm Ngọc Linh thái lát ngâm mật ong rừng.' },
  { name: 'Trà hoa vàng', group: 'HERBAL', provinceCode: '22', set: '21', basePrice: 380_000, packs: ['hộp 50 g', 'hộp 100 g'], description: 'Hoa trà vàng sấy lạnh, nước vàng óng, vị ngọt dịu.' },
  { name: 'Tinh bột nghệ', group: 'HERBAL', provinceCode: '40', set: '19', basePrice: 180_000, packs: ['hũ 200 g', 'hũ 500 g'], description: 'Tinh bột nghệ vàng nguyên chất tách dầu.' },
  { name: 'Dầu tràm', group: 'HERBAL', provinceCode: '46', set: '21', basePrice: 70_000, packs: ['chai 50 ml', 'chai 100 ml'], description: 'Dầu tràm nguyên chất chưng cất từ lá tràm gió.' },
  { name: 'Cà gai leo túi lọc', group: 'HERBAL', provinceCode: '37', set: '21', basePrice: 85_000, packs: ['hộp 25 túi', 'hộp 50 túi'], description: 'Trà thảo dược cà gai leo, hỗ trợ chức năng gan.' },
  // IV. Thủ công mỹ nghệ
  { name: 'Gốm men lam Bát Tràng', group: 'HANDICRAFTS', provinceCode: '01', set: '22', basePrice: 250_000, packs: ['bình hoa', 'bộ ấm chén', 'đĩa trang trí'], description: 'Gốm vẽ tay men lam trên nền trắng ngà, nung ở 1.250 °C.' },
  { name: 'Lụa tơ tằm Vạn Phúc', group: 'HANDICRAFTS', provinceCode: '01', set: '24', basePrice: 450_000, packs: ['khăn choàng', 'khúc vải 2 m'], description: 'Lụa tơ tằm dệt trên khung máy làng Vạn Phúc, mềm mượt, hoa văn chìm.' },
  { name: 'Thổ cẩm dệt tay', group: 'HANDICRAFTS', provinceCode: '11', set: '24', basePrice: 320_000, packs: ['túi xách', 'khăn trải bàn', 'ví cầm tay'], description: 'Thổ cẩm dệt tay nhuộm chàm và màu tự nhiên của đồng bào Thái.' },
  { name: 'Chiếu cói', group: 'HANDICRAFTS', provinceCode: '37', set: '23', basePrice: 180_000, packs: ['chiếu 1,6 m', 'chiếu 1,8 m'], description: 'Chiếu dệt từ cói Kim Sơn, sợi đều, bền màu.' },
  { name: 'Nón lá bài thơ', group: 'HANDICRAFTS', provinceCode: '46', set: '22', basePrice: 120_000, packs: ['nón trơn', 'nón vẽ tay'], description: 'Nón lá mỏng, lồng thơ và tranh giữa hai lớp lá.' },
  { name: 'Mây tre đan', group: 'HANDICRAFTS', provinceCode: '01', set: '23', basePrice: 150_000, packs: ['giỏ', 'khay', 'đèn trang trí'], description: 'Đồ mây tre đan thủ công làng Phú Vinh, sấy chống mốc.' },
  { name: 'Sơn mài', group: 'HANDICRAFTS', provinceCode: '74', set: '22', basePrice: 600_000, packs: ['tranh 40×60 cm', 'hộp trang sức'], description: 'Sơn mài khảm vỏ trứng, mài thủ công nhiều lớp.' },
  { name: 'Tranh Đông Hồ', group: 'HANDICRAFTS', provinceCode: '27', set: '22', basePrice: 90_000, packs: ['tranh đơn', 'bộ 4 tranh'], description: 'Tranh in mộc bản trên giấy điệp với màu tự nhiên.' },
  // V. Sinh vật cảnh
  { name: 'Đào Nhật Tân', group: 'ORNAMENTAL', provinceCode: '01', set: '25', basePrice: 800_000, packs: ['cành', 'gốc thế'], description: 'Đào bích cánh kép Nhật Tân, nở đúng Tết.' },
  { name: 'Quất cảnh Tứ Liên', group: 'ORNAMENTAL', provinceCode: '01', set: '25', basePrice: 900_000, packs: ['chậu nhỏ', 'chậu lớn'], description: 'Quất cảnh dáng tròn, quả đều, lá xanh mượt.' },
  { name: 'Lan hồ điệp', group: 'ORNAMENTAL', provinceCode: '68', set: '25', basePrice: 650_000, packs: ['chậu 3 cành', 'chậu 5 cành'], description: 'Lan hồ điệp trồng trong nhà kính Đà Lạt, hoa bền 2–3 tháng.' },
  { name: 'Mai vàng Bình Định', group: 'ORNAMENTAL', provinceCode: '52', set: '25', basePrice: 1_500_000, packs: ['chậu nhỏ', 'gốc bonsai'], description: 'Mai vàng năm cánh, dáng thế, ghép cành.' },
  { name: 'Cá Koi', group: 'ORNAMENTAL', provinceCode: '31', set: '25', basePrice: 300_000, packs: ['cá 15 cm', 'cá 30 cm'], description: 'Cá Koi thuần chủng nuôi trong hồ lọc sinh học.' },
  { name: 'Hoa cúc Tây Tựu', group: 'ORNAMENTAL', provinceCode: '01', set: '25', basePrice: 150_000, packs: ['bó 20 cành', 'chậu'], description: 'Hoa cúc tươi cắt cành, bông to, lâu tàn.' },
  // VI. Du lịch cộng đồng
  { name: 'Du lịch cộng đồng bản Lác', group: 'TOURISM', provinceCode: '17', set: '26', basePrice: 450_000, packs: ['gói 1 ngày', 'gói 2 ngày 1 đêm'], description: 'Nghỉ nhà sàn, ẩm thực Thái và đạp xe quanh thung lũng Mai Châu.' },
  { name: 'Trải nghiệm làm gốm Bát Tràng', group: 'TOURISM', provinceCode: '01', set: '26', basePrice: 150_000, packs: ['buổi 2 giờ', 'gói gia đình'], description: 'Tự tay nặn và vẽ gốm cùng nghệ nhân làng Bát Tràng.' },
  { name: 'Homestay làng cổ Đường Lâm', group: 'TOURISM', provinceCode: '01', set: '26', basePrice: 600_000, packs: ['1 đêm', '2 đêm'], description: 'Nghỉ trong nhà đá ong cổ, đi chợ quê và học nấu chè lam.' },
  { name: 'Du lịch sinh thái cồn Phụng', group: 'TOURISM', provinceCode: '83', set: '26', basePrice: 350_000, packs: ['tour nửa ngày', 'tour 1 ngày'], description: 'Đi xuồng trên rạch dừa, nghe đờn ca tài tử, thăm lò kẹo dừa.' },
  { name: 'Điểm du lịch đồi chè Long Cốc', group: 'TOURISM', provinceCode: '25', set: '26', basePrice: 250_000, packs: ['vé tham quan', 'gói chụp ảnh bình minh'], description: 'Săn mây trên đồi chè hình bát úp và hái chè cùng người dân.' },
];
