import type { Config } from '../../config.js';

export interface StripeSettings {
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
  /** SDK connection override (the local fake); absent → api.stripe.com over https. */
  api?: { host: string; port: number; protocol: 'http' | 'https' };
  /** Stripe.js for the browser. */
  jsUrl: string;
}

/** What the storefront needs to show the Payment Element (no secret). */
export interface CardPaymentPublicSettings {
  publishableKey: string;
  jsUrl: string;
}

/**
 * Card payments are on when the three Stripe keys are configured (config.ts refuses one or two of
 * them); otherwise null, and the card method is hidden, not broken.
 */
export function stripeSettings(config: Config): StripeSettings | null {
  const { STRIPE_SECRET_KEY: secretKey, STRIPE_PUBLISHABLE_KEY: publishableKey, STRIPE_WEBHOOK_SECRET: webhookSecret } = config;
  if (!secretKey || !publishableKey || !webhookSecret) return null;
  let api: StripeSettings['api'];
  if (config.STRIPE_API_URL) {
    const url = new URL(config.STRIPE_API_URL);
    const protocol = url.protocol === 'http:' ? 'http' : 'https';
    api = { host: url.hostname, port: Number(url.port || (protocol === 'http' ? 80 : 443)), protocol };
  }
  return { secretKey, publishableKey, webhookSecret, api, jsUrl: config.STRIPE_JS_URL };
}

export function publicSettings(settings: StripeSettings | null): CardPaymentPublicSettings | null {
  return settings ? { publishableKey: settings.publishableKey, jsUrl: settings.jsUrl } : null;
}
