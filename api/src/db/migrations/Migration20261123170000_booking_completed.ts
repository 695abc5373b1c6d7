import { Migration } from '@mikro-orm/migrations';

/** A booking the operator marked as happened (the party came; paid at the point when cash). */
export class Migration20261123170000_booking_completed extends Migration {

  override name = 'Migration20261123170000_booking_completed';

  override up(): void | Promise<void> {
    this.addSql(`alter type "booking_state" add value if not exists 'COMPLETED';`);
  }

  override down(): void | Promise<void> {
    // PostgreSQL cannot drop an enum value; a down migration would have to rebuild the type.
  }

}
