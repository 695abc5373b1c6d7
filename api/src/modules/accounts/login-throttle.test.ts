import { describe, expect, it } from 'vitest';
import { InMemoryLoginThrottleStore, LoginThrottle } from './login-throttle.js';

const MIN = 60_000;

describe('login throttling', () => {
  it('throttles an account after 5 failures within 15 minutes, from any address', async () => {
    const throttle = new LoginThrottle(new InMemoryLoginThrottleStore());
    for (let i = 0; i < 5; i++) {
      expect(await throttle.isThrottled('lan@example.vn', `10.0.0.${i}`, i * MIN)).toBe(false);
      await throttle.recordFailure('lan@example.vn', `10.0.0.${i}`, i * MIN);
    }
    expect(await throttle.isThrottled('LAN@example.vn', '10.0.0.99', 5 * MIN)).toBe(true);
    expect(await throttle.isThrottled('other@example.vn', '10.0.0.99', 5 * MIN)).toBe(false);
  });

  it('lets the account try again once the failures are older than 15 minutes', async () => {
    const throttle = new LoginThrottle(new InMemoryLoginThrottleStore());
    for (let i = 0; i < 5; i++) await throttle.recordFailure('lan@example.vn', null, 0);
    expect(await throttle.isThrottled('lan@example.vn', null, 15 * MIN - 1)).toBe(true);
    expect(await throttle.isThrottled('lan@example.vn', null, 15 * MIN)).toBe(false);
  });

  it('throttles an address that sprays 20 failures over many accounts', async () => {
    const throttle = new LoginThrottle(new InMemoryLoginThrottleStore());
    for (let i = 0; i < 20; i++) await throttle.recordFailure(`user${i}@example.vn`, '203.0.113.7', i);
    expect(await throttle.isThrottled('fresh@example.vn', '203.0.113.7', 100)).toBe(true);
    expect(await throttle.isThrottled('fresh@example.vn', '203.0.113.8', 100)).toBe(false);
  });

  it('clears the account count after a successful login, but not the address count', async () => {
    const throttle = new LoginThrottle(new InMemoryLoginThrottleStore(), {
      account: { maxFailures: 2, windowMs: 15 * MIN },
      ip: { maxFailures: 3, windowMs: 15 * MIN },
    });
    await throttle.recordFailure('lan@example.vn', '203.0.113.7', 0);
    await throttle.recordFailure('lan@example.vn', '203.0.113.7', 1);
    await throttle.recordSuccess('lan@example.vn');
    expect(await throttle.isThrottled('lan@example.vn', null, 2)).toBe(false);
    await throttle.recordFailure('lan@example.vn', '203.0.113.7', 3);
    expect(await throttle.isThrottled('lan@example.vn', '203.0.113.7', 4)).toBe(true);
  });

  it('keeps a bounded number of keys', async () => {
    const store = new InMemoryLoginThrottleStore(3);
    for (const key of ['a', 'b', 'c', 'd']) await store.recordFailure(key, 1);
    expect(await store.failuresSince('a', 0)).toBe(0);
    expect(await store.failuresSince('d', 0)).toBe(1);
  });
});
