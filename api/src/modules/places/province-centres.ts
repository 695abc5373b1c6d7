/**
 * Administrative centres (seat of the provincial People's Committee) of the 34 current provinces
 * since 01/07/2025, in WGS84 degrees, by province code. Reference data for "near this province"
 * searches (the sales point map, "where to buy in person"); precision ~1 km is enough.
 */
export const PROVINCE_CENTRES: Record<string, { lat: number; lng: number }> = {
  '01': { lat: 21.0285, lng: 105.8542 }, // Hà Nội
  '04': { lat: 22.6657, lng: 106.257 }, // Cao Bằng
  '08': { lat: 21.8237, lng: 105.214 }, // Tuyên Quang
  '11': { lat: 21.386, lng: 103.023 }, // Điện Biên Phủ
  '12': { lat: 22.3964, lng: 103.4583 }, // Lai Châu
  '14': { lat: 21.327, lng: 103.9141 }, // Sơn La
  '15': { lat: 21.7229, lng: 104.9113 }, // Lào Cai (seat in Yên Bái)
  '19': { lat: 21.5942, lng: 105.8482 }, // Thái Nguyên
  '20': { lat: 21.8537, lng: 106.7615 }, // Lạng Sơn
  '22': { lat: 20.9599, lng: 107.0425 }, // Quảng Ninh (Hạ Long)
  '24': { lat: 21.2731, lng: 106.1946 }, // Bắc Ninh (seat in Bắc Giang)
  '25': { lat: 21.3227, lng: 105.4019 }, // Phú Thọ (Việt Trì)
  '31': { lat: 20.8449, lng: 106.6881 }, // Hải Phòng
  '33': { lat: 20.4463, lng: 106.3366 }, // Hưng Yên (seat in Thái Bình)
  '37': { lat: 20.5453, lng: 105.9122 }, // Ninh Bình (seat in Phủ Lý)
  '38': { lat: 19.8067, lng: 105.7852 }, // Thanh Hóa
  '40': { lat: 18.6796, lng: 105.6813 }, // Nghệ An (Vinh)
  '42': { lat: 18.3559, lng: 105.8877 }, // Hà Tĩnh
  '44': { lat: 17.4689, lng: 106.6223 }, // Quảng Trị (seat in Đồng Hới)
  '46': { lat: 16.4637, lng: 107.5909 }, // Huế
  '48': { lat: 16.0544, lng: 108.2022 }, // Đà Nẵng
  '51': { lat: 15.1214, lng: 108.8044 }, // Quảng Ngãi
  '52': { lat: 13.782, lng: 109.2197 }, // Gia Lai (seat in Quy Nhơn)
  '56': { lat: 12.2388, lng: 109.1967 }, // Khánh Hòa (Nha Trang)
  '66': { lat: 12.6667, lng: 108.05 }, // Đắk Lắk (Buôn Ma Thuột)
  '68': { lat: 11.9404, lng: 108.4583 }, // Lâm Đồng (Đà Lạt)
  '75': { lat: 10.9574, lng: 106.8427 }, // Đồng Nai (Biên Hòa)
  '79': { lat: 10.7769, lng: 106.7009 }, // Hồ Chí Minh
  '80': { lat: 10.5359, lng: 106.4137 }, // Tây Ninh (seat in Tân An)
  '82': { lat: 10.36, lng: 106.36 }, // Đồng Tháp (seat in Mỹ Tho)
  '86': { lat: 10.2537, lng: 105.9722 }, // Vĩnh Long
  '91': { lat: 10.0125, lng: 105.0809 }, // An Giang (seat in Rạch Giá)
  '92': { lat: 10.0452, lng: 105.7469 }, // Cần Thơ
  '96': { lat: 9.1769, lng: 105.1524 }, // Cà Mau
};
