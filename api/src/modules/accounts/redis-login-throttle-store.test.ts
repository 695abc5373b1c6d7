import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_TIMEOUT_MS, connectRedis, type SharedRedis } from '../../lib/redis.js';
import { captureLogger, type LogLine } from '../../observability/logger.js';
import { eventually } from '../../test/processes.js';
import { testRedis } from '../../test/redis-server.js';
import { PASSWORD_RESET_LIMITS } from './account-tokens.js';
import { LoginThrottle } from './login-throttle.js';
import { PAUSE_AFTER_FAILURE_MS, RedisLoginThrottleStore } from './redis-login-throttle-store.js';

const MIN = 60_000;
const server = await testRedis();
const inspector = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => 200 });
inspector.on('error', () => {});
afterAll(() => inspector.disconnect());

/** One API process: its own Redis connection, as connectRedis opens it, and its own log. */
function process_(): { redis: SharedRedis; logs: LogLine[]; throttle(name?: string, limits?: ConstructorParameters<typeof LoginThrottle>[1]): LoginThrottle } {
  const { logger, lines } = captureLogger();
  const redis = connectRedis({ url: server.url, keyPrefix: 'ocop-test:', logger });
  afterAll(() => redis.close());
  return { redis, logs: lines, throttle: (name = 'login', limits) => new LoginThrottle(new RedisLoginThrottleStore(redis, name), limits) };
}
const a = process_();
const b = process_();
await eventually(async () => a.redis.isReady() && b.redis.isReady());

describe('login throttles shared through Redis', () => {
  it('counts failures made through two processes against one limit: the 6th try is refused on both', async () => {
    const [onA, onB] = [a.throttle(), b.throttle()];
    for (let i = 0; i < 5; i++) {
      const on = i % 2 ? onB : onA;
      expect(await on.isThrottled('lan@example.vn', `10.0.0.${i}`, i * MIN)).toBe(false);
      await on.recordFailure('lan@example.vn', `10.0.0.${i}`, i * MIN);
    }
    expect(await onA.isThrottled('LAN@example.vn', '10.0.0.99', 5 * MIN)).toBe(true);
    expect(await onB.isThrottled('lan@example.vn', '10.0.0.99', 5 * MIN)).toBe(true);
    expect(await onB.isThrottled('other@example.vn', '10.0.0.99', 5 * MIN)).toBe(false);
  });

  it('keeps the sliding window: a failure counts until exactly 15 minutes after it', async () => {
    const [onA, onB] = [a.throttle(), b.throttle()];
    for (let i = 0; i < 5; i++) await (i % 2 ? onB : onA).recordFailure('window@example.vn', null, i * MIN);
    expect(await onB.isThrottled('window@example.vn', null, 15 * MIN - 1)).toBe(true);
    // The first failure has left the window; the four others still count.
    expect(await onB.isThrottled('window@example.vn', null, 15 * MIN)).toBe(false);
    await onA.recordFailure('window@example.vn', null, 15 * MIN);
    expect(await onB.isThrottled('window@example.vn', null, 15 * MIN + 1)).toBe(true);
  });

  it('throttles an address spraying 20 failures over many accounts through both processes', async () => {
    const [onA, onB] = [a.throttle(), b.throttle()];
    for (let i = 0; i < 20; i++) await (i % 2 ? onB : onA).recordFailure(`user${i}@example.vn`, '203.0.113.7', i);
    expect(await onA.isThrottled('fresh@example.vn', '203.0.113.7', 100)).toBe(true);
    expect(await onB.isThrottled('fresh@example.vn', '203.0.113.7', 100)).toBe(true);
    expect(await onB.isThrottled('fresh@example.vn', '203.0.113.8', 100)).toBe(false);
  });

  it('clears the account count on both after a success on one, but not the address count', async () => {
    const limits = { account: { maxFailures: 2, windowMs: 15 * MIN }, ip: { maxFailures: 3, windowMs: 15 * MIN } };
    const [onA, onB] = [a.throttle('login', limits), b.throttle('login', limits)];
    await onA.recordFailure('reset@example.vn', '203.0.113.9', 0);
    await onB.recordFailure('reset@example.vn', '203.0.113.9', 1);
    expect(await onA.isThrottled('reset@example.vn', null, 2)).toBe(true);
    await onA.recordSuccess('reset@example.vn');
    expect(await onB.isThrottled('reset@example.vn', null, 2)).toBe(false);
    expect(await onA.isThrottled('reset@example.vn', null, 2)).toBe(false);
    await onB.recordFailure('reset@example.vn', '203.0.113.9', 3);
    expect(await onA.isThrottled('reset@example.vn', '203.0.113.9', 4)).toBe(true);
  });

  it('keeps throttles apart, and lets each key expire a window after its last failure', async () => {
    const reset = a.throttle('password-reset', PASSWORD_RESET_LIMITS);
    for (let i = 0; i < 3; i++) await reset.recordFailure('apart@example.vn', '203.0.113.40', Date.now());
    expect(await b.throttle('password-reset', PASSWORD_RESET_LIMITS).isThrottled('apart@example.vn', null, Date.now())).toBe(true);
    expect(await b.throttle('login').isThrottled('apart@example.vn', null, Date.now())).toBe(false);

    const key = 'ocop-test:login-throttle:password-reset:account:apart@example.vn';
    expect(await inspector.zcard(key)).toBe(3);
    const ttl = await inspector.pttl(key);
    expect(ttl).toBeGreaterThan(PASSWORD_RESET_LIMITS.account.windowMs - MIN);
    expect(ttl).toBeLessThanOrEqual(PASSWORD_RESET_LIMITS.account.windowMs);
  });

  it('keeps at most the newest 100 failures of a key', async () => {
    const throttle = a.throttle();
    for (let i = 0; i < 105; i++) await throttle.recordFailure('many@example.vn', null, i);
    const key = 'ocop-test:login-throttle:login:account:many@example.vn';
    expect(await inspector.zcard(key)).toBe(100);
    expect(Number((await inspector.zrange(key, '0', '0', 'WITHSCORES'))[1])).toBe(5);
  });

  it('while Redis is hung or down, counts in each process: never an error, never unlimited; shared again once it is back', async () => {
    const [onA, onB] = [a.throttle(), b.throttle()];
    // Failures recorded before the outage still count in the process that saw them.
    await onA.recordFailure('outage@example.vn', null, 0);
    await onA.recordFailure('outage@example.vn', null, 1);

    server.pause();
    try {
      const started = performance.now();
      expect(await onA.isThrottled('outage@example.vn', null, 2)).toBe(false);
      await onA.recordFailure('outage@example.vn', null, 2);
      // One command timeout, then this store leaves Redis alone for a while.
      expect(performance.now() - started).toBeLessThan(3 * COMMAND_TIMEOUT_MS);
      expect(a.logs.some((l) => l.component === 'redis' && /login throttle/.test(String(l.msg)))).toBe(true);
    } finally {
      server.resume();
    }

    await server.kill();
    await eventually(async () => !a.redis.isReady() && !b.redis.isReady());
    await onA.recordFailure('outage@example.vn', null, 3);
    await onA.recordFailure('outage@example.vn', null, 4);
    expect(await onA.isThrottled('outage@example.vn', null, 5)).toBe(true);
    // B saw none of them: each process counts on its own for the length of the outage.
    expect(await onB.isThrottled('outage@example.vn', null, 5)).toBe(false);
    for (let i = 0; i < 5; i++) await onB.recordFailure('outage-b@example.vn', null, i);
    expect(await onB.isThrottled('outage-b@example.vn', null, 5)).toBe(true);
    await onB.recordSuccess('outage-b@example.vn');
    expect(await onB.isThrottled('outage-b@example.vn', null, 6)).toBe(false);
    for (const p of [a, b]) {
      expect(p.logs.filter((l) => l.level >= 50)).toEqual([]);
      expect(p.logs.some((l) => l.level === 40 && l.component === 'redis')).toBe(true);
    }

    await server.start();
    await eventually(async () => a.redis.isReady() && b.redis.isReady());
    await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_FAILURE_MS));
    // Redis came back empty: the shared count starts afresh, and is shared again.
    for (let i = 0; i < 5; i++) await (i % 2 ? onB : onA).recordFailure('after@example.vn', null, i);
    expect(await onA.isThrottled('after@example.vn', null, 5)).toBe(true);
    expect(await onB.isThrottled('after@example.vn', null, 5)).toBe(true);
  });
});
