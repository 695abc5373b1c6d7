import { Migration } from '@mikro-orm/migrations';

export class Migration20261123101944_search_index extends Migration {

  override name = 'Migration20261123101944_search_index';

  override up(): void | Promise<void> {
    // unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index or be
    // inlined into one; naming the dictionary explicitly makes this wrapper safe to declare IMMUTABLE.
    this.addSql(`create function ocop_unaccent(text) returns text language sql immutable parallel safe strict
      return public.unaccent('public.unaccent'::regdictionary, $1);`);
    // The one folding of Vietnamese text for search (mirrored by foldText() in modules/search/fold.ts):
    // NFC first (NFD input meets NFC data), diacritics and đ/Đ off, lower case, anything else a space.
    this.addSql(`create function ocop_fold(text) returns text language sql immutable parallel safe strict
      return btrim(regexp_replace(lower(ocop_unaccent(normalize($1, NFC))), '[^a-z0-9]+', ' ', 'g'));`);
    this.addSql(`create table "product_search" ("product_id" varchar(255) not null, "name" text not null, "producer_name" text not null, "province_name" text not null, "current_province_name" text null, "document" tsvector not null, "folded_name" text not null, "folded_text" text not null, primary key ("product_id"));`);
    this.addSql(`create index "product_search_document_idx" on "product_search" using gin ("document");`);
    this.addSql(`create index "product_search_folded_text_trgm_idx" on "product_search" using gin ("folded_text" gin_trgm_ops);`);
    this.addSql(`create index "product_search_folded_name_trgm_idx" on "product_search" using gin ("folded_name" gin_trgm_ops);`);

    this.addSql(`alter table "product_search" add constraint "product_search_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "product_search" cascade;`);
    this.addSql(`drop function if exists ocop_fold(text);`);
    this.addSql(`drop function if exists ocop_unaccent(text);`);
  }

}
