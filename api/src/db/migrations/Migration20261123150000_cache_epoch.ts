import { Migration } from '@mikro-orm/migrations';

/**
 * The cache epoch (lib/cache-epoch.ts): a sequence every API instance reads to key its cached
 * public reads, moved on after whatever may change them.
 */
export class Migration20261123150000_cache_epoch extends Migration {

  override name = 'Migration20261123150000_cache_epoch';

  override up(): void | Promise<void> {
    this.addSql(`create sequence if not exists "cache_epoch";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop sequence if exists "cache_epoch";`);
  }

}
