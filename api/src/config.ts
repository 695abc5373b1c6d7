import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Repository root (api/src/config.ts or api/dist/config.js → two levels up from api/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.string().url().optional());

/** An optional key of a known shape; empty means unset. The message never repeats the value. */
const optionalSecret = (shape: RegExp, what: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().regex(shape, `must be ${what}`).optional())
    .optional();

/** A rate per minute from the environment; 0 means no limit. */
const perMinute = (fallback: number) => z.coerce.number().int().min(0).max(1_000_000).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Unset → an embedded PostgreSQL started by this process, data under DATA_DIR. */
  DATABASE_URL: optionalUrl.optional(),
  DATA_DIR: z.string().default(path.join(repoRoot, '.data', 'pg')),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  API_HOST: z.string().default('0.0.0.0'),
  /**
   * Public origin of the storefront (no trailing slash). Batch QR codes encode
   * `${PUBLIC_STOREFRONT_URL}/truy-xuat/<trace code>`, so it must be the address shoppers reach.
   */
  PUBLIC_STOREFRONT_URL: z
    .string()
    .trim()
    .default('http://localhost:3000')
    .pipe(z.url({ protocol: /^https?$/ }))
    .transform((v) => v.replace(/\/+$/, '')),
  /** Where uploaded product images are stored by the local-disk storage adapter (served at /uploads/<file>). */
  UPLOADS_DIR: z.string().default(path.join(repoRoot, '.data', 'uploads')),
  /**
   * How long a cached public read may live, in seconds (0 turns response caching off). Entries are
   * invalidated by the cache epoch on every change; this only bounds them if a change is missed.
   */
  RESPONSE_CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(300),
  /**
   * Redis shared by every API instance, e.g. `redis://:secret@cache:6379/0` (`rediss://` for TLS).
   * Unset: the response cache, the rate limits and the login throttles live in each process. Set:
   * cached public reads, rate-limit counters and failed-login counts are shared (see lib/redis.ts for
   * what happens while Redis is away).
   */
  REDIS_URL: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.url({ protocol: /^rediss?$/ }).optional())
    .optional(),
  /** Put before every key this API writes to Redis, so several deployments can share one server. */
  REDIS_KEY_PREFIX: z.string().trim().max(64).regex(/^[\w:.-]*$/, 'letters, digits and _ : . - only').default('ocop:'),
  /** Seed demo data when the catalogue is empty at boot. */
  SEED_ON_EMPTY: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** Where a command was started (pnpm sets INIT_CWD), so CLI file arguments resolve from there. */
  INIT_CWD: z.string().default(process.cwd()),
  /**
   * Addresses whose X-Forwarded-For is believed (the storefront server, a load balancer), comma
   * separated. The storefront calls the API from the same machine by default.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('127.0.0.1,::1')
    .transform((v) => v.split(',').map((a) => a.trim()).filter(Boolean)),
  /**
   * Shared secret of the storefront's server and this API (at least 32 characters; the same value in
   * both). A GraphQL request carrying it in `X-OCOP-Storefront-Token` may name its shopper's address
   * in `X-OCOP-Client-Address`, and the per-address rate limits and login throttles count that
   * address (http/storefront-client.ts). Without it (or with a wrong one) the address header is
   * ignored. `pnpm start`, `pnpm dev` and the e2e suite generate one per run.
   */
  STOREFRONT_API_TOKEN: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().min(32, 'must be at least 32 characters').optional())
    .optional(),
  /** Only for create-admin-cli.ts: the new admin's password (else one is generated and printed). */
  ADMIN_PASSWORD: z.string().optional(),
  /**
   * Outbound mail server, e.g. `smtps://user:pass@smtp.example.vn:465`. Unset outside production: mails
   * are stored in the dev_mail table and shown at /dev/mailbox. Required in production (see below).
   */
  SMTP_URL: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.url({ protocol: /^smtps?$/ }).optional())
    .optional(),
  /** Sender of outbound mail. */
  MAIL_FROM: z.string().trim().min(3).default('OCOP Market <no-reply@ocop.local>'),
  /**
   * Production only: without SMTP_URL, store mails in dev_mail (logged at boot) instead of refusing to
   * start. For a local production-mode run (scripts/start.mjs); never on a real deployment.
   */
  ALLOW_DEV_MAILBOX: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /**
   * Card payments (Stripe). All three keys or none: without them card payments are switched off and
   * hidden (see modules/payments/stripe-settings.ts). Test keys with the local fake in development.
   */
  STRIPE_SECRET_KEY: optionalSecret(/^(sk|rk)_(test|live)_\w+$/, 'a Stripe secret key (sk_test_… or sk_live_…)'),
  STRIPE_PUBLISHABLE_KEY: optionalSecret(/^pk_(test|live)_\w+$/, 'a Stripe publishable key (pk_test_… or pk_live_…)'),
  STRIPE_WEBHOOK_SECRET: optionalSecret(/^whsec_\w+$/, 'a Stripe webhook signing secret (whsec_…)'),
  /** Another Stripe API base (the local fake: http://127.0.0.1:12111); unset → https://api.stripe.com. */
  STRIPE_API_URL: optionalUrl.optional(),
  /** Where browsers load Stripe.js from (the fake serves one at <STRIPE_API_URL>/v3/). */
  STRIPE_JS_URL: z.string().trim().default('https://js.stripe.com/v3/').pipe(z.url({ protocol: /^https?$/ })),
  /**
   * Production mode with ALLOW_DEV_MAILBOX: also serve the stored mails at /dev/mailbox (the e2e suite
   * reads its mails there). Outside production the page exists anyway. Never on a real deployment:
   * the page shows every reset and invitation link.
   */
  EXPOSE_DEV_MAILBOX: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Minutes a placed order awaiting an online payment (bank transfer, card) holds its stock. */
  ORDER_HOLD_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(15),
  /**
   * Hours an operator has to confirm or decline an on-request booking once it awaits them (paid, or
   * to pay at the point); never later than the slot's booking cut-off (see
   * docs/decisions/0002-bookings-as-order-parts.md). Unanswered, the booking is declined by a job.
   */
  BOOKING_OPERATOR_RESPONSE_HOURS: z.coerce.number().int().min(1).max(30 * 24).default(48),
  /**
   * The account shoppers pay into by bank transfer (VietQR). Demo defaults: a made-up Vietcombank
   * account; set real values before taking money.
   */
  BANK_BIN: z.string().regex(/^\d{6}$/, 'a 6-digit NAPAS bank BIN').default('970436'),
  BANK_NAME: z.string().trim().min(2).default('Vietcombank'),
  BANK_ACCOUNT_NUMBER: z.string().regex(/^[0-9A-Za-z]{4,19}$/, 'letters and digits, 4 to 19').default('0011001234567'),
  BANK_ACCOUNT_NAME: z.string().trim().min(2).default('CONG TY OCOP MARKET DEMO'),
  /** Run the background jobs (hold release, order mails) in this process with pg-boss. */
  JOBS_ENABLED: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** pino level of the API's structured (JSON) log; `silent` turns it off. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Bearer token that unlocks GET /metrics (Prometheus text format). Unset → /metrics answers 404.
   * At least 32 characters: it guards figures about traffic and the job queues.
   */
  METRICS_TOKEN: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().min(32, 'must be at least 32 characters').optional())
    .optional(),
  /**
   * Requests per minute before a GraphQL operation is refused with RATE_LIMITED (HTTP 429, Retry-After).
   * 0 switches that limit off. Per client address (see TRUSTED_PROXIES) and per signed-in account; the
   * in-process counters are per API process (see graphql/rate-limit.ts for several replicas).
   */
  RATE_LIMIT_MUTATIONS_PER_IP: perMinute(60),
  RATE_LIMIT_MUTATIONS_PER_ACCOUNT: perMinute(30),
  /** Sign-up, log-in, password reset and verification mails, per address (their failure throttles come on top). */
  RATE_LIMIT_ACCOUNT_ACCESS_PER_IP: perMinute(10),
  RATE_LIMIT_SEARCH_PER_IP: perMinute(120),
  /**
   * The database pool (see db/orm.ts). Connections at most; a request waits at most
   * DATABASE_CONNECT_TIMEOUT_MS for one (then fails fast with a retryable 503 instead of hanging while
   * the database is away); idle ones close after DATABASE_IDLE_TIMEOUT_MS.
   */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  DATABASE_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(10_000),
  /**
   * Server-side limits per connection of the API's pool: a statement running longer is cancelled
   * (0: no limit), and a session left idle inside an open transaction longer is ended, releasing its
   * locks (0: no limit). Migrations at boot and the CLIs (seed, import) run without them. The mail job holds an outbox row's lock while it
   * talks to the mail server, so keep the latter above the mail server's timeout.
   */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /**
   * On SIGTERM the API first reports not ready (/readyz 503) for this long, so load balancers stop
   * sending it traffic, then stops accepting connections and drains. Match it to the balancer's
   * readiness period × failure threshold.
   */
  SHUTDOWN_READINESS_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  /** A shutdown that has not finished after this long exits at once with status 1. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(120_000).default(15_000),
  LOG_SQL: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
});

export type Config = z.infer<typeof schema> & { isProduction: boolean };

/** The one place that reads process.env. Throws a readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const isProduction = parsed.data.NODE_ENV === 'production';
  // Verification and reset mails must reach people: in production a missing mail server is a
  // configuration error at boot, never mail silently stored where nobody reads it.
  if (isProduction && !parsed.data.SMTP_URL && !parsed.data.ALLOW_DEV_MAILBOX) {
    throw new Error('Invalid configuration:\n  SMTP_URL: required in production (outbound mail: verification and password reset); ALLOW_DEV_MAILBOX=true stores mails in the database instead.');
  }
  const stripeKeys = [parsed.data.STRIPE_SECRET_KEY, parsed.data.STRIPE_PUBLISHABLE_KEY, parsed.data.STRIPE_WEBHOOK_SECRET];
  if (stripeKeys.some(Boolean) && !stripeKeys.every(Boolean)) {
    throw new Error('Invalid configuration:\n  STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET: set all three to take card payments, or none to switch them off.');
  }
  return { ...parsed.data, isProduction };
}

/** The pool and session limits of the database (DATABASE_* above), as db/orm.ts takes them. */
export function databasePoolSettings(config: Config) {
  return {
    max: config.DATABASE_POOL_MAX,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    idleTimeoutMs: config.DATABASE_IDLE_TIMEOUT_MS,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    idleInTransactionTimeoutMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}
