import { Migration } from '@mikro-orm/migrations';

export class Migration20261123123103_stock_buckets extends Migration {

  override name = 'Migration20261123123103_stock_buckets';

  override up(): void | Promise<void> {
    this.addSql(`alter table "product_variant" add "reserved" int not null default 0, add "sold" int not null default 0, add "on_hand" int generated always as (stock + reserved + sold) stored not null;`);
    this.addSql(`alter table "product_variant" add constraint "product_variant_reserved_check" check (reserved >= 0);`);
    this.addSql(`alter table "product_variant" add constraint "product_variant_sold_check" check (sold >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "product_variant" drop constraint "product_variant_reserved_check";`);
    this.addSql(`alter table "product_variant" drop constraint "product_variant_sold_check";`);
    this.addSql(`alter table "product_variant" drop column "reserved", drop column "sold", drop column "on_hand";`);

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
