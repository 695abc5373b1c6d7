import { Migration } from '@mikro-orm/migrations';

/**
 * The programme plans every installation measures (reference data, like provinces and criteria sets,
 * so a migration rather than the demo seed: a production database with no demo data still shows
 * them). Figures as quoted in the programme issue (#7):
 * - Hải Phòng (as issued, before the 2025 merger) 2021–2025: develop and upgrade 335 OCOP products, at
 *   least 5 at 5★;
 * - Hải Dương 2023–2025: at least 50 products at 3★+ each year, 150 more by 2025 with at least 3 at 5★;
 * - Hà Nội 2019–2020: 1,000 products evaluated by 2020;
 * - national 2021–2025: at least 30% of OCOP producers selling through modern channels, 8 OCOP sales
 *   points (the source quotes these without a province, so the plan is national; an admin can move it).
 * Decision references are not known to us: left null rather than invented. Admins edit plans afterwards.
 */
export class Migration20261123145900_programme_plans_reference extends Migration {

  override name = 'Migration20261123145900_programme_plans_reference';

  override up(): void | Promise<void> {
    this.addSql(`insert into "programme_plan" (id, province_id, title, period_start, period_end, decision_reference, created_by_id, created_at, updated_at) values
      ('pln_hai_phong_2021_2025', 'prv_old_31', 'Hải Phòng 2021–2025', '2021-01-01', '2025-12-31', null, null, now(), now()),
      ('pln_hai_duong_2023_2025', 'prv_old_30', 'Hải Dương 2023–2025', '2023-01-01', '2025-12-31', null, null, now(), now()),
      ('pln_ha_noi_2019_2020', 'prv_old_01', 'Hà Nội 2019–2020', '2019-01-01', '2020-12-31', null, null, now(), now()),
      ('pln_national_channels_2021_2025', null, 'Kênh bán hiện đại và điểm bán OCOP 2021–2025', '2021-01-01', '2025-12-31', null, null, now(), now());`);
    this.addSql(`insert into "programme_target" (id, plan_id, kind, label, target_value, min_stars, denominator, position) values
      ('tgt_hai_phong_335', 'pln_hai_phong_2021_2025', 'PRODUCTS_CERTIFIED_MIN_STARS', 'Phát triển và nâng cấp 335 sản phẩm OCOP', 335, 3, null, 0),
      ('tgt_hai_phong_5_stars', 'pln_hai_phong_2021_2025', 'PRODUCTS_CERTIFIED_MIN_STARS', 'Ít nhất 5 sản phẩm đạt 5 sao', 5, 5, null, 1),
      ('tgt_hai_duong_per_year', 'pln_hai_duong_2023_2025', 'PRODUCTS_PER_YEAR_MIN_STARS', 'Mỗi năm ít nhất 50 sản phẩm đạt 3 sao trở lên', 50, 3, null, 0),
      ('tgt_hai_duong_150', 'pln_hai_duong_2023_2025', 'PRODUCTS_CERTIFIED_MIN_STARS', 'Thêm 150 sản phẩm OCOP đến năm 2025', 150, 3, null, 1),
      ('tgt_hai_duong_5_stars', 'pln_hai_duong_2023_2025', 'PRODUCTS_CERTIFIED_MIN_STARS', 'Ít nhất 3 sản phẩm đạt 5 sao', 3, 5, null, 2),
      ('tgt_ha_noi_evaluated', 'pln_ha_noi_2019_2020', 'PRODUCTS_EVALUATED', 'Đánh giá, phân hạng 1.000 sản phẩm đến năm 2020', 1000, null, null, 0),
      ('tgt_national_channels', 'pln_national_channels_2021_2025', 'SHARE_PRODUCERS_MODERN_CHANNELS', 'Ít nhất 30% chủ thể OCOP bán qua kênh hiện đại', 30, null, null, 0),
      ('tgt_national_sales_points', 'pln_national_channels_2021_2025', 'SALES_POINTS_COUNT', '8 điểm giới thiệu và bán sản phẩm OCOP', 8, null, null, 1);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "programme_plan" where id in ('pln_hai_phong_2021_2025', 'pln_hai_duong_2023_2025', 'pln_ha_noi_2019_2020', 'pln_national_channels_2021_2025');`);
  }

}
