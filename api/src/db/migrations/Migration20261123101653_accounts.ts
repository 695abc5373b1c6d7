import { Migration } from '@mikro-orm/migrations';

export class Migration20261123101653_accounts extends Migration {

  override name = 'Migration20261123101653_accounts';

  override up(): void | Promise<void> {
    // Case-insensitive emails: one account per address however it is typed.
    this.addSql(`create extension if not exists citext;`);
    this.addSql(`create type "role_kind" as enum ('ADMIN', 'PRODUCER_MEMBER', 'COUNCIL_MEMBER');`);
    this.addSql(`create type "producer_role" as enum ('OWNER', 'STAFF');`);
    this.addSql(`create type "council_level" as enum ('PROVINCE', 'MINISTRY');`);
    this.addSql(`create table "user_account" ("id" varchar(255) not null, "email" citext not null, "password_hash" varchar(255) not null, "email_verified_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "user_account" add constraint "user_account_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "user_id" varchar(255) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, primary key ("token_hash"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "role_assignment" ("id" varchar(255) not null, "user_id" varchar(255) not null, "kind" "role_kind" not null, "producer_id" varchar(255) null, "producer_role" "producer_role" null, "province_id" varchar(255) null, "council_level" "council_level" null, "granted_by_id" varchar(255) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "role_assignment_user_id_index" on "role_assignment" ("user_id");`);
    this.addSql(`create index "role_assignment_producer_id_index" on "role_assignment" ("producer_id");`);
    this.addSql(`create index "role_assignment_province_id_index" on "role_assignment" ("province_id");`);
    this.addSql(`create unique index "role_assignment_scope_unique" on "role_assignment" ("user_id", "kind", coalesce("producer_id", ''), coalesce("province_id", ''));`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on delete cascade;`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete restrict;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_granted_by_id_foreign" foreign key ("granted_by_id") references "user_account" ("id") on delete set null;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_scope_check" check ((kind = 'ADMIN' and producer_id is null and producer_role is null and province_id is null and council_level is null)
        or (kind = 'PRODUCER_MEMBER' and producer_id is not null and producer_role is not null and province_id is null and council_level is null)
        or (kind = 'COUNCIL_MEMBER' and producer_id is null and producer_role is null and council_level is not null
            and ((council_level = 'MINISTRY') = (province_id is null))));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_user_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_granted_by_id_foreign";`);

    this.addSql(`drop table if exists "user_account" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "role_assignment" cascade;`);

    this.addSql(`drop type "role_kind";`);
    this.addSql(`drop type "producer_role";`);
    this.addSql(`drop type "council_level";`);
  }

}
