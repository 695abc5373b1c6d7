import { Migration } from '@mikro-orm/migrations';

/**
 * The shopper's name on an order (docs/decisions/0002): asked at checkout for an order of bookings
 * only, which has no recipient; orders that ship take the recipient's name.
 */
export class Migration20261123180521_order_contact_name extends Migration {

  override name = 'Migration20261123180521_order_contact_name';

  override up(): void | Promise<void> {
    this.addSql(`alter table "shop_order" add "contact_name" varchar(120) null;`);
    this.addSql(`update "shop_order" set "contact_name" = left("recipient_name", 120) where "recipient_name" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "shop_order" drop column "contact_name";`);
  }

}
