import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145840_order_parts extends Migration {

  override name = 'Migration20261123145840_order_parts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "shop_order" drop constraint "shop_order_amounts_check";`);
    this.addSql(`alter table "shop_order" add "bookings_amount" bigint not null default '0';`);
    this.addSql(`alter table "shop_order" alter column "recipient_name" drop not null;`);
    this.addSql(`alter table "shop_order" alter column "shipping_phone" drop not null;`);
    this.addSql(`alter table "shop_order" alter column "province_id" drop not null;`);
    this.addSql(`alter table "shop_order" alter column "commune_id" drop not null;`);
    this.addSql(`alter table "shop_order" alter column "street_line" drop not null;`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_shipping_address_check" check (num_nulls(recipient_name, shipping_phone, province_id, commune_id, street_line) in (0, 5));`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_amounts_check" check (subtotal_amount >= 0 and shipping_amount >= 0 and bookings_amount >= 0 and total_amount = subtotal_amount + shipping_amount + bookings_amount);`);

    this.addSql(`alter type "order_outbox_kind" add value if not exists 'BOOKING_CONFIRMED' after 'SUB_ORDER_REFUNDED';`);
    this.addSql(`alter type "order_outbox_kind" add value if not exists 'BOOKING_AWAITING_OPERATOR' after 'BOOKING_CONFIRMED';`);
    this.addSql(`alter type "order_outbox_kind" add value if not exists 'BOOKING_CANCELLED' after 'BOOKING_AWAITING_OPERATOR';`);
    this.addSql(`alter table "order_outbox" add "part_id" varchar(255) null, add "detail" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "order_outbox" drop column "part_id", drop column "detail";`);

    this.addSql(`alter table "shop_order" drop constraint "shop_order_shipping_address_check";`);
    this.addSql(`alter table "shop_order" drop constraint "shop_order_amounts_check";`);
    this.addSql(`alter table "shop_order" drop column "bookings_amount";`);
    this.addSql(`alter table "shop_order" alter column "recipient_name" set not null;`);
    this.addSql(`alter table "shop_order" alter column "shipping_phone" set not null;`);
    this.addSql(`alter table "shop_order" alter column "province_id" set not null;`);
    this.addSql(`alter table "shop_order" alter column "commune_id" set not null;`);
    this.addSql(`alter table "shop_order" alter column "street_line" set not null;`);
    this.addSql(`alter table "shop_order" add constraint "shop_order_amounts_check" check ((subtotal_amount >= 0) AND (shipping_amount >= 0) AND (total_amount = (subtotal_amount + shipping_amount)));`);

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
