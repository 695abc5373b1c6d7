import { Migration } from '@mikro-orm/migrations';

export class Migration20261123123151_cart extends Migration {

  override name = 'Migration20261123123151_cart';

  override up(): void | Promise<void> {
    this.addSql(`create table "cart" ("id" varchar(255) not null, "token_hash" varchar(64) null, "user_id" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "cart" add constraint "cart_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "cart" add constraint "cart_user_id_unique" unique ("user_id");`);
    this.addSql(`create index "cart_updated_at_index" on "cart" ("updated_at");`);

    this.addSql(`create table "cart_line" ("cart_id" varchar(255) not null, "variant_id" varchar(255) not null, "quantity" int not null, "added_at" timestamptz not null, primary key ("cart_id", "variant_id"));`);
    this.addSql(`create index "cart_line_variant_id_index" on "cart_line" ("variant_id");`);

    this.addSql(`alter table "cart" add constraint "cart_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on delete cascade;`);
    this.addSql(`alter table "cart" add constraint "cart_owner_check" check ((token_hash is null) <> (user_id is null));`);

    this.addSql(`alter table "cart_line" add constraint "cart_line_cart_id_foreign" foreign key ("cart_id") references "cart" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cart_line" add constraint "cart_line_variant_id_foreign" foreign key ("variant_id") references "product_variant" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cart_line" add constraint "cart_line_quantity_check" check (quantity >= 1 and quantity <= 999);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cart_line" drop constraint "cart_line_cart_id_foreign";`);

    this.addSql(`drop table if exists "cart" cascade;`);
    this.addSql(`drop table if exists "cart_line" cascade;`);

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
