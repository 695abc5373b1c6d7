import { Migration } from '@mikro-orm/migrations';

export class Migration20261123101729_certification extends Migration {

  override name = 'Migration20261123101729_certification';

  override up(): void | Promise<void> {
    this.addSql(`create type "evaluation_state" as enum ('DRAFT', 'SUBMITTED', 'SCORED');`);
    this.addSql(`create table "council_level_rule" ("id" varchar(255) not null, "level" varchar(255) not null, "name" varchar(255) not null, "valid_from" date null, "valid_to" date null, "min_stars" smallint not null, "max_stars" smallint not null, "min_total" numeric(4,1) null, "basis" varchar(255) not null, primary key ("id"));`);
    this.addSql(`create index "council_level_rule_level_valid_from_index" on "council_level_rule" ("level", "valid_from");`);

    this.addSql(`create table "criteria_set" ("id" varchar(255) not null, "version" varchar(255) not null, "decision" varchar(255) not null, "effective_from" date not null, "effective_to" date null, "parts" jsonb not null, "bands" jsonb not null, "certified_min_stars" smallint not null, primary key ("id"));`);
    this.addSql(`alter table "criteria_set" add constraint "criteria_set_version_unique" unique ("version");`);

    this.addSql(`create table "evaluation" ("id" varchar(255) not null, "product_id" varchar(255) not null, "criteria_set_id" varchar(255) not null, "council_level" varchar(255) not null, "evaluated_on" date not null, "scores" jsonb not null, "total" numeric(4,1) not null, "stars" smallint not null, "state" "evaluation_state" not null default 'SCORED', "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "evaluation_product_id_index" on "evaluation" ("product_id");`);

    this.addSql(`alter table "certificate" add "evaluation_id" varchar(255) null, add "revoked_reason" text null, add "revoked_on" date null, add "superseded_by_id" varchar(255) null;`);
    this.addSql(`alter table "certificate" add constraint "certificate_evaluation_id_foreign" foreign key ("evaluation_id") references "evaluation" ("id") on delete set null;`);
    this.addSql(`alter table "certificate" add constraint "certificate_superseded_by_id_foreign" foreign key ("superseded_by_id") references "certificate" ("id") on delete set null;`);
    this.addSql(`alter table "certificate" add constraint "certificate_product_id_number_unique" unique ("product_id", "number");`);
    this.addSql(`alter table "certificate" add constraint "certificate_evaluation_id_unique" unique ("evaluation_id");`);
    // Certificates revoked or superseded before these columns existed: record what is known, so the
    // checks below hold for existing rows (a superseded one without its successor becomes EXPIRED).
    this.addSql(`update "certificate" set "revoked_reason" = 'Không ghi lý do (trước khi hệ thống lưu lý do thu hồi)', "revoked_on" = "decision_date" where "state" = 'REVOKED';`);
    this.addSql(`update "certificate" set "state" = 'EXPIRED' where "state" = 'SUPERSEDED';`);
    this.addSql(`alter table "certificate" add constraint "certificate_revocation_check" check ((state = 'REVOKED') = (revoked_on is not null and revoked_reason is not null));`);
    this.addSql(`alter table "certificate" add constraint "certificate_superseded_check" check ((state = 'SUPERSEDED') = (superseded_by_id is not null));`);

    this.addSql(`alter table "council_level_rule" add constraint "council_level_rule_stars_check" check (min_stars >= 1 and min_stars <= max_stars and max_stars <= 5);`);
    this.addSql(`alter table "council_level_rule" add constraint "council_level_rule_validity_check" check (valid_to is null or valid_from is null or valid_to >= valid_from);`);

    this.addSql(`alter table "criteria_set" add constraint "criteria_set_effective_check" check (effective_to is null or effective_to >= effective_from);`);

    this.addSql(`alter table "evaluation" add constraint "evaluation_product_id_foreign" foreign key ("product_id") references "product" ("id");`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_criteria_set_id_foreign" foreign key ("criteria_set_id") references "criteria_set" ("id");`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_stars_check" check (stars >= 1 and stars <= 5);`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_total_check" check (total >= 0 and total <= 100);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "evaluation" drop constraint "evaluation_criteria_set_id_foreign";`);
    this.addSql(`alter table "certificate" drop constraint "certificate_evaluation_id_foreign";`);

    this.addSql(`drop table if exists "council_level_rule" cascade;`);
    this.addSql(`drop table if exists "criteria_set" cascade;`);
    this.addSql(`drop table if exists "evaluation" cascade;`);

    this.addSql(`alter table "certificate" drop constraint "certificate_superseded_by_id_foreign";`);

    this.addSql(`alter table "certificate" drop constraint "certificate_product_id_number_unique";`);
    this.addSql(`alter table "certificate" drop constraint "certificate_evaluation_id_unique";`);
    this.addSql(`alter table "certificate" drop constraint "certificate_revocation_check";`);
    this.addSql(`alter table "certificate" drop constraint "certificate_superseded_check";`);
    this.addSql(`alter table "certificate" drop column "evaluation_id", drop column "revoked_reason", drop column "revoked_on", drop column "superseded_by_id";`);

    this.addSql(`drop type "evaluation_state";`);
  }

}
