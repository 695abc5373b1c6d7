import { Migration } from '@mikro-orm/migrations';

export class Migration20261123123204_orders extends Migration {

  override name = 'Migration20261123123204_orders';

  override up(): void | Promise<void> {
    this.addSql(`create type "payment_method" as enum ('COD', 'BANK_TRANSFER', 'CARD');`);
    this.addSql(`create type "sub_order_state" as enum ('PENDING_PAYMENT', 'PAID', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED');`);
    this.addSql(`create type "payment_state" as enum ('PENDING', 'SUCCEEDED', 'CANCELLED', 'REFUNDED');`);
    this.addSql(`create type "order_outbox_kind" as enum ('ORDER_PLACED', 'ORDER_PAID', 'SUB_ORDER_SHIPPED', 'SUB_ORDER_DELIVERED', 'SUB_ORDER_CANCELLED', 'SUB_ORDER_REFUNDED');`);
    this.addSql(`create table "shipping_rate" ("province_id" varchar(255) not null, "option" varchar(20) not null, "amount" bigint not null, "min_days" smallint not null, "max_days" smallint not null, primary key ("province_id", "option"));`);

    this.addSql(`create table "shop_order" ("id" varchar(255) not null, "number" varchar(24) not null, "user_id" varchar(255) null, "email" citext not null, "phone" varchar(20) not null, "recipient_name" varchar(255) not null, "shipping_phone" varchar(20) not null, "province_id" varchar(255) not null, "commune_id" varchar(255) not null, "street_line" varchar(255) not null, "payment_method" "payment_method" not null, "subtotal_amount" bigint not null, "shipping_amount" bigint not null, "total_amount" bigint not null, "idempotency_key" varchar(100) not null, "cart_fingerprint" varchar(64) not null, "cart_id" varchar(255) not null, "access_token_hash" varchar(64) not null, "hold_expires_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_number_unique" unique ("number");`);
    this.addSql(`create index "shop_order_user_id_index" on "shop_order" ("user_id");`);
    this.addSql(`create index "shop_order_email_index" on "shop_order" ("email");`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_access_token_hash_unique" unique ("access_token_hash");`);
    this.addSql(`create index "shop_order_hold_expires_at_index" on "shop_order" ("hold_expires_at") where hold_expires_at is not null;`);

    this.addSql(`create table "sub_order" ("id" varchar(255) not null, "order_id" varchar(255) not null, "producer_id" varchar(255) not null, "state" "sub_order_state" not null, "paid" boolean not null default false, "delivery_option" varchar(20) not null, "subtotal_amount" bigint not null, "shipping_amount" bigint not null, "total_amount" bigint not null, "carrier" varchar(255) null, "tracking_number" varchar(255) null, "cancel_reason" varchar(255) null, "refund_reason" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "sub_order_order_id_index" on "sub_order" ("order_id");`);
    this.addSql(`create index "sub_order_producer_state_index" on "sub_order" ("producer_id", "state", "id");`);

    this.addSql(`create table "order_line" ("id" varchar(255) not null, "sub_order_id" varchar(255) not null, "variant_id" varchar(255) not null, "product_id" varchar(255) not null, "product_name" varchar(255) not null, "variant_label" varchar(255) not null, "sku" varchar(255) not null, "unit_price_amount" bigint not null, "quantity" int not null, "line_total_amount" bigint not null, primary key ("id"));`);
    this.addSql(`create index "order_line_sub_order_id_index" on "order_line" ("sub_order_id");`);
    this.addSql(`create index "order_line_variant_id_index" on "order_line" ("variant_id");`);

    this.addSql(`create table "payment" ("order_id" varchar(255) not null, "method" "payment_method" not null, "state" "payment_state" not null, "amount" bigint not null, "reference" varchar(40) not null, "received_at" timestamptz null, "received_via" varchar(255) null, "late_amount" bigint not null default '0', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("order_id"));`);
    this.addSql(`alter table "payment" add constraint "payment_reference_unique" unique ("reference");`);

    this.addSql(`create table "order_outbox" ("id" varchar(255) not null, "order_id" varchar(255) not null, "sub_order_id" varchar(255) null, "kind" "order_outbox_kind" not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" smallint not null default 0, "last_error" text null, primary key ("id"));`);
    this.addSql(`create index "order_outbox_order_id_index" on "order_outbox" ("order_id");`);
    this.addSql(`create index "order_outbox_unsent_index" on "order_outbox" ("id") where sent_at is null;`);

    this.addSql(`alter table "shipping_rate" add constraint "shipping_rate_province_id_foreign" foreign key ("province_id") references "province" ("id");`);
    this.addSql(`alter table "shipping_rate" add constraint "shipping_rate_check" check (amount >= 0 and min_days >= 0 and min_days <= max_days);`);

    this.addSql(`alter table "shop_order" add constraint "shop_order_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on delete set null;`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_province_id_foreign" foreign key ("province_id") references "province" ("id");`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_commune_id_foreign" foreign key ("commune_id") references "commune" ("id");`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_amounts_check" check (subtotal_amount >= 0 and shipping_amount >= 0 and total_amount = subtotal_amount + shipping_amount);`);

    this.addSql(`alter table "sub_order" add constraint "sub_order_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on delete cascade;`);
    this.addSql(`alter table "sub_order" add constraint "sub_order_producer_id_foreign" foreign key ("producer_id") references "producer" ("id");`);
    this.addSql(`alter table "sub_order" add constraint "sub_order_amounts_check" check (subtotal_amount >= 0 and shipping_amount >= 0 and total_amount = subtotal_amount + shipping_amount);`);

    this.addSql(`alter table "order_line" add constraint "order_line_sub_order_id_foreign" foreign key ("sub_order_id") references "sub_order" ("id") on delete cascade;`);
    this.addSql(`alter table "order_line" add constraint "order_line_variant_id_foreign" foreign key ("variant_id") references "product_variant" ("id");`);
    this.addSql(`alter table "order_line" add constraint "order_line_quantity_check" check (quantity > 0);`);
    this.addSql(`alter table "order_line" add constraint "order_line_total_check" check (unit_price_amount >= 0 and line_total_amount = unit_price_amount * quantity);`);

    this.addSql(`alter table "payment" add constraint "payment_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "payment" add constraint "payment_amount_check" check (amount >= 0 and late_amount >= 0);`);

    this.addSql(`alter table "order_outbox" add constraint "order_outbox_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "sub_order" drop constraint "sub_order_order_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_order_id_foreign";`);
    this.addSql(`alter table "order_outbox" drop constraint "order_outbox_order_id_foreign";`);
    this.addSql(`alter table "order_line" drop constraint "order_line_sub_order_id_foreign";`);

    this.addSql(`drop table if exists "shipping_rate" cascade;`);
    this.addSql(`drop table if exists "shop_order" cascade;`);
    this.addSql(`drop table if exists "sub_order" cascade;`);
    this.addSql(`drop table if exists "order_line" cascade;`);
    this.addSql(`drop table if exists "payment" cascade;`);
    this.addSql(`drop table if exists "order_outbox" cascade;`);

    this.addSql(`drop type "payment_method";`);
    this.addSql(`drop type "sub_order_state";`);
    this.addSql(`drop type "payment_state";`);
    this.addSql(`drop type "order_outbox_kind";`);
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
