import { Migration } from '@mikro-orm/migrations';

export class Migration20261123105026_districts extends Migration {

  override name = 'Migration20261123105026_districts';

  override up(): void | Promise<void> {
    this.addSql(`create table "district" ("id" varchar(255) not null, "code" varchar(3) not null, "name" varchar(255) not null, "province_id" varchar(255) not null, "valid_from" date null, "valid_to" date null, primary key ("id"));`);
    this.addSql(`create index "district_province_id_index" on "district" ("province_id");`);
    this.addSql(`alter table "district" add constraint "district_code_valid_from_unique" unique ("code", "valid_from");`);

    this.addSql(`alter table "commune" add "district_id" varchar(255) null;`);
    this.addSql(`alter table "commune" add constraint "commune_district_id_foreign" foreign key ("district_id") references "district" ("id") on delete set null;`);
    this.addSql(`create index "commune_district_id_index" on "commune" ("district_id");`);

    this.addSql(`alter table "district" add constraint "district_province_id_foreign" foreign key ("province_id") references "province" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "commune" drop constraint "commune_district_id_foreign";`);

    this.addSql(`drop table if exists "district" cascade;`);

    this.addSql(`drop index "commune_district_id_index";`);
    this.addSql(`alter table "commune" drop column "district_id";`);

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
