import { Migration } from '@mikro-orm/migrations';

/** Programme plans (province as issued, period, decision) and their typed numeric targets. */
export class Migration20261123145826_programme_plans extends Migration {

  override name = 'Migration20261123145826_programme_plans';

  override up(): void | Promise<void> {
    this.addSql(`create type "programme_target_kind" as enum ('PRODUCTS_CERTIFIED_MIN_STARS', 'PRODUCTS_PER_YEAR_MIN_STARS', 'PRODUCTS_EVALUATED', 'SHARE_PRODUCERS_MODERN_CHANNELS', 'SHARE_CRAFT_VILLAGES_WITH_OCOP', 'SALES_POINTS_COUNT');`);
    this.addSql(`create table "programme_plan" ("id" varchar(255) not null, "province_id" varchar(255) null, "title" varchar(255) not null, "period_start" date not null, "period_end" date not null, "decision_reference" varchar(255) null, "created_by_id" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "programme_plan_province_id_index" on "programme_plan" ("province_id");`);

    this.addSql(`create table "programme_target" ("id" varchar(255) not null, "plan_id" varchar(255) not null, "kind" "programme_target_kind" not null, "label" varchar(255) not null, "target_value" int not null, "min_stars" smallint null, "denominator" int null, "position" smallint not null default 0, primary key ("id"));`);
    this.addSql(`create index "programme_target_plan_id_index" on "programme_target" ("plan_id");`);

    this.addSql(`alter table "programme_plan" add constraint "programme_plan_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete restrict;`);
    this.addSql(`alter table "programme_plan" add constraint "programme_plan_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on delete set null;`);
    this.addSql(`alter table "programme_plan" add constraint "programme_plan_period_check" check (period_end >= period_start);`);

    this.addSql(`alter table "programme_target" add constraint "programme_target_plan_id_foreign" foreign key ("plan_id") references "programme_plan" ("id") on delete cascade;`);
    this.addSql(`alter table "programme_target" add constraint "programme_target_value_check" check (target_value > 0);`);
    this.addSql(`alter table "programme_target" add constraint "programme_target_min_stars_check" check (min_stars is null or (min_stars >= 3 and min_stars <= 5));`);
    this.addSql(`alter table "programme_target" add constraint "programme_target_denominator_check" check (denominator is null or denominator > 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "programme_target" drop constraint "programme_target_plan_id_foreign";`);

    this.addSql(`drop table if exists "programme_plan" cascade;`);
    this.addSql(`drop table if exists "programme_target" cascade;`);

    this.addSql(`drop type "programme_target_kind";`);
  }

}
