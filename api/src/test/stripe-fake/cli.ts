/**
 * Runs the Stripe fake as a process (offline development and e2e):
 *
 *   pnpm --filter api stripe-fake
 *
 * Environment (the same names the API reads, so one set of values serves both):
 *   STRIPE_FAKE_PORT       port (default 12111); STRIPE_FAKE_HOST (default 127.0.0.1)
 *   STRIPE_WEBHOOK_SECRET  required: signs the webhook events (whsec_…)
 *   STRIPE_WEBHOOK_URL     where events go (default http://localhost:${API_PORT:-4000}/webhooks/stripe)
 *   STRIPE_SECRET_KEY / STRIPE_PUBLISHABLE_KEY  the only keys accepted (default: any sk_test_… / pk_test_…)
 * Then start the API with STRIPE_API_URL=http://127.0.0.1:12111 and STRIPE_JS_URL=http://127.0.0.1:12111/v3/.
 */
import { startStripeFake } from './server.js';

const env = process.env;
if (!env.STRIPE_WEBHOOK_SECRET) {
  console.error('STRIPE_WEBHOOK_SECRET is required (e.g. whsec_ocop_dev)');
  process.exit(1);
}
const fake = await startStripeFake({
  port: Number(env.STRIPE_FAKE_PORT ?? 12111),
  host: env.STRIPE_FAKE_HOST ?? '127.0.0.1',
  webhookSecret: env.STRIPE_WEBHOOK_SECRET,
  webhookUrl: env.STRIPE_WEBHOOK_URL ?? `http://localhost:${env.API_PORT ?? 4000}/webhooks/stripe`,
  secretKey: env.STRIPE_SECRET_KEY || undefined,
  publishableKey: env.STRIPE_PUBLISHABLE_KEY || undefined,
});
console.log(`[stripe-fake] API at ${fake.url}/v1, Stripe.js at ${fake.url}/v3/, webhooks to ${fake.webhookUrl}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
