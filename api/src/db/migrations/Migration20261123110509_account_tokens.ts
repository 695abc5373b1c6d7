import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110509_account_tokens extends Migration {

  override name = 'Migration20261123110509_account_tokens';

  override up(): void | Promise<void> {
    this.addSql(`create type "account_token_purpose" as enum ('VERIFY_EMAIL', 'RESET_PASSWORD');`);
    this.addSql(`create table "account_token" ("token_hash" varchar(64) not null, "user_id" varchar(255) not null, "purpose" "account_token_purpose" not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("token_hash"));`);
    this.addSql(`create index "account_token_user_id_index" on "account_token" ("user_id");`);
    this.addSql(`create index "account_token_expires_at_index" on "account_token" ("expires_at");`);

    this.addSql(`alter table "account_token" add constraint "account_token_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "account_token" cascade;`);

    this.addSql(`drop type "account_token_purpose";`);
  }

}
