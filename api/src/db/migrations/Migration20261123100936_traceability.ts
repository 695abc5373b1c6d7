import { Migration } from '@mikro-orm/migrations';

export class Migration20261123100936_traceability extends Migration {

  override name = 'Migration20261123100936_traceability';

  override up(): void | Promise<void> {
    this.addSql(`create table "batch" ("id" varchar(255) not null, "product_id" varchar(255) not null, "lot_code" varchar(255) not null, "production_date" date not null, "expiry_date" date null, "quantity" int not null, "unit" varchar(255) not null, "raw_material_origin" text not null default '', "raw_material_province_id" varchar(255) null, "notes" text not null default '', "trace_code" varchar(10) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "batch" add constraint "batch_trace_code_unique" unique ("trace_code");`);
    this.addSql(`create index "batch_product_production_idx" on "batch" ("product_id", "production_date" desc, "id" desc);`);
    this.addSql(`alter table "batch" add constraint "batch_product_lot_code_unique" unique ("product_id", "lot_code");`);

    this.addSql(`alter table "batch" add constraint "batch_product_id_foreign" foreign key ("product_id") references "product" ("id");`);
    this.addSql(`alter table "batch" add constraint "batch_raw_material_province_id_foreign" foreign key ("raw_material_province_id") references "province" ("id") on delete set null;`);
    this.addSql(`alter table "batch" add constraint "batch_quantity_check" check (quantity >= 0);`);
    this.addSql(`alter table "batch" add constraint "batch_expiry_check" check (expiry_date >= production_date);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "batch" cascade;`);
  }

}
