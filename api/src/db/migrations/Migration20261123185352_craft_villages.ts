import { Migration } from '@mikro-orm/migrations';

/**
 * Craft villages (làng nghề) and the producers located in them (a producer in at most one village):
 * what SHARE_CRAFT_VILLAGES_WITH_OCOP measures.
 */
export class Migration20261123185352_craft_villages extends Migration {

  override name = 'Migration20261123185352_craft_villages';

  override up(): void | Promise<void> {
    this.addSql(`create table "craft_village" ("id" varchar(255) not null, "name" varchar(255) not null, "province_id" varchar(255) not null, "commune_id" varchar(255) null, "craft" varchar(255) not null, "recognition_decision" varchar(255) null, "recognised_on" date null, "created_by_id" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "craft_village_province_id_index" on "craft_village" ("province_id");`);
    this.addSql(`create index "craft_village_commune_id_index" on "craft_village" ("commune_id");`);

    this.addSql(`create table "craft_village_producer" ("producer_id" varchar(255) not null, "village_id" varchar(255) not null, "linked_by_id" varchar(255) null, "linked_at" timestamptz not null, primary key ("producer_id"));`);
    this.addSql(`create index "craft_village_producer_village_id_index" on "craft_village_producer" ("village_id");`);

    this.addSql(`alter table "craft_village" add constraint "craft_village_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete restrict;`);
    this.addSql(`alter table "craft_village" add constraint "craft_village_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on delete set null;`);
    this.addSql(`alter table "craft_village" add constraint "craft_village_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on delete set null;`);
    this.addSql(`alter table "craft_village" add constraint "craft_village_recognition_check" check ((recognition_decision is null) = (recognised_on is null));`);

    this.addSql(`alter table "craft_village_producer" add constraint "craft_village_producer_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "craft_village_producer" add constraint "craft_village_producer_village_id_foreign" foreign key ("village_id") references "craft_village" ("id") on delete cascade;`);
    this.addSql(`alter table "craft_village_producer" add constraint "craft_village_producer_linked_by_id_foreign" foreign key ("linked_by_id") references "user_account" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "craft_village_producer" cascade;`);
    this.addSql(`drop table if exists "craft_village" cascade;`);
  }

}
