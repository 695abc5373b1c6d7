import { Migration } from '@mikro-orm/migrations';

/**
 * Flat delivery prices per current province (34 units since 01/07/2025) for the two delivery options
 * each producer's sub-order can choose. Centrally-run cities are cheaper and faster. Data, not code:
 * an admin screen or a later migration can change the rows.
 */
export class Migration20261123123300_shipping_rates extends Migration {
  override name = 'Migration20261123123300_shipping_rates';

  override up(): void | Promise<void> {
    this.addSql(`insert into shipping_rate (province_id, option, amount, min_days, max_days)
      select id, 'STANDARD', case when kind = 'CITY' then 22000 else 30000 end, case when kind = 'CITY' then 1 else 2 end, case when kind = 'CITY' then 3 else 5 end
      from province where valid_to is null
      union all
      select id, 'EXPRESS', case when kind = 'CITY' then 40000 else 55000 end, 1, case when kind = 'CITY' then 1 else 2 end
      from province where valid_to is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from shipping_rate;`);
  }
}
