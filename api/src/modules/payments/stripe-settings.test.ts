import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { createCardPayments } from './card-payments.js';
import { stripeSettings } from './stripe-settings.js';

const KEYS = { STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_PUBLISHABLE_KEY: 'pk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' };

describe('card payment settings', () => {
  it('switches card payments off when no Stripe key is set (hidden, not broken)', () => {
    expect(stripeSettings(loadConfig({}))).toBeNull();
    expect(createCardPayments(loadConfig({ STRIPE_SECRET_KEY: '', STRIPE_PUBLISHABLE_KEY: '', STRIPE_WEBHOOK_SECRET: '' }))).toBeNull();
  });

  it('refuses one or two of the three keys, and keys of the wrong kind, without echoing them', () => {
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc' })).toThrow(/set all three/);
    expect(() => loadConfig({ ...KEYS, STRIPE_PUBLISHABLE_KEY: 'sk_test_abc' })).toThrow(/STRIPE_PUBLISHABLE_KEY: must be a Stripe publishable key/);
    expect(() => loadConfig({ ...KEYS, STRIPE_SECRET_KEY: 'pk_live_secretish' })).not.toThrow(/pk_live_secretish/);
  });

  it('talks to api.stripe.com by default and to STRIPE_API_URL (the local fake) when set', () => {
    expect(stripeSettings(loadConfig(KEYS))).toEqual({ secretKey: 'sk_test_abc', publishableKey: 'pk_test_abc', webhookSecret: 'whsec_abc', api: undefined, jsUrl: 'https://js.stripe.com/v3/' });
    const local = stripeSettings(loadConfig({ ...KEYS, STRIPE_API_URL: 'http://127.0.0.1:12111', STRIPE_JS_URL: 'http://127.0.0.1:12111/v3/' }));
    expect(local).toMatchObject({ api: { host: '127.0.0.1', port: 12111, protocol: 'http' }, jsUrl: 'http://127.0.0.1:12111/v3/' });
    expect(createCardPayments(loadConfig(KEYS))?.public).toEqual({ publishableKey: 'pk_test_abc', jsUrl: 'https://js.stripe.com/v3/' });
  });
});
