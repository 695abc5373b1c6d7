import { Migration } from '@mikro-orm/migrations';

/**
 * Reference data of the certification rules: the criteria sets of Decisions 1048/QĐ-TTg (2019) and
 * 148/QĐ-TTg (2023), and which council level recognises which stars before and after Decision
 * 1489/QĐ-TTg (06/07/2025). Later decrees add rows in later migrations; these rows never change.
 */
const BANDS = JSON.stringify([
  { minTotal: 90, stars: 5 },
  { minTotal: 70, stars: 4 },
  { minTotal: 50, stars: 3 },
  { minTotal: 30, stars: 2 },
  { minTotal: 0, stars: 1 },
]);

const parts = (a: number, b: number, c: number) =>
  JSON.stringify([
    { code: 'A', name: 'Sản phẩm và sức mạnh của cộng đồng', max: a },
    { code: 'B', name: 'Khả năng tiếp thị', max: b },
    { code: 'C', name: 'Chất lượng sản phẩm', max: c },
  ]);

const CRITERIA_SETS = [
  ['crs_01DJRQJ700PWYDEJRQEXHBYVNZ', '1048/2019', 'Quyết định số 1048/QĐ-TTg ngày 21/08/2019', '2019-08-21', '2023-02-23', parts(35, 25, 40)],
  ['crs_01GT0BGC006YJNB379D0FW7727', '148/2023', 'Quyết định số 148/QĐ-TTg ngày 24/02/2023', '2023-02-24', null, parts(40, 25, 35)],
] as const;

const BEFORE_1489 = 'Quyết định số 1048/QĐ-TTg (2019) và số 148/QĐ-TTg (2023)';
const FROM_1489 = 'Quyết định số 1489/QĐ-TTg (2025)';
const COUNCIL_LEVEL_RULES = [
  ['clr_01DJRQJ700SKEH84WYY9H3BEMH', 'DISTRICT', 'Hội đồng cấp huyện', null, '2025-07-05', 3, 3, null, BEFORE_1489],
  ['clr_01DJRQJ70098N8K56VB89VCTTC', 'PROVINCE', 'Hội đồng cấp tỉnh', null, '2025-07-05', 4, 4, null, BEFORE_1489],
  ['clr_01DJRQJ700SV25CVP9MG5R4BBZ', 'CENTRAL', 'Hội đồng cấp Trung ương', null, '2025-07-05', 5, 5, null, BEFORE_1489],
  ['clr_01JZEGGN00FAD6A4V18R0S4WR6', 'PROVINCE', 'Hội đồng cấp tỉnh', '2025-07-06', null, 3, 4, null, FROM_1489],
  ['clr_01JZEGGN00JAVEV3K5WSTFTXES', 'CENTRAL', 'Bộ Nông nghiệp và Môi trường (cấp Trung ương)', '2025-07-06', null, 5, 5, 90, FROM_1489],
] as const;

const literal = (v: string | number | null) => (v === null ? 'null' : typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`);

export class Migration20261123101730_certification_reference_data extends Migration {
  override name = 'Migration20261123101730_certification_reference_data';

  override up(): void | Promise<void> {
    for (const [id, version, decision, from, to, partsJson] of CRITERIA_SETS) {
      this.addSql(
        `insert into "criteria_set" ("id", "version", "decision", "effective_from", "effective_to", "parts", "bands", "certified_min_stars") values (${[id, version, decision, from, to].map(literal).join(', ')}, ${literal(partsJson)}::jsonb, ${literal(BANDS)}::jsonb, 3);`,
      );
    }
    for (const row of COUNCIL_LEVEL_RULES) {
      this.addSql(
        `insert into "council_level_rule" ("id", "level", "name", "valid_from", "valid_to", "min_stars", "max_stars", "min_total", "basis") values (${row.map(literal).join(', ')});`,
      );
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "council_level_rule" where "id" in (${COUNCIL_LEVEL_RULES.map(([id]) => literal(id)).join(', ')});`);
    this.addSql(`delete from "criteria_set" where "id" in (${CRITERIA_SETS.map(([id]) => literal(id)).join(', ')});`);
  }
}
