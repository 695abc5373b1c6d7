import { Migration } from '@mikro-orm/migrations';

/**
 * Sales points (điểm giới thiệu và bán sản phẩm OCOP) and the products they carry. Distances use
 * the `cube` + `earthdistance` contrib extensions (no PostGIS): a GiST index on
 * ll_to_earth(latitude, longitude) serves `earth_box(...) @> ll_to_earth(...)` radius searches.
 */
export class Migration20261123145744_sales_points extends Migration {

  override name = 'Migration20261123145744_sales_points';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists "cube";`);
    this.addSql(`create extension if not exists "earthdistance";`);

    this.addSql(`create type "sales_point_kind" as enum ('OCOP_SHOWROOM', 'RETAIL_CHAIN_SHELF', 'CRAFT_VILLAGE_SHOP', 'TOURIST_SITE_KIOSK', 'ONLINE_CHANNEL');`);
    this.addSql(`create type "sales_point_listing_state" as enum ('REQUESTED', 'CONFIRMED', 'REJECTED');`);
    this.addSql(`create type "sales_point_stock_level" as enum ('IN_STOCK', 'LOW', 'OUT_OF_STOCK');`);
    this.addSql(`create table "sales_point" ("id" varchar(255) not null, "slug" varchar(255) not null, "name" varchar(255) not null, "kind" "sales_point_kind" not null, "chain_name" varchar(255) null, "province_id" varchar(255) not null, "commune_id" varchar(255) null, "address_line" varchar(255) null, "latitude" double precision null, "longitude" double precision null, "url" varchar(1000) null, "opening_hours" jsonb not null default '[]', "time_zone" varchar(64) not null default 'Asia/Ho_Chi_Minh', "phone" varchar(255) null, "email" varchar(255) null, "approved_at" timestamptz null, "approved_by_id" varchar(255) null, "created_by_id" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "sales_point" add constraint "sales_point_slug_unique" unique ("slug");`);
    this.addSql(`create index "sales_point_kind_index" on "sales_point" ("kind");`);
    this.addSql(`create index "sales_point_province_id_index" on "sales_point" ("province_id");`);
    this.addSql(`create index "sales_point_commune_id_index" on "sales_point" ("commune_id");`);
    this.addSql(`create index "sales_point_pending_idx" on "sales_point" ("approved_at", "created_at");`);
    this.addSql(`create index "sales_point_earth_idx" on "sales_point" using gist (ll_to_earth("latitude", "longitude")) where latitude is not null;`);
    this.addSql(`alter table "sales_point" add constraint "sales_point_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete restrict;`);
    this.addSql(`alter table "sales_point" add constraint "sales_point_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on delete restrict;`);
    this.addSql(`alter table "sales_point" add constraint "sales_point_approved_by_id_foreign" foreign key ("approved_by_id") references "user_account" ("id") on delete set null;`);
    this.addSql(`alter table "sales_point" add constraint "sales_point_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on delete set null;`);
    this.addSql(`alter table "sales_point" add constraint "sales_point_latitude_check" check (latitude >= '-90'::double precision and latitude <= '90'::double precision);`);
    this.addSql(`alter table "sales_point" add constraint "sales_point_longitude_check" check (longitude >= '-180'::double precision and longitude <= '180'::double precision);`);
    this.addSql(`alter table "sales_point" add constraint "sales_point_location_check" check ((latitude is null) = (longitude is null) and (kind = 'ONLINE_CHANNEL' or latitude is not null));`);
    this.addSql(`alter table "sales_point" add constraint "sales_point_url_check" check (url is null or url ~ '^https://');`);
    this.addSql(`alter table "sales_point" add constraint "sales_point_online_url_check" check (kind <> 'ONLINE_CHANNEL' or url is not null);`);

    this.addSql(`create table "sales_point_product" ("point_id" varchar(255) not null, "product_id" varchar(255) not null, "state" "sales_point_listing_state" not null, "stock_level" "sales_point_stock_level" null, "requested_by_id" varchar(255) null, "decided_by_id" varchar(255) null, "decided_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("point_id", "product_id"));`);
    this.addSql(`create index "sales_point_product_product_state_idx" on "sales_point_product" ("product_id", "state");`);
    this.addSql(`alter table "sales_point_product" add constraint "sales_point_product_point_id_foreign" foreign key ("point_id") references "sales_point" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sales_point_product" add constraint "sales_point_product_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sales_point_product" add constraint "sales_point_product_requested_by_id_foreign" foreign key ("requested_by_id") references "user_account" ("id") on delete set null;`);
    this.addSql(`alter table "sales_point_product" add constraint "sales_point_product_decided_by_id_foreign" foreign key ("decided_by_id") references "user_account" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sales_point_product" cascade;`);
    this.addSql(`drop table if exists "sales_point" cascade;`);
    this.addSql(`drop type "sales_point_kind";`);
    this.addSql(`drop type "sales_point_listing_state";`);
    this.addSql(`drop type "sales_point_stock_level";`);
  }

}
