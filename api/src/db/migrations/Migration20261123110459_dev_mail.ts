import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110459_dev_mail extends Migration {

  override name = 'Migration20261123110459_dev_mail';

  override up(): void | Promise<void> {
    this.addSql(`create table "dev_mail" ("id" varchar(255) not null, "to_address" varchar(255) not null, "subject" varchar(255) not null, "text" text not null, "sent_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "dev_mail_sent_at_index" on "dev_mail" ("sent_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "dev_mail" cascade;`);
  }

}
