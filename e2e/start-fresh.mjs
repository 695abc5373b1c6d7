/**
 * The system under test: API + storefront (production builds) on a brand-new embedded database, on
 * ports of their own so a running `pnpm start` is not disturbed, with card payments through the local
 * Stripe fake (its own port, E2E_STRIPE_PORT; webhooks signed to the API's /webhooks/stripe).
 * Playwright starts and stops this.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E, E2E_STRIPE } from './ports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '.data', 'e2e');
rmSync(dataDir, { recursive: true, force: true });

const stripeEnv = {
  STRIPE_SECRET_KEY: E2E_STRIPE.secretKey,
  STRIPE_PUBLISHABLE_KEY: E2E_STRIPE.publishableKey,
  STRIPE_WEBHOOK_SECRET: E2E_STRIPE.webhookSecret,
};
// The fake runs from source (it is a test helper, not part of the API build), with tsx.
const fake = spawn(process.execPath, [path.join(root, 'api', 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/test/stripe-fake/cli.ts'], {
  cwd: path.join(root, 'api'),
  stdio: 'inherit',
  env: {
    ...process.env,
    ...stripeEnv,
    STRIPE_FAKE_PORT: String(E2E.stripe),
    STRIPE_FAKE_HOST: '127.0.0.1',
    STRIPE_WEBHOOK_URL: `http://127.0.0.1:${E2E.api}/webhooks/stripe`,
  },
});

const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ...stripeEnv,
    STRIPE_API_URL: E2E_STRIPE.url,
    STRIPE_JS_URL: `${E2E_STRIPE.url}/v3/`,
    DATABASE_URL: '',
    DATA_DIR: path.join(dataDir, 'pg'),
    EMBEDDED_PG_PORT: String(E2E.postgres),
    API_PORT: String(E2E.api),
    STOREFRONT_PORT: String(E2E.storefront),
    // Mails are stored (no SMTP_URL); specs read their links from /dev/mailbox?to=… (JSON).
    EXPOSE_DEV_MAILBOX: 'true',
    // The suite signs the demo accounts in and changes things dozens of times a minute, in parallel:
    // the API's rate limits (tested in api/src/graphql/rate-limit.api.test.ts) would refuse it.
    RATE_LIMIT_MUTATIONS_PER_IP: '0',
    RATE_LIMIT_MUTATIONS_PER_ACCOUNT: '0',
    RATE_LIMIT_ACCOUNT_ACCESS_PER_IP: '0',
    RATE_LIMIT_SEARCH_PER_IP: '0',
    // The storefront believes X-Forwarded-For from the loopback (a proxy on this machine would be
    // the only one to send it; Chromium never does): a spec can stand for a shopper at another
    // address (storefront-client-address.spec.ts). STOREFRONT_API_TOKEN comes from start.mjs.
    TRUST_PROXY: 'loopback',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal);
    fake.kill(signal);
  });
}
fake.on('exit', (code, signal) => {
  if (child.exitCode === null && !signal) {
    console.error(`[e2e] the Stripe fake exited (${code}); stopping`);
    child.kill('SIGTERM');
  }
});
child.on('exit', (code) => {
  if (fake.exitCode === null) fake.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
