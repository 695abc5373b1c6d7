import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';

interface DemoVillage {
  slug: string;
  name: string;
  craft: string;
  /** The unit it is recorded under: a current province, or a pre-2025 one (rolls up), e.g. Bắc Ninh's old 27. */
  provinceId: string;
  /** How many of its province's OCOP producers the demo places in it (0: none recorded). */
  producers: number;
}

/**
 * Well-known craft villages (làng nghề) across provinces, for the demo: names and crafts are real,
 * recognition decisions are left out rather than invented. Villages of provinces merged in 2025 are
 * recorded under the old unit (Bắc Ninh 27, Hải Dương, Quảng Nam…) and roll up into today's.
 */
export const DEMO_CRAFT_VILLAGES: DemoVillage[] = [
  { slug: 'bat-trang', name: 'Làng gốm Bát Tràng', craft: 'gốm sứ', provinceId: 'prv_01', producers: 3 },
  { slug: 'van-phuc', name: 'Làng lụa Vạn Phúc', craft: 'dệt lụa', provinceId: 'prv_01', producers: 2 },
  { slug: 'phu-vinh', name: 'Làng mây tre đan Phú Vinh', craft: 'mây tre đan', provinceId: 'prv_01', producers: 1 },
  { slug: 'lang-chuong', name: 'Làng nón Chuông', craft: 'nón lá', provinceId: 'prv_01', producers: 0 },
  { slug: 'ha-thai', name: 'Làng sơn mài Hạ Thái', craft: 'sơn mài', provinceId: 'prv_01', producers: 0 },
  { slug: 'phu-lang', name: 'Làng gốm Phù Lãng', craft: 'gốm', provinceId: 'prv_old_27', producers: 1 },
  { slug: 'dong-ho', name: 'Làng tranh Đông Hồ', craft: 'tranh dân gian', provinceId: 'prv_old_27', producers: 1 },
  { slug: 'dong-ky', name: 'Làng gỗ mỹ nghệ Đồng Kỵ', craft: 'đồ gỗ mỹ nghệ', provinceId: 'prv_old_27', producers: 0 },
  { slug: 'chu-dau', name: 'Làng gốm Chu Đậu', craft: 'gốm', provinceId: 'prv_old_30', producers: 1 },
  { slug: 'chau-khe', name: 'Làng chạm bạc Châu Khê', craft: 'chạm bạc', provinceId: 'prv_old_30', producers: 0 },
  { slug: 'tan-cuong', name: 'Làng chè Tân Cương', craft: 'chè', provinceId: 'prv_19', producers: 2 },
  { slug: 'van-lam', name: 'Làng thêu ren Văn Lâm', craft: 'thêu ren', provinceId: 'prv_37', producers: 1 },
  { slug: 'kim-son', name: 'Làng chiếu cói Kim Sơn', craft: 'dệt chiếu cói', provinceId: 'prv_37', producers: 0 },
  { slug: 'tay-ho-hue', name: 'Làng nón Tây Hồ', craft: 'nón lá', provinceId: 'prv_46', producers: 1 },
  { slug: 'thanh-tien', name: 'Làng hoa giấy Thanh Tiên', craft: 'hoa giấy', provinceId: 'prv_46', producers: 0 },
  { slug: 'thanh-ha', name: 'Làng gốm Thanh Hà', craft: 'gốm', provinceId: 'prv_old_49', producers: 1 },
  { slug: 'kim-bong', name: 'Làng mộc Kim Bồng', craft: 'mộc', provinceId: 'prv_old_49', producers: 0 },
  { slug: 'non-nuoc', name: 'Làng đá mỹ nghệ Non Nước', craft: 'đá mỹ nghệ', provinceId: 'prv_48', producers: 1 },
  { slug: 'tuong-binh-hiep', name: 'Làng sơn mài Tương Bình Hiệp', craft: 'sơn mài', provinceId: 'prv_old_74', producers: 1 },
  { slug: 'sa-dec', name: 'Làng hoa Sa Đéc', craft: 'hoa kiểng', provinceId: 'prv_old_87', producers: 1 },
  { slug: 'mo-cay', name: 'Làng kẹo dừa Mỏ Cày', craft: 'kẹo dừa', provinceId: 'prv_old_83', producers: 0 },
];

const id = (slug: string) => `cvl_demo_${slug.replace(/-/g, '_')}`;

/**
 * Writes the demo craft villages (kept across reseeds, like sales points) and places producers in
 * them (a reseed replaces producers, and their places with them). A village's producers are OCOP
 * producers of its province today (a certificate in force), handicraft makers first, by id, each
 * in one village; producers with accounts (the demo producer) are left out so the journeys stay
 * independent. Two statements whatever the catalogue size.
 */
export async function writeDemoCraftVillages(em: EntityManager) {
  const villages = DEMO_CRAFT_VILLAGES;
  await rows(
    em,
    `insert into craft_village (id, name, province_id, craft, created_at, updated_at)
     select v.id, v.name, v.province_id, v.craft, now(), now()
     from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as v(id, name, province_id, craft)
     on conflict (id) do nothing`,
    [villages.map((v) => id(v.slug)), villages.map((v) => v.name), villages.map((v) => v.provinceId), villages.map((v) => v.craft)],
  );
  await rows(
    em,
    `with v as (select * from unnest(?::text[], ?::int[]) as v(id, n)),
          placed as (
            select v.id, v.n, coalesce(p.successor_id, p.id) as cur,
                   coalesce(sum(v.n) over (partition by coalesce(p.successor_id, p.id) order by v.id rows between unbounded preceding and 1 preceding), 0) as offs
            from v join craft_village cv on cv.id = v.id join province p on p.id = cv.province_id),
          ocop as (
            select pr.id, coalesce(pp.successor_id, pp.id) as cur,
                   row_number() over (partition by coalesce(pp.successor_id, pp.id) order by bool_or(p."group" = 'HANDICRAFTS') desc, pr.id) as rn
            from producer pr join province pp on pp.id = pr.province_id join product p on p.producer_id = pr.id join certificate c on c.product_id = p.id
            where pr.verified and c.state = 'RECOGNISED' and c.decision_date <= current_date and c.valid_until >= current_date
              and not exists (select 1 from role_assignment r where r.producer_id = pr.id)
            group by pr.id, pp.successor_id, pp.id)
     insert into craft_village_producer (producer_id, village_id, linked_at)
     select ocop.id, placed.id, now() from placed join ocop on ocop.cur = placed.cur and ocop.rn > placed.offs and ocop.rn <= placed.offs + placed.n
     on conflict do nothing`,
    [villages.map((v) => id(v.slug)), villages.map((v) => v.producers)],
  );
}
