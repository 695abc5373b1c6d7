import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { SharedRedis } from '../lib/redis.js';

/**
 * The response cache's store in Redis (REDIS_URL), so every API instance serves what one of them
 * computed. Written over the process's one ioredis client rather than keyv + @keyv/redis, which would
 * open a second connection with another Redis library. Entries always expire (the plugin's max-age,
 * else `defaultTtlSeconds`): keys carry the cache epoch, so superseded ones are never read again and
 * only their TTL removes them.
 *
 * A cache, never a source of truth: while Redis is away (or slow past the client's command timeout)
 * a read is a miss and a write is dropped, so the request computes its answer from PostgreSQL.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: SharedRedis,
    private readonly options: { defaultTtlSeconds: number; keyPrefix?: string },
  ) {}

  private key(key: string): string {
    return `${this.options.keyPrefix ?? 'response-cache:'}${key}`;
  }

  async get(key: string): Promise<string | undefined> {
    if (!this.redis.isReady()) return undefined;
    try {
      return (await this.redis.client.get(this.key(key))) ?? undefined;
    } catch (e) {
      this.redis.reportFailure('response cache read', e);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (!this.redis.isReady()) return;
    const ttl = Math.max(1, Math.ceil(options?.ttl ?? this.options.defaultTtlSeconds));
    try {
      await this.redis.client.set(this.key(key), value, 'EX', ttl);
    } catch (e) {
      this.redis.reportFailure('response cache write', e);
    }
  }

  async delete(key: string): Promise<boolean> {
    if (!this.redis.isReady()) return false;
    try {
      return (await this.redis.client.del(this.key(key))) > 0;
    } catch (e) {
      this.redis.reportFailure('response cache delete', e);
      return false;
    }
  }
}
