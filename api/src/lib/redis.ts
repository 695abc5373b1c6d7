import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * The one Redis connection of an API process (REDIS_URL), shared by the response cache
 * (graphql/redis-cache.ts), the rate limits (graphql/rate-limit.ts) and the login failure throttles
 * (modules/accounts/redis-login-throttle-store.ts). Redis only ever holds what can be lost: cached
 * public reads (invalidated by the PostgreSQL cache epoch, not by Redis), rate-limit counters and
 * failed-login times. So it is never on a request's critical path:
 * - the process starts and serves whether or not Redis answers; the client reconnects on its own;
 * - while Redis is away, commands fail at once instead of queueing (no offline queue, no retries of
 *   a command), and a Redis that stops answering fails them after COMMAND_TIMEOUT_MS: the response
 *   cache is skipped (every read computes its answer) and the rate limits and login throttles count
 *   in this process (their insurance limiter, their local store), so requests never wait on Redis,
 *   never fail because of it and are never let through unlimited;
 * - connection errors are logged (pino, a repeated error at most once a minute), never thrown.
 */
export interface SharedRedis {
  client: Redis;
  /** True while commands can be sent (connected and past the ready check). */
  isReady(): boolean;
  /** Whether Redis answers a PING now (within the command timeout); for readiness and monitoring. */
  answers(): Promise<boolean>;
  /** Logs a failed command (a repeated message at most once a minute); callers treat it as a miss. */
  reportFailure(what: string, e: unknown): void;
  /** Quits (waiting for replies in flight, at most a second) or drops a connection that is down. */
  close(): Promise<void>;
}

/** A healthy Redis answers in well under a millisecond; past this a command is given up on. */
export const COMMAND_TIMEOUT_MS = 500;

export function connectRedis(options: { url: string; keyPrefix: string; logger: Logger }): SharedRedis {
  const logger = options.logger.child({ component: 'redis' });
  const client = new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    // Reconnect quickly at first, then every 2 s for as long as it takes.
    retryStrategy: (times) => Math.min(100 * 2 ** (times - 1), 2_000),
    connectionName: 'ocop-api',
  });
  let wasReady = false;
  let closing = false;
  // A Redis that stays away fails every reconnection attempt and every command: one line per
  // distinct error, repeated at most once a minute, rather than one per attempt or per request.
  let lastError = '';
  let lastLoggedAt = 0;
  const warnOnce = (message: string, fields: Record<string, unknown>, text: string) => {
    if (message === lastError && Date.now() - lastLoggedAt < 60_000) return;
    lastError = message;
    lastLoggedAt = Date.now();
    logger.warn(fields, text);
  };
  client.on('ready', () => {
    wasReady = true;
    lastError = '';
    logger.info('redis: ready; response cache, rate limits and login throttles shared');
  });
  client.on('error', (e: Error) => warnOnce(e.message, { err: e }, 'redis: connection error; until it is back the response cache is skipped and rate limits and login throttles count in this process'));
  client.on('close', () => {
    if (!wasReady || closing) return;
    wasReady = false;
    warnOnce('connection closed', {}, 'redis: connection lost; reconnecting (response cache skipped, rate limits and login throttles in process meanwhile)');
  });

  return {
    client,
    isReady: () => client.status === 'ready',
    async answers() {
      if (client.status !== 'ready') return false;
      return client.ping().then(() => true, () => false);
    },
    reportFailure: (what, e) => warnOnce((e as Error)?.message ?? String(e), { err: e }, `redis: ${what} failed; skipped`),
    async close() {
      if (client.status === 'end') return;
      closing = true;
      logger.info('redis: closing the connection');
      if (client.status !== 'ready') return client.disconnect();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), 1_000);
      });
      const quit = client.quit().then(() => 'quit' as const, () => 'failed' as const);
      const outcome = await Promise.race([quit, timeout]).finally(() => clearTimeout(timer));
      if (outcome !== 'quit') client.disconnect();
    },
  };
}
