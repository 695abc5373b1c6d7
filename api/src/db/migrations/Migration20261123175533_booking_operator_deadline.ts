import { Migration } from '@mikro-orm/migrations';

/**
 * The operator's time to answer an on-request booking (docs/decisions/0002): a deadline per booking
 * awaiting the operator, found by the decline job through a partial index. Bookings already awaiting
 * get one from now (their operators never saw a deadline), never later than their start.
 */
export class Migration20261123175533_booking_operator_deadline extends Migration {

  override name = 'Migration20261123175533_booking_operator_deadline';

  override up(): void | Promise<void> {
    this.addSql(`alter table "booking" add "operator_deadline" timestamptz null;`);
    this.addSql(`create index "booking_awaiting_operator_deadline_index" on "booking" ("operator_deadline", "id") where "state" = 'AWAITING_OPERATOR';`);
    this.addSql(`update "booking" set "operator_deadline" = least(now() + interval '48 hours', "starts_at") where "state" = 'AWAITING_OPERATOR';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "booking_awaiting_operator_deadline_index";`);
    this.addSql(`alter table "booking" drop column "operator_deadline";`);
  }

}
