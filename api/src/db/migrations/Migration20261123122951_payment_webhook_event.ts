import { Migration } from '@mikro-orm/migrations';

/** Stripe (and later other providers') webhook events already handled, by event id: deduplication. */
export class Migration20261123122951_payment_webhook_event extends Migration {

  override name = 'Migration20261123122951_payment_webhook_event';

  override up(): void | Promise<void> {
    this.addSql(`create table "payment_webhook_event" ("id" varchar(255) not null, "type" varchar(255) not null, "received_at" timestamptz not null, "processed_at" timestamptz null, primary key ("id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "payment_webhook_event" cascade;`);
  }

}
