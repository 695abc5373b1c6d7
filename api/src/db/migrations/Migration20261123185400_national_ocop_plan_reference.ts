import { Migration } from '@mikro-orm/migrations';

/**
 * The national OCOP programme 2021–2025 (Decision 919/QĐ-TTg of 01/08/2022) as reference data, for
 * its craft-village target: at least 50% of craft villages have an OCOP product by 2025. Measured
 * since craft villages are modelled (SHARE_CRAFT_VILLAGES_WITH_OCOP); the other targets of the
 * decision can be added by an admin.
 */
export class Migration20261123185400_national_ocop_plan_reference extends Migration {

  override name = 'Migration20261123185400_national_ocop_plan_reference';

  override up(): void | Promise<void> {
    this.addSql(`insert into "programme_plan" (id, province_id, title, period_start, period_end, decision_reference, created_by_id, created_at, updated_at) values
      ('pln_national_ocop_2021_2025', null, 'Chương trình OCOP quốc gia 2021–2025', '2021-01-01', '2025-12-31', 'Quyết định 919/QĐ-TTg', null, now(), now())
      on conflict (id) do nothing;`);
    this.addSql(`insert into "programme_target" (id, plan_id, kind, label, target_value, min_stars, denominator, position) values
      ('tgt_national_craft_villages', 'pln_national_ocop_2021_2025', 'SHARE_CRAFT_VILLAGES_WITH_OCOP', 'Ít nhất 50% số làng nghề có sản phẩm OCOP', 50, null, null, 0)
      on conflict (id) do nothing;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "programme_plan" where id = 'pln_national_ocop_2021_2025';`);
  }

}
