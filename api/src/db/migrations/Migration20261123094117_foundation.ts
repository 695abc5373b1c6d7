import { Migration } from '@mikro-orm/migrations';

export class Migration20261123094117_foundation extends Migration {

  override name = 'Migration20261123094117_foundation';

  override up(): void | Promise<void> {
    // Vietnamese search ("banh dau xanh" finds "Bánh đậu xanh") needs both; the catalogue issue indexes with them.
    this.addSql(`create extension if not exists "unaccent";`);
    this.addSql(`create extension if not exists "pg_trgm";`);
    this.addSql(`create type "producer_kind" as enum ('COOPERATIVE', 'COOPERATIVE_GROUP', 'ENTERPRISE', 'HOUSEHOLD_BUSINESS');`);
    this.addSql(`create type "product_group" as enum ('FOOD', 'BEVERAGES', 'HERBAL', 'HANDICRAFTS', 'ORNAMENTAL', 'TOURISM');`);
    this.addSql(`create type "product_status" as enum ('DRAFT', 'PUBLISHED', 'ARCHIVED');`);
    this.addSql(`create type "certificate_state" as enum ('RECOGNISED', 'EXPIRED', 'REVOKED', 'SUPERSEDED');`);
    this.addSql(`create table "province" ("id" varchar(255) not null, "code" varchar(2) not null, "name" varchar(255) not null, "valid_from" date null, "valid_to" date null, "successor_id" varchar(255) null, primary key ("id"));`);
    this.addSql(`alter table "province" add constraint "province_code_valid_from_unique" unique ("code", "valid_from");`);

    this.addSql(`create table "producer" ("id" varchar(255) not null, "name" varchar(255) not null, "kind" "producer_kind" not null, "province_id" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "producer_province_id_index" on "producer" ("province_id");`);

    this.addSql(`create table "product" ("id" varchar(255) not null, "slug" varchar(255) not null, "name" varchar(255) not null, "description" text not null default '', "group" "product_group" not null, "status" "product_status" not null default 'PUBLISHED', "price_amount" bigint not null, "producer_id" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "product" add constraint "product_slug_unique" unique ("slug");`);
    this.addSql(`create index "product_group_index" on "product" ("group");`);
    this.addSql(`create index "product_producer_id_index" on "product" ("producer_id");`);

    this.addSql(`create table "certificate" ("id" varchar(255) not null, "product_id" varchar(255) not null, "number" varchar(255) not null, "stars" smallint not null, "decision_date" date not null, "valid_until" date not null, "issued_by" varchar(255) not null, "state" "certificate_state" not null default 'RECOGNISED', "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "certificate_product_id_index" on "certificate" ("product_id");`);
    this.addSql(`create index "certificate_recognised_product_idx" on "certificate" ("product_id", "stars" desc, "valid_until") where "state" = 'RECOGNISED';`);

    this.addSql(`alter table "province" add constraint "province_successor_id_foreign" foreign key ("successor_id") references "province" ("id") on delete set null;`);

    this.addSql(`alter table "producer" add constraint "producer_province_id_foreign" foreign key ("province_id") references "province" ("id");`);

    this.addSql(`alter table "product" add constraint "product_producer_id_foreign" foreign key ("producer_id") references "producer" ("id");`);
    this.addSql(`alter table "product" add constraint "product_price_amount_check" check (price_amount >= 0);`);

    this.addSql(`alter table "certificate" add constraint "certificate_product_id_foreign" foreign key ("product_id") references "product" ("id");`);
    this.addSql(`alter table "certificate" add constraint "certificate_stars_check" check (stars >= 1 and stars <= 5);`);
    this.addSql(`alter table "certificate" add constraint "certificate_validity_check" check (valid_until >= decision_date);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "province" drop constraint "province_successor_id_foreign";`);
    this.addSql(`alter table "producer" drop constraint "producer_province_id_foreign";`);
    this.addSql(`alter table "product" drop constraint "product_producer_id_foreign";`);
    this.addSql(`alter table "certificate" drop constraint "certificate_product_id_foreign";`);

    this.addSql(`drop table if exists "province" cascade;`);
    this.addSql(`drop table if exists "producer" cascade;`);
    this.addSql(`drop table if exists "product" cascade;`);
    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`drop type "producer_kind";`);
    this.addSql(`drop type "product_group";`);
    this.addSql(`drop type "product_status";`);
    this.addSql(`drop type "certificate_state";`);
  }

}
