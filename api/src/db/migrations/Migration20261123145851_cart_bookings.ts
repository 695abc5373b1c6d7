import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145851_cart_bookings extends Migration {

  override name = 'Migration20261123145851_cart_bookings';

  override up(): void | Promise<void> {
    this.addSql(`create table "cart_booking" ("id" varchar(255) not null, "cart_id" varchar(255) not null, "slot_id" varchar(255) not null, "units" jsonb not null, "added_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "cart_booking_slot_id_index" on "cart_booking" ("slot_id");`);
    this.addSql(`alter table "cart_booking" add constraint "cart_booking_cart_id_slot_id_unique" unique ("cart_id", "slot_id");`);

    this.addSql(`alter table "cart_booking" add constraint "cart_booking_cart_id_foreign" foreign key ("cart_id") references "cart" ("id") on delete cascade;`);
    this.addSql(`alter table "cart_booking" add constraint "cart_booking_slot_id_foreign" foreign key ("slot_id") references "experience_slot" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cart_booking" cascade;`);

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
