/**
 * Province-level units. Current: the 34 units in force since 01/07/2025 (Resolution 202/2025/QH15),
 * codes from Decision 19/2025/QĐ-TTg. Historic: some of the 63 earlier provinces, with the current unit
 * they were merged into, so data issued under them (certificates, registrations) keeps its name.
 */
export interface ProvinceSeed {
  code: string;
  name: string;
  /** Fewer than the real number of communes; enough for seeding and maps to come. */
  kind: 'city' | 'province';
}

export const REFORM_DATE = '2025-07-01';

export const CURRENT_PROVINCES: ProvinceSeed[] = [
  { code: '01', name: 'Hà Nội', kind: 'city' },
  { code: '04', name: 'Cao Bằng', kind: 'province' },
  { code: '08', name: 'Tuyên Quang', kind: 'province' },
  { code: '11', name: 'Điện Biên', kind: 'province' },
  { code: '12', name: 'Lai Châu', kind: 'province' },
  { code: '14', name: 'Sơn La', kind: 'province' },
  { code: '15', name: 'Lào Cai', kind: 'province' },
  { code: '19', name: 'Thái Nguyên', kind: 'province' },
  { code: '20', name: 'Lạng Sơn', kind: 'province' },
  { code: '22', name: 'Quảng Ninh', kind: 'province' },
  { code: '24', name: 'Bắc Ninh', kind: 'province' },
  { code: '25', name: 'Phú Thọ', kind: 'province' },
  { code: '31', name: 'Hải Phòng', kind: 'city' },
  { code: '33', name: 'Hưng Yên', kind: 'province' },
  { code: '37', name: 'Ninh Bình', kind: 'province' },
  { code: '38', name: 'Thanh Hóa', kind: 'province' },
  { code: '40', name: 'Nghệ An', kind: 'province' },
  { code: '42', name: 'Hà Tĩnh', kind: 'province' },
  { code: '44', name: 'Quảng Trị', kind: 'province' },
  { code: '46', name: 'Huế', kind: 'city' },
  { code: '48', name: 'Đà Nẵng', kind: 'city' },
  { code: '51', name: 'Quảng Ngãi', kind: 'province' },
  { code: '52', name: 'Gia Lai', kind: 'province' },
  { code: '56', name: 'Khánh Hòa', kind: 'province' },
  { code: '66', name: 'Đắk Lắk', kind: 'province' },
  { code: '68', name: 'Lâm Đồng', kind: 'province' },
  { code: '75', name: 'Đồng Nai', kind: 'province' },
  { code: '79', name: 'Hồ Chí Minh', kind: 'city' },
  { code: '80', name: 'Tây Ninh', kind: 'province' },
  { code: '82', name: 'Đồng Tháp', kind: 'province' },
  { code: '86', name: 'Vĩnh Long', kind: 'province' },
  { code: '91', name: 'An Giang', kind: 'province' },
  { code: '92', name: 'Cần Thơ', kind: 'city' },
  { code: '96', name: 'Cà Mau', kind: 'province' },
];

/** Pre-2025 provinces (code as issued) and the current unit (code) they now belong to. */
export const HISTORIC_PROVINCES: { code: string; name: string; successorCode: string }[] = [
  { code: '02', name: 'Hà Giang', successorCode: '08' },
  { code: '30', name: 'Hải Dương', successorCode: '31' },
  { code: '34', name: 'Thái Bình', successorCode: '33' },
  { code: '35', name: 'Hà Nam', successorCode: '37' },
  { code: '36', name: 'Nam Định', successorCode: '37' },
  { code: '06', name: 'Bắc Kạn', successorCode: '19' },
  { code: '17', name: 'Hòa Bình', successorCode: '25' },
  { code: '62', name: 'Kon Tum', successorCode: '51' },
  { code: '83', name: 'Bến Tre', successorCode: '86' },
  { code: '94', name: 'Sóc Trăng', successorCode: '92' },
];

/** Valid-from of historic units is unknown here (founded at various dates); recorded as null. */
export const HISTORIC_VALID_TO = '2025-06-30';
