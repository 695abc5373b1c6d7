import { Migration } from '@mikro-orm/migrations';

/**
 * The tourism catalogue (issue 6): points with photos and their own OCOP certificates, experiences with
 * prices per OCTO unit type, links to OCOP products, and bookable slots (capacity, held, booked).
 */
export class Migration20261123145646_tourism_catalogue extends Migration {

  override name = 'Migration20261123145646_tourism_catalogue';

  override up(): void | Promise<void> {
    this.addSql(`create type "tourism_point_kind" as enum ('VILLAGE', 'HOMESTAY', 'CRAFT_VILLAGE', 'FARM', 'ECO_SITE', 'OTHER');`);
    this.addSql(`create type "tourism_status" as enum ('DRAFT', 'PUBLISHED', 'ARCHIVED');`);
    this.addSql(`create type "tourism_point_certificate_state" as enum ('RECOGNISED', 'REVOKED');`);
    this.addSql(`create type "experience_confirmation" as enum ('INSTANT', 'ON_REQUEST');`);
    this.addSql(`create type "experience_product_relation" as enum ('TASTED', 'MADE', 'SOLD');`);
    this.addSql(`create type "unit_type" as enum ('ADULT', 'YOUTH', 'CHILD', 'INFANT', 'SENIOR', 'STUDENT', 'MILITARY', 'FAMILY', 'OTHER');`);
    this.addSql(`create table "tourism_point" ("id" varchar(255) not null, "slug" varchar(255) not null, "operator_id" varchar(255) not null, "name" varchar(255) not null, "kind" "tourism_point_kind" not null, "province_id" varchar(255) not null, "commune_id" varchar(255) null, "address_line" varchar(255) null, "latitude" double precision null, "longitude" double precision null, "description" text not null default '', "amenities" text[] not null default '{}', "languages" text[] not null default '{vi}', "status" "tourism_status" not null default 'DRAFT', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "tourism_point" add constraint "tourism_point_slug_unique" unique ("slug");`);
    this.addSql(`create index "tourism_point_operator_id_index" on "tourism_point" ("operator_id");`);
    this.addSql(`create index "tourism_point_province_id_index" on "tourism_point" ("province_id");`);
    this.addSql(`create index "tourism_point_commune_id_index" on "tourism_point" ("commune_id");`);

    this.addSql(`create table "tourism_point_image" ("id" varchar(255) not null, "point_id" varchar(255) not null, "url" varchar(255) not null, "alt" varchar(255) not null, "width" int not null, "height" int not null, "position" smallint not null default 0, primary key ("id"));`);
    this.addSql(`create index "tourism_point_image_point_id_index" on "tourism_point_image" ("point_id");`);

    this.addSql(`create table "tourism_point_certificate" ("id" varchar(255) not null, "point_id" varchar(255) not null, "stars" smallint not null, "number" varchar(255) not null, "decision_date" date not null, "valid_until" date not null, "state" "tourism_point_certificate_state" not null default 'RECOGNISED', "recorded_by_id" varchar(255) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "tourism_point_certificate_point_id_index" on "tourism_point_certificate" ("point_id");`);

    this.addSql(`create table "experience" ("id" varchar(255) not null, "slug" varchar(255) not null, "point_id" varchar(255) not null, "name" varchar(255) not null, "summary" text not null default '', "description" text not null default '', "duration_minutes" int not null, "included" text[] not null default '{}', "languages" text[] not null default '{vi}', "confirmation" "experience_confirmation" not null default 'INSTANT', "booking_cutoff_hours" int not null default 0, "free_cancellation_hours" int not null default 0, "max_party_size" int not null, "status" "tourism_status" not null default 'DRAFT', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "experience" add constraint "experience_slug_unique" unique ("slug");`);
    this.addSql(`create index "experience_point_id_index" on "experience" ("point_id");`);

    this.addSql(`create table "experience_slot" ("id" varchar(255) not null, "experience_id" varchar(255) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" int not null, "held" int not null default 0, "booked" int not null default 0, "closed_at" timestamptz null, "close_reason" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "experience_slot_experience_id_index" on "experience_slot" ("experience_id");`);
    this.addSql(`create index "experience_slot_starts_at_index" on "experience_slot" ("starts_at");`);
    this.addSql(`alter table "experience_slot" add constraint "experience_slot_experience_id_starts_at_unique" unique ("experience_id", "starts_at");`);

    this.addSql(`create table "experience_product" ("experience_id" varchar(255) not null, "product_id" varchar(255) not null, "relation" "experience_product_relation" not null, primary key ("experience_id", "product_id"));`);
    this.addSql(`create index "experience_product_product_id_index" on "experience_product" ("product_id");`);

    this.addSql(`create table "experience_price" ("experience_id" varchar(255) not null, "unit_type" "unit_type" not null, "label" varchar(255) null, "amount" bigint not null, "seats" smallint not null default 1, "min_age" smallint null, "max_age" smallint null, primary key ("experience_id", "unit_type"));`);

    this.addSql(`alter table "tourism_point" add constraint "tourism_point_operator_id_foreign" foreign key ("operator_id") references "tourism_operator" ("id") on delete restrict;`);
    this.addSql(`alter table "tourism_point" add constraint "tourism_point_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete restrict;`);
    this.addSql(`alter table "tourism_point" add constraint "tourism_point_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on delete restrict;`);
    this.addSql(`alter table "tourism_point" add constraint "tourism_point_latitude_check" check (abs(latitude::numeric) <= 90);`);
    this.addSql(`alter table "tourism_point" add constraint "tourism_point_longitude_check" check (abs(longitude::numeric) <= 180);`);

    this.addSql(`alter table "tourism_point_image" add constraint "tourism_point_image_point_id_foreign" foreign key ("point_id") references "tourism_point" ("id") on delete cascade;`);

    this.addSql(`alter table "tourism_point_certificate" add constraint "tourism_point_certificate_point_id_foreign" foreign key ("point_id") references "tourism_point" ("id") on delete cascade;`);
    this.addSql(`alter table "tourism_point_certificate" add constraint "tourism_point_certificate_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user_account" ("id") on delete set null;`);
    this.addSql(`alter table "tourism_point_certificate" add constraint "tourism_point_certificate_stars_check" check (stars >= 3 and stars <= 5);`);
    this.addSql(`alter table "tourism_point_certificate" add constraint "tourism_point_certificate_validity_check" check (valid_until >= decision_date);`);

    this.addSql(`alter table "experience" add constraint "experience_point_id_foreign" foreign key ("point_id") references "tourism_point" ("id") on delete restrict;`);
    this.addSql(`alter table "experience" add constraint "experience_duration_check" check (duration_minutes > 0);`);
    this.addSql(`alter table "experience" add constraint "experience_booking_cutoff_check" check (booking_cutoff_hours >= 0);`);
    this.addSql(`alter table "experience" add constraint "experience_free_cancellation_check" check (free_cancellation_hours >= 0);`);
    this.addSql(`alter table "experience" add constraint "experience_max_party_size_check" check (max_party_size > 0);`);

    this.addSql(`alter table "experience_slot" add constraint "experience_slot_experience_id_foreign" foreign key ("experience_id") references "experience" ("id") on delete cascade;`);
    this.addSql(`alter table "experience_slot" add constraint "experience_slot_time_check" check (ends_at > starts_at);`);
    this.addSql(`alter table "experience_slot" add constraint "experience_slot_capacity_check" check (capacity > 0);`);
    this.addSql(`alter table "experience_slot" add constraint "experience_slot_held_check" check (held >= 0);`);
    this.addSql(`alter table "experience_slot" add constraint "experience_slot_booked_check" check (booked >= 0);`);
    this.addSql(`alter table "experience_slot" add constraint "experience_slot_places_check" check (held + booked <= capacity);`);

    this.addSql(`alter table "experience_product" add constraint "experience_product_experience_id_foreign" foreign key ("experience_id") references "experience" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "experience_product" add constraint "experience_product_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "experience_price" add constraint "experience_price_experience_id_foreign" foreign key ("experience_id") references "experience" ("id") on delete cascade;`);
    this.addSql(`alter table "experience_price" add constraint "experience_price_amount_check" check (amount >= 0);`);
    this.addSql(`alter table "experience_price" add constraint "experience_price_seats_check" check (seats >= 0);`);
    this.addSql(`alter table "experience_price" add constraint "experience_price_ages_check" check (min_age is null or max_age is null or min_age <= max_age);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "tourism_point_image" drop constraint "tourism_point_image_point_id_foreign";`);
    this.addSql(`alter table "tourism_point_certificate" drop constraint "tourism_point_certificate_point_id_foreign";`);
    this.addSql(`alter table "experience" drop constraint "experience_point_id_foreign";`);
    this.addSql(`alter table "experience_slot" drop constraint "experience_slot_experience_id_foreign";`);
    this.addSql(`alter table "experience_product" drop constraint "experience_product_experience_id_foreign";`);
    this.addSql(`alter table "experience_price" drop constraint "experience_price_experience_id_foreign";`);

    this.addSql(`drop table if exists "tourism_point" cascade;`);
    this.addSql(`drop table if exists "tourism_point_image" cascade;`);
    this.addSql(`drop table if exists "tourism_point_certificate" cascade;`);
    this.addSql(`drop table if exists "experience" cascade;`);
    this.addSql(`drop table if exists "experience_slot" cascade;`);
    this.addSql(`drop table if exists "experience_product" cascade;`);
    this.addSql(`drop table if exists "experience_price" cascade;`);

    this.addSql(`drop type "tourism_point_kind";`);
    this.addSql(`drop type "tourism_status";`);
    this.addSql(`drop type "tourism_point_certificate_state";`);
    this.addSql(`drop type "experience_confirmation";`);
    this.addSql(`drop type "experience_product_relation";`);
    this.addSql(`drop type "unit_type";`);
    this.addSql(`create or replace function "ocop_fold"(text) returns text security invoker immutable language sql as \$\$ CREATE OR REPLACE FUNCTION public.ocop_fold(text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN btrim(regexp_replace(lower(ocop_unaccent(NORMALIZE(\$1, NFC))), '[^a-z0-9]+'::text, ' '::text, 'g'::text)) \$\$;`);

    this.addSql(`create or replace function "ocop_unaccent"(text) returns text security invoker immutable language sql as \$\$ CREATE OR REPLACE FUNCTION public.ocop_unaccent(text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN unaccent('unaccent'::regdictionary, \$1) \$\$;`);
  }

}
