import { Migration } from '@mikro-orm/migrations';

/** Tourism operators (community-tourism points' owners): self-registered, pending until an admin approves. */
export class Migration20261123122602_tourism_operators extends Migration {

  override name = 'Migration20261123122602_tourism_operators';

  override up(): void | Promise<void> {
    this.addSql(`create type "operator_kind" as enum ('COOPERATIVE', 'HOUSEHOLD', 'ENTERPRISE', 'COMMUNITY_GROUP');`);
    this.addSql(`create table "tourism_operator" ("id" varchar(255) not null, "slug" varchar(255) not null, "name" varchar(255) not null, "kind" "operator_kind" not null, "province_id" varchar(255) not null, "commune_id" varchar(255) null, "address_line" varchar(255) null, "phone" varchar(255) null, "email" varchar(255) null, "description" text not null default '', "approved_at" timestamptz null, "approved_by_id" varchar(255) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "tourism_operator" add constraint "tourism_operator_slug_unique" unique ("slug");`);
    this.addSql(`create index "tourism_operator_province_id_index" on "tourism_operator" ("province_id");`);
    this.addSql(`create index "tourism_operator_commune_id_index" on "tourism_operator" ("commune_id");`);
    this.addSql(`create index "tourism_operator_pending_idx" on "tourism_operator" ("approved_at", "created_at");`);
    this.addSql(`alter table "tourism_operator" add constraint "tourism_operator_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete restrict;`);
    this.addSql(`alter table "tourism_operator" add constraint "tourism_operator_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on delete restrict;`);
    this.addSql(`alter table "tourism_operator" add constraint "tourism_operator_approved_by_id_foreign" foreign key ("approved_by_id") references "user_account" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "tourism_operator" cascade;`);
    this.addSql(`drop type "operator_kind";`);
  }

}
