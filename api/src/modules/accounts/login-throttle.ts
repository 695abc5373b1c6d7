/**
 * Counts failed logins per key (an account's email, a client's IP) in a sliding window. The
 * in-process store is correct for one process; with REDIS_URL every instance shares one count
 * (RedisLoginThrottleStore, redis-login-throttle-store.ts), so N replicas allow no more tries than one.
 */
export interface LoginThrottleStore {
  /** Failures recorded for `key` after `since`. */
  failuresSince(key: string, since: number): Promise<number>;
  /** `windowMs`: how long the failure can count (a shared store lets it expire after that). */
  recordFailure(key: string, at: number, windowMs: number): Promise<void>;
  reset(key: string): Promise<void>;
}

export interface ThrottleLimit {
  maxFailures: number;
  windowMs: number;
}

export const LOGIN_LIMITS = {
  /** Guessing one account's password: 5 wrong tries per 15 minutes. */
  account: { maxFailures: 5, windowMs: 15 * 60_000 },
  /**
   * Spraying many accounts from one address. Higher, since schools and offices share an address
   * behind NAT.
   */
  ip: { maxFailures: 20, windowMs: 15 * 60_000 },
} satisfies Record<string, ThrottleLimit>;

export class InMemoryLoginThrottleStore implements LoginThrottleStore {
  private readonly failures = new Map<string, number[]>();
  /** Bound on tracked keys, so a flood of distinct keys cannot exhaust memory. */
  constructor(private readonly maxKeys = 100_000) {}

  async failuresSince(key: string, since: number): Promise<number> {
    const times = this.failures.get(key);
    if (!times) return 0;
    const recent = times.filter((t) => t > since);
    if (recent.length) this.failures.set(key, recent);
    else this.failures.delete(key);
    return recent.length;
  }

  async recordFailure(key: string, at: number): Promise<void> {
    const times = this.failures.get(key);
    if (times) {
      times.push(at);
      if (times.length > 100) times.splice(0, times.length - 100);
      return;
    }
    if (this.failures.size >= this.maxKeys) {
      // Maps iterate in insertion order: drop the oldest key.
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    this.failures.set(key, [at]);
  }

  async reset(key: string): Promise<void> {
    this.failures.delete(key);
  }
}

export class LoginThrottle {
  constructor(
    private readonly store: LoginThrottleStore,
    private readonly limits: { account: ThrottleLimit; ip: ThrottleLimit } = LOGIN_LIMITS,
  ) {}

  private keys(email: string, ip: string | null) {
    return { account: `account:${email.toLowerCase()}`, ip: ip ? `ip:${ip}` : null };
  }

  async isThrottled(email: string, ip: string | null, now: number): Promise<boolean> {
    const keys = this.keys(email, ip);
    if ((await this.store.failuresSince(keys.account, now - this.limits.account.windowMs)) >= this.limits.account.maxFailures) return true;
    if (keys.ip && (await this.store.failuresSince(keys.ip, now - this.limits.ip.windowMs)) >= this.limits.ip.maxFailures) return true;
    return false;
  }

  async recordFailure(email: string, ip: string | null, now: number): Promise<void> {
    const keys = this.keys(email, ip);
    await this.store.recordFailure(keys.account, now, this.limits.account.windowMs);
    if (keys.ip) await this.store.recordFailure(keys.ip, now, this.limits.ip.windowMs);
  }

  /** After a successful login the account's count starts again; the address's does not. */
  async recordSuccess(email: string): Promise<void> {
    await this.store.reset(this.keys(email, null).account);
  }
}
