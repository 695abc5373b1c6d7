import { Migration } from '@mikro-orm/migrations';

export class Migration20261123123111_producer_invitations extends Migration {

  override name = 'Migration20261123123111_producer_invitations';

  override up(): void | Promise<void> {
    this.addSql(`create table "producer_invitation" ("id" varchar(255) not null, "producer_id" varchar(255) not null, "email" citext not null, "token_hash" varchar(64) not null, "invited_by_id" varchar(255) null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by_id" varchar(255) null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "producer_invitation_producer_id_index" on "producer_invitation" ("producer_id");`);
    this.addSql(`alter table "producer_invitation" add constraint "producer_invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create unique index "producer_invitation_open_unique" on "producer_invitation" ("producer_id", "email") where "accepted_at" is null and "revoked_at" is null;`);

    this.addSql(`alter table "producer_invitation" add constraint "producer_invitation_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on delete cascade;`);
    this.addSql(`alter table "producer_invitation" add constraint "producer_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "user_account" ("id") on delete set null;`);
    this.addSql(`alter table "producer_invitation" add constraint "producer_invitation_accepted_by_id_foreign" foreign key ("accepted_by_id") references "user_account" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "producer_invitation" cascade;`);
  }

}
