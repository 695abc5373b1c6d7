import { Migration } from '@mikro-orm/migrations';

/**
 * Card payments on the payment row: the PaymentIntent made for the order, the money given back
 * through the gateway (its cumulative total, never summed from events) and a reason to review it.
 */
export class Migration20261123131817_card_payment extends Migration {

  override name = 'Migration20261123131817_card_payment';

  override up(): void | Promise<void> {
    this.addSql(`alter table "payment" add "card_intent_id" varchar(255) null, add "refunded_amount" bigint not null default '0', add "review_reason" text null;`);
    this.addSql(`alter table "payment" add constraint "payment_card_intent_id_unique" unique ("card_intent_id");`);
    this.addSql(`alter table "payment" add constraint "payment_refunded_amount_check" check (refunded_amount >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "payment" drop constraint "payment_card_intent_id_unique";`);
    this.addSql(`alter table "payment" drop constraint "payment_refunded_amount_check";`);
    this.addSql(`alter table "payment" drop column "card_intent_id", drop column "refunded_amount", drop column "review_reason";`);
  }

}
