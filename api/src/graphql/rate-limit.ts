import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { SharedRedis } from '../lib/redis.js';
import type { Context } from './context.js';

/** Operations per minute; 0 turns a limit off. */
export interface RateLimits {
  mutationsPerIp: number;
  mutationsPerAccount: number;
  /** Sign-up, log-in, password reset, verification: stricter, per address. */
  accountAccessPerIp: number;
  searchPerIp: number;
}

export function rateLimitsOf(config: Config): RateLimits {
  return {
    mutationsPerIp: config.RATE_LIMIT_MUTATIONS_PER_IP,
    mutationsPerAccount: config.RATE_LIMIT_MUTATIONS_PER_ACCOUNT,
    accountAccessPerIp: config.RATE_LIMIT_ACCOUNT_ACCESS_PER_IP,
    searchPerIp: config.RATE_LIMIT_SEARCH_PER_IP,
  };
}

/**
 * Where the counters live. The default keeps them in this process (correct for one API process; each
 * replica counts on its own, so N replicas allow N× the rate). With REDIS_URL, redisStore shares them.
 */
export type LimiterStore = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;
export const inProcessStore: LimiterStore = (options) => new RateLimiterMemory(options);

/**
 * Counters in Redis, shared by every replica (keys `<REDIS_KEY_PREFIX>rl:<limit>:<address or account>`,
 * expiring with their minute). While Redis is away or too slow (lib/redis.ts), each limit falls back
 * to an in-process insurance limiter with the same rate: requests are neither failed with a 500 nor
 * let through unlimited; for the length of the outage each replica counts on its own (at most N× the
 * rate over N replicas, as without Redis), and the shared counts resume when Redis is back.
 */
export function redisStore(redis: SharedRedis): LimiterStore {
  return (options) => new RateLimiterRedis({
    ...options,
    keyPrefix: `rl:${options.keyPrefix}`,
    storeClient: redis.client,
    // Not connected: straight to the insurance limiter, no command attempted.
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

export const ACCOUNT_ACCESS_FIELDS: ReadonlySet<string> = new Set([
  'accountLogIn', 'accountSignUp', 'accountRequestPasswordReset', 'accountResetPassword', 'accountResendVerification', 'accountVerifyEmail', 'accountChangePassword',
]);
export const SEARCH_FIELDS: ReadonlySet<string> = new Set(['search', 'searchSuggestions']);

/** Names of the operation's root fields, through fragments; one entry per field (aliases count). */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const names: string[] = [];
  const walk = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) names.push(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  walk(operation.selectionSet, new Set());
  return names;
}

function rateLimited(msBeforeNext: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new GraphQLError(`Too many requests: try again in ${seconds} s.`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) } },
  });
}

/**
 * Per-address and per-account limits on mutations and search (OWASP: rate limiting on expensive and
 * sensitive operations), checked once the operation is known and before it runs: a refused operation
 * runs nothing and answers HTTP 429 with Retry-After. Each root field costs one point, so aliasing a
 * mutation 15 times costs 15. Requests without a known client address (the storefront's server did not
 * say who its client is, see http/client-ip.ts) are counted per account only.
 */
export function rateLimiting(limits: RateLimits, store: LimiterStore = inProcessStore): ApolloServerPlugin<Context> {
  const limiter = (keyPrefix: string, perMinute: number) => (perMinute > 0 ? store({ keyPrefix, points: perMinute, duration: 60 }) : null);
  const mutationsPerIp = limiter('mutation-ip', limits.mutationsPerIp);
  const mutationsPerAccount = limiter('mutation-account', limits.mutationsPerAccount);
  const accountAccessPerIp = limiter('account-access-ip', limits.accountAccessPerIp);
  const searchPerIp = limiter('search-ip', limits.searchPerIp);

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const fields = rootFields(operation, document);
          const ip = contextValue.clientIp;
          const account = contextValue.viewer?.userId ?? null;
          const checks: [RateLimiterAbstract | null, string | null, number][] = [];
          if (operation.operation === 'mutation') {
            checks.push([mutationsPerIp, ip, fields.length], [mutationsPerAccount, account, fields.length]);
            checks.push([accountAccessPerIp, ip, fields.filter((f) => ACCOUNT_ACCESS_FIELDS.has(f)).length]);
          } else if (operation.operation === 'query') {
            checks.push([searchPerIp, ip, fields.filter((f) => SEARCH_FIELDS.has(f)).length]);
          }
          for (const [bucket, key, points] of checks) {
            if (!bucket || !key || points === 0) continue;
            try {
              await bucket.consume(key, points);
            } catch (e) {
              if (e instanceof RateLimiterRes) throw rateLimited(e.msBeforeNext);
              throw e;
            }
          }
        },
      };
    },
  };
}
