import { Migration } from '@mikro-orm/migrations';

/** Bank transfers awaiting their money: the admin's reconciliation list (ordersAwaitingTransfer). */
export class Migration20261123131702_pending_transfer_index extends Migration {

  override name = 'Migration20261123131702_pending_transfer_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "payment_pending_transfer_index" on "payment" ("order_id") where method = 'BANK_TRANSFER' and state = 'PENDING';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "payment_pending_transfer_index";`);
  }

}
