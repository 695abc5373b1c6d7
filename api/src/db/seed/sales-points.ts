import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import type { OpeningHours } from '../../modules/salespoints/opening-hours.js';
import type { SalesPointKind } from '../../modules/salespoints/sales-point-kind.js';

/** Every day, or Monday to Friday, from `opens` to `closes`. */
const daily = (opens: string, closes: string, days = [1, 2, 3, 4, 5, 6, 7]): OpeningHours => days.map((day) => ({ day, opens, closes }));
const WEEKDAYS = [1, 2, 3, 4, 5];

interface DemoPoint {
  slug: string;
  name: string;
  kind: SalesPointKind;
  chainName?: string;
  provinceCode: string;
  addressLine?: string;
  lat?: number;
  lng?: number;
  url?: string;
  hours: OpeningHours;
  phone?: string;
}

/**
 * Demo sales points across provinces (addresses and coordinates look real; they are not official
 * listings). The first two are managed by the demo manager account.
 */
export const DEMO_SALES_POINTS: DemoPoint[] = [
  { slug: 'diem-ocop-ha-noi-hoan-kiem', name: 'Điểm giới thiệu và bán sản phẩm OCOP Hà Nội – Hoàn Kiếm', kind: 'OCOP_SHOWROOM', provinceCode: '01', addressLine: '25 Hàng Bài, phường Hoàn Kiếm', lat: 21.0236, lng: 105.853, hours: daily('08:00', '21:00'), phone: '024 3825 0000' },
  { slug: 'showroom-ocop-cau-giay', name: 'Showroom OCOP Cầu Giấy', kind: 'OCOP_SHOWROOM', provinceCode: '01', addressLine: '88 Trần Thái Tông, phường Cầu Giấy', lat: 21.0331, lng: 105.7902, hours: daily('08:30', '18:00', WEEKDAYS) },
  { slug: 'cua-hang-ocop-long-bien', name: 'Cửa hàng OCOP Long Biên', kind: 'OCOP_SHOWROOM', provinceCode: '01', addressLine: '12 Nguyễn Văn Cừ, phường Bồ Đề', lat: 21.0442, lng: 105.877, hours: daily('08:00', '20:00') },
  { slug: 'diem-ocop-ha-dong', name: 'Điểm bán sản phẩm OCOP Hà Đông', kind: 'OCOP_SHOWROOM', provinceCode: '01', addressLine: '45 Quang Trung, phường Hà Đông', lat: 20.9712, lng: 105.7763, hours: daily('08:00', '19:30') },
  { slug: 'winmart-royal-city-quay-ocop', name: 'Quầy OCOP – WinMart Royal City', kind: 'RETAIL_CHAIN_SHELF', chainName: 'WinMart', provinceCode: '01', addressLine: '72A Nguyễn Trãi, phường Thanh Xuân', lat: 21.0027, lng: 105.8153, hours: daily('08:00', '22:00') },
  { slug: 'coopmart-ha-dong-quay-ocop', name: 'Quầy OCOP – Co.opmart Hà Đông', kind: 'RETAIL_CHAIN_SHELF', chainName: 'Co.opmart', provinceCode: '01', addressLine: 'Khu đô thị Văn Quán, phường Hà Đông', lat: 20.9797, lng: 105.7874, hours: daily('07:30', '22:00') },
  { slug: 'cua-hang-gom-bat-trang', name: 'Cửa hàng gốm làng nghề Bát Tràng', kind: 'CRAFT_VILLAGE_SHOP', provinceCode: '01', addressLine: 'Chợ gốm Bát Tràng, xã Bát Tràng', lat: 20.9763, lng: 105.9117, hours: daily('07:30', '18:00') },
  { slug: 'cua-hang-lua-van-phuc', name: 'Cửa hàng lụa làng nghề Vạn Phúc', kind: 'CRAFT_VILLAGE_SHOP', provinceCode: '01', addressLine: 'Làng lụa Vạn Phúc, phường Hà Đông', lat: 20.9801, lng: 105.7718, hours: daily('08:00', '19:00') },
  { slug: 'ki-ot-ocop-ho-guom', name: 'Ki-ốt OCOP phố đi bộ Hồ Gươm', kind: 'TOURIST_SITE_KIOSK', provinceCode: '01', addressLine: 'Đinh Tiên Hoàng, phường Hoàn Kiếm', lat: 21.0296, lng: 105.8527, hours: [5, 6, 7].map((day) => ({ day, opens: '18:00', closes: '00:00' })) },
  { slug: 'trung-tam-ocop-tphcm', name: 'Trung tâm giới thiệu sản phẩm OCOP TP.HCM', kind: 'OCOP_SHOWROOM', provinceCode: '79', addressLine: '92 Lê Thánh Tôn, phường Bến Thành', lat: 10.7758, lng: 106.7004, hours: daily('08:00', '21:00') },
  { slug: 'coopmart-cong-quynh-quay-ocop', name: 'Quầy OCOP – Co.opmart Cống Quỳnh', kind: 'RETAIL_CHAIN_SHELF', chainName: 'Co.opmart', provinceCode: '79', addressLine: '189C Cống Quỳnh, phường Bến Thành', lat: 10.7659, lng: 106.6898, hours: daily('07:30', '22:00') },
  { slug: 'coopmart-hue-quay-ocop', name: 'Quầy OCOP – Co.opmart Huế', kind: 'RETAIL_CHAIN_SHELF', chainName: 'Co.opmart', provinceCode: '46', addressLine: '6 Trần Hưng Đạo, phường Phú Xuân', lat: 16.4706, lng: 107.5871, hours: daily('08:00', '22:00') },
  { slug: 'lang-non-tay-ho-hue', name: 'Cửa hàng làng nón Tây Hồ', kind: 'CRAFT_VILLAGE_SHOP', provinceCode: '46', addressLine: 'Làng Tây Hồ, phường Phú Hồ', lat: 16.4325, lng: 107.6202, hours: daily('07:00', '17:30') },
  { slug: 'winmart-da-nang-quay-ocop', name: 'Quầy OCOP – WinMart Đà Nẵng', kind: 'RETAIL_CHAIN_SHELF', chainName: 'WinMart', provinceCode: '48', addressLine: '478 Điện Biên Phủ, phường Thanh Khê', lat: 16.0667, lng: 108.1893, hours: daily('08:00', '22:00') },
  { slug: 'lang-gom-thanh-ha', name: 'Cửa hàng làng gốm Thanh Hà', kind: 'CRAFT_VILLAGE_SHOP', provinceCode: '48', addressLine: 'Làng gốm Thanh Hà, phường Hội An Tây', lat: 15.8773, lng: 108.3049, hours: daily('08:00', '18:00') },
  { slug: 'ki-ot-ocop-sa-pa', name: 'Ki-ốt OCOP quảng trường Sa Pa', kind: 'TOURIST_SITE_KIOSK', provinceCode: '15', addressLine: 'Quảng trường trung tâm, phường Sa Pa', lat: 22.3362, lng: 103.8437, hours: daily('08:00', '22:00') },
  { slug: 'ki-ot-ocop-trang-an', name: 'Ki-ốt OCOP bến thuyền Tràng An', kind: 'TOURIST_SITE_KIOSK', provinceCode: '37', addressLine: 'Bến thuyền Tràng An, xã Trường Yên', lat: 20.2541, lng: 105.9159, hours: daily('07:00', '17:00') },
  { slug: 'ki-ot-ocop-cho-dem-da-lat', name: 'Ki-ốt OCOP chợ đêm Đà Lạt', kind: 'TOURIST_SITE_KIOSK', provinceCode: '68', addressLine: 'Chợ đêm Đà Lạt, phường Xuân Hương – Đà Lạt', lat: 11.9429, lng: 108.4368, hours: daily('18:00', '02:00') },
  { slug: 'showroom-ocop-can-tho', name: 'Showroom OCOP Cần Thơ', kind: 'OCOP_SHOWROOM', provinceCode: '92', addressLine: '02 Hai Bà Trưng, phường Ninh Kiều', lat: 10.0341, lng: 105.7881, hours: daily('08:00', '20:00') },
  { slug: 'showroom-ocop-thai-nguyen', name: 'Showroom OCOP Thái Nguyên', kind: 'OCOP_SHOWROOM', provinceCode: '19', addressLine: '1 Hoàng Văn Thụ, phường Phan Đình Phùng', lat: 21.5929, lng: 105.8441, hours: daily('07:30', '17:30', [1, 2, 3, 4, 5, 6]) },
  { slug: 'gian-hang-ocop-ha-noi-shopee', name: 'Gian hàng OCOP Hà Nội trên Shopee', kind: 'ONLINE_CHANNEL', chainName: 'Shopee', provinceCode: '01', url: 'https://shopee.vn/ocop.hanoi', hours: [] },
  { slug: 'san-ocop-viet-postmart', name: 'Sàn OCOP Việt trên Postmart', kind: 'ONLINE_CHANNEL', chainName: 'Postmart', provinceCode: '01', url: 'https://postmart.vn/ocop', hours: [] },
];

/** Slugs of the points the demo manager account manages. */
export const DEMO_MANAGED_POINTS = ['diem-ocop-ha-noi-hoan-kiem', 'showroom-ocop-cau-giay'];

const id = (slug: string) => `spt_demo_${slug.replace(/-/g, '_')}`;

/**
 * Writes the demo sales points (kept across reseeds, like tourism operators) and their listings
 * (products are replaced by a reseed, and their listings with them): each physical point confirms
 * up to 8 products of its province's producers, online channels 10 of Hà Nội's; the demo producer's
 * products are at the Hoàn Kiếm point (the last one only requested, awaiting the manager), and one
 * stays unlisted for the demo to request. Deterministic: ordered by id.
 */
export async function writeDemoSalesPoints(em: EntityManager, options: { demoProducerId: string | null; managerUserId: string; adminUserId: string }) {
  const points = DEMO_SALES_POINTS;
  await rows(
    em,
    `insert into sales_point (id, slug, name, kind, chain_name, province_id, address_line, latitude, longitude, url, opening_hours, time_zone, phone,
       approved_at, approved_by_id, created_by_id, created_at, updated_at)
     select p.id, p.slug, p.name, p.kind::sales_point_kind, p.chain_name, pr.id, p.address_line, p.lat, p.lng, p.url, p.hours::jsonb, 'Asia/Ho_Chi_Minh', p.phone,
       now(), ?, ?, now(), now()
     from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::text[], ?::text[], ?::text[])
       as p(id, slug, name, kind, chain_name, province_code, address_line, lat, lng, url, hours, phone)
     join province pr on pr.code = p.province_code and pr.valid_to is null
     on conflict (id) do nothing`,
    [
      options.adminUserId, options.managerUserId,
      points.map((p) => id(p.slug)), points.map((p) => p.slug), points.map((p) => p.name), points.map((p) => p.kind), points.map((p) => p.chainName ?? null),
      points.map((p) => p.provinceCode), points.map((p) => p.addressLine ?? null), points.map((p) => p.lat ?? null), points.map((p) => p.lng ?? null),
      points.map((p) => p.url ?? null), points.map((p) => JSON.stringify(p.hours)), points.map((p) => p.phone ?? null),
    ],
  );
  for (const slug of DEMO_MANAGED_POINTS) {
    await rows(
      em,
      `insert into role_assignment (id, user_id, kind, sales_point_id, created_at) values (?, ?, 'SALES_POINT_MANAGER', ?, now()) on conflict do nothing`,
      [`rol_demo_manager_${slug.replace(/-/g, '_')}`, options.managerUserId, id(slug)],
    );
  }
  const demoProducts = options.demoProducerId
    ? (await rows<{ id: string }>(em, `select id from product where producer_id = ? and status = 'PUBLISHED' order by id`, [options.demoProducerId])).map((r) => r.id)
    : [];
  // The demo producer's products are listed at four Hà Nội points, except the last one: only requested at
  // Cầu Giấy, and free at Hoàn Kiếm for the demo (and the e2e journey) to request.
  const listed = demoProducts.length > 1 ? demoProducts.slice(0, -1) : demoProducts;
  const requestedOne = demoProducts.length > 1 ? demoProducts.at(-1)! : null;
  const hoanKiem = id(DEMO_MANAGED_POINTS[0]!);
  const cauGiay = id(DEMO_MANAGED_POINTS[1]!);
  // Stock levels cycle deterministically; some are not given.
  await rows(
    em,
    `insert into sales_point_product (point_id, product_id, state, stock_level, requested_by_id, decided_by_id, decided_at, created_at, updated_at)
     select sp.id, chosen.product_id, 'CONFIRMED',
       (array['IN_STOCK', 'IN_STOCK', 'LOW', null, 'OUT_OF_STOCK'])[1 + (chosen.n % 5)]::sales_point_stock_level,
       null, ?, now(), now(), now()
     from sales_point sp
     join province spp on spp.id = sp.province_id
     cross join lateral (
       select p.id as product_id, row_number() over (order by p.id) as n
       from product p join producer pr on pr.id = p.producer_id join province pp on pp.id = pr.province_id
       where p.status = 'PUBLISHED' and pr.verified and p.id <> all(?::text[])
         and (case when sp.kind = 'ONLINE_CHANNEL' then '01' else spp.code end) = coalesce((select s.code from province s where s.id = pp.successor_id), pp.code)
       order by p.id limit (case when sp.kind = 'ONLINE_CHANNEL' then 10 else 8 end)
     ) chosen
     where sp.id = any(?::text[])
     on conflict do nothing`,
    [options.managerUserId, demoProducts, points.map((p) => id(p.slug))],
  );
  const demoAt = [hoanKiem, id('ki-ot-ocop-ho-guom'), id('gian-hang-ocop-ha-noi-shopee'), id('winmart-royal-city-quay-ocop')];
  for (const productId of listed) {
    for (const pointId of demoAt) {
      await rows(
        em,
        `insert into sales_point_product (point_id, product_id, state, stock_level, decided_by_id, decided_at, created_at, updated_at)
         values (?, ?, 'CONFIRMED', 'IN_STOCK', ?, now(), now(), now()) on conflict do nothing`,
        [pointId, productId, options.managerUserId],
      );
    }
  }
  if (requestedOne) {
    // The demo producer's pending request, waiting for the demo manager at Cầu Giấy.
    await rows(
      em,
      `insert into sales_point_product (point_id, product_id, state, stock_level, requested_by_id, created_at, updated_at)
       select ?, ?, 'REQUESTED', 'IN_STOCK', r.user_id, now(), now() from role_assignment r
       where r.producer_id = ? and r.kind = 'PRODUCER_MEMBER' order by r.id limit 1
       on conflict do nothing`,
      [cauGiay, requestedOne, options.demoProducerId],
    );
  }
}
