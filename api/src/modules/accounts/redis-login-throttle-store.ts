import { randomBytes } from 'node:crypto';
import type { SharedRedis } from '../../lib/redis.js';
import { InMemoryLoginThrottleStore, type LoginThrottleStore } from './login-throttle.js';

/**
 * Failure counts shared by every API instance (REDIS_URL), so N instances give an attacker the same
 * number of tries as one. Each key is a sorted set of failure times (score: the service clock's
 * milliseconds), keys `<REDIS_KEY_PREFIX>login-throttle:<throttle>:account:<email>` and
 * `…:ip:<address>`, expiring a window after their last failure: the same sliding window as the
 * in-process store. (Not rate-limiter-flexible's RateLimiterRedis, which the rate limits use: it counts
 * fixed windows from the first point on the wall clock, which would let a patient guesser start
 * afresh every 15 minutes, and cannot follow the service's clock.)
 *
 * While Redis is away (not connected: no command is tried) or fails a command (timeout, error:
 * logged through SharedRedis.reportFailure, a repeated message at most once a minute), the counts
 * come from this process's own store, as the rate limits' insurance limiter does: never an error,
 * never unlimited. Every failure is also recorded in that local store, so an outage does not hand out
 * a fresh allowance: each instance still counts the failures it saw in the window.
 */
/** After a failed command, how long this store counts in process before it tries Redis again. */
export const PAUSE_AFTER_FAILURE_MS = 2_000;

export class RedisLoginThrottleStore implements LoginThrottleStore {
  /** This process's own count: used while Redis is away. */
  private readonly local = new InMemoryLoginThrottleStore();
  private pausedUntil = 0;

  constructor(
    private readonly redis: SharedRedis,
    /** Which throttle (login, password-reset, …): throttles sharing a Redis keep apart counts. */
    private readonly throttle: string,
  ) {}

  private key(key: string) {
    return `login-throttle:${this.throttle}:${key}`;
  }

  /**
   * Runs `command` on Redis when it is connected; on a failure logs it and answers null. After a
   * failure Redis is left alone for PAUSE_AFTER_FAILURE_MS: a hung Redis costs one login one command
   * timeout, not one per command of every login.
   */
  private async shared<T>(command: () => Promise<T>): Promise<T | null> {
    if (!this.redis.isReady() || Date.now() < this.pausedUntil) return null;
    try {
      return await command();
    } catch (e) {
      this.pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
      this.redis.reportFailure('login throttle (counting in this process meanwhile)', e);
      return null;
    }
  }

  async failuresSince(key: string, since: number): Promise<number> {
    // Exclusive bound, as the in-process store: a failure exactly `windowMs` old no longer counts.
    const shared = await this.shared(() => this.redis.client.zcount(this.key(key), `(${since}`, '+inf'));
    return shared ?? this.local.failuresSince(key, since);
  }

  async recordFailure(key: string, at: number, windowMs: number): Promise<void> {
    await this.local.recordFailure(key, at);
    const redisKey = this.key(key);
    // Unique member: two failures in the same millisecond (on two instances) both count.
    const member = `${at}:${randomBytes(6).toString('base64url')}`;
    await this.shared(async () => {
      const replies = await this.redis.client
        .multi()
        .zadd(redisKey, at, member)
        // Failures out of the window never count again; keep at most the newest 100, as in process.
        .zremrangebyscore(redisKey, '-inf', at - windowMs)
        .zremrangebyrank(redisKey, 0, -101)
        .pexpire(redisKey, windowMs)
        .exec();
      const failed = replies?.find(([error]) => error)?.[0];
      if (!replies || failed) throw failed ?? new Error('transaction discarded');
    });
  }

  async reset(key: string): Promise<void> {
    await this.local.reset(key);
    await this.shared(() => this.redis.client.del(this.key(key)));
  }
}
