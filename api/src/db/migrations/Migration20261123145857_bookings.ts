import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145857_bookings extends Migration {

  override name = 'Migration20261123145857_bookings';

  override up(): void | Promise<void> {
    this.addSql(`create type "booking_state" as enum ('PENDING_PAYMENT', 'AWAITING_OPERATOR', 'CONFIRMED', 'CANCELLED', 'DECLINED');`);
    this.addSql(`create type "booking_canceller" as enum ('SHOPPER', 'OPERATOR', 'SYSTEM');`);
    this.addSql(`create type "booking_refund_route" as enum ('CARD', 'BY_HAND');`);
    this.addSql(`create table "booking" ("id" varchar(255) not null, "order_id" varchar(255) not null, "slot_id" varchar(255) not null, "experience_id" varchar(255) not null, "operator_id" varchar(255) not null, "state" "booking_state" not null, "confirmation" varchar(20) not null, "paid" boolean not null default false, "seats" int not null, "total_amount" bigint not null, "experience_name" varchar(255) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "free_cancellation_hours" int not null, "cancelled_by" "booking_canceller" null, "cancel_reason" text null, "refund_amount" bigint not null default '0', "refund_route" "booking_refund_route" null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "booking_order_id_index" on "booking" ("order_id");`);
    this.addSql(`create index "booking_experience_id_index" on "booking" ("experience_id");`);
    this.addSql(`create index "booking_operator_starts_at_index" on "booking" ("operator_id", "starts_at", "id");`);
    this.addSql(`create index "booking_slot_state_index" on "booking" ("slot_id", "state");`);

    this.addSql(`create table "booking_unit" ("booking_id" varchar(255) not null, "unit_type" "unit_type" not null, "label" varchar(255) null, "quantity" int not null, "seats_each" smallint not null, "unit_price_amount" bigint not null, "line_total_amount" bigint not null, primary key ("booking_id", "unit_type"));`);

    this.addSql(`alter table "booking" add constraint "booking_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on delete cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_slot_id_foreign" foreign key ("slot_id") references "experience_slot" ("id") on delete restrict;`);
    this.addSql(`alter table "booking" add constraint "booking_experience_id_foreign" foreign key ("experience_id") references "experience" ("id") on delete restrict;`);
    this.addSql(`alter table "booking" add constraint "booking_operator_id_foreign" foreign key ("operator_id") references "tourism_operator" ("id") on delete restrict;`);
    this.addSql(`alter table "booking" add constraint "booking_seats_check" check (seats > 0);`);
    this.addSql(`alter table "booking" add constraint "booking_amounts_check" check (total_amount >= 0 and refund_amount >= 0 and refund_amount <= total_amount);`);

    this.addSql(`alter table "booking_unit" add constraint "booking_unit_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on delete cascade;`);
    this.addSql(`alter table "booking_unit" add constraint "booking_unit_quantity_check" check (quantity > 0 and seats_each >= 0);`);
    this.addSql(`alter table "booking_unit" add constraint "booking_unit_total_check" check (unit_price_amount >= 0 and line_total_amount = unit_price_amount * quantity);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "booking_unit" drop constraint "booking_unit_booking_id_foreign";`);

    this.addSql(`drop table if exists "booking" cascade;`);
    this.addSql(`drop table if exists "booking_unit" cascade;`);

    this.addSql(`drop type "booking_state";`);
    this.addSql(`drop type "booking_canceller";`);
    this.addSql(`drop type "booking_refund_route";`);
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
