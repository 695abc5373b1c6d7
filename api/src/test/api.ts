import { afterAll } from 'vitest';
import { loadConfig } from '../config.js';
import type { Orm } from '../db/orm.js';
import { createApp } from '../http/app.js';
import { captureLogger } from '../observability/logger.js';
import { orderCardPaymentHandler } from '../modules/orders/card-payment-handler.js';
import { paymentSettingsOf } from '../modules/payments/payment-port.js';
import { createServices, defaultServiceDeps } from '../modules/services.js';

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
  /** SQL statements the request issued (x-sql-statements header). */
  sqlStatements: number;
  headers: Headers;
}

export interface GqlOptions {
  /** Extra request headers, e.g. `{ cookie: 'ocop_session=…' }`. */
  headers?: Record<string, string>;
}

/**
 * The real HTTP app on a random port over the given database; closed after the file's tests. With
 * STRIPE_* in `env` (e.g. pointing at startStripeFake), card payments are on and the orders module
 * handles /webhooks/stripe, as in main.ts; `payments` exposes the same settings (and card gateway).
 */
export async function testApi(orm: Orm, options: { now?: () => Date; env?: Record<string, string> } = {}) {
  // Production-mode tests have no mail server: their mails go to dev_mail. Tests write fixtures
  // straight into the database (no epoch bump), so the response cache is off unless a test asks.
  // Rate limits are off too (a test file sends hundreds of mutations a minute as one account) unless a
  // test sets them (rate-limit.api.test.ts).
  const config = loadConfig({
    NODE_ENV: 'test', ALLOW_DEV_MAILBOX: 'true', RESPONSE_CACHE_MAX_AGE: '0',
    RATE_LIMIT_MUTATIONS_PER_IP: '0', RATE_LIMIT_MUTATIONS_PER_ACCOUNT: '0', RATE_LIMIT_ACCOUNT_ACCESS_PER_IP: '0', RATE_LIMIT_SEARCH_PER_IP: '0',
    ...options.env,
  });
  const payments = paymentSettingsOf(config);
  const deps = () => ({ ...defaultServiceDeps(), payments, storefrontUrl: config.PUBLIC_STOREFRONT_URL, now: options.now ?? (() => new Date()) });
  const cardPaymentHandler = payments.card ? orderCardPaymentHandler(deps) : undefined;
  // Log lines are kept in memory: tests read them, and nothing reaches the console.
  const { logger, lines: logs } = captureLogger();
  const app = await createApp({ config, orm, now: options.now, payments, cardPaymentHandler, logger });
  const port = await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  afterAll(() => app.close());
  return {
    base,
    app,
    payments,
    /** The app's log lines (JSON objects), oldest first. */
    logs,
    /** Services as the API builds them (same card gateway and clock), over a fresh unit of work. */
    services: () => createServices(orm.em.fork(), deps()),
    async gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options: GqlOptions = {}): Promise<GraphQLResult<T>> {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T | null; errors?: GraphQLResult['errors'] };
      return { status: res.status, data: body.data, errors: body.errors, sqlStatements: Number(res.headers.get('x-sql-statements')), headers: res.headers };
    },
  };
}
