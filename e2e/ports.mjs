// Ports of the system under test; override to run several e2e suites side by side.
const env = (name, fallback) => Number(process.env[name] ?? fallback);
export const E2E = {
  postgres: env('E2E_PG_PORT', 54339),
  api: env('E2E_API_PORT', 4100),
  storefront: env('E2E_STOREFRONT_PORT', 3100),
  /** The local Stripe fake (card payments; /v1 API, /v3/ Stripe.js, /_fake/ test controls). */
  stripe: env('E2E_STRIPE_PORT', 4190),
};

/** Test keys of the e2e system: the API and the Stripe fake share them. */
export const E2E_STRIPE = {
  secretKey: 'sk_test_ocop_e2e',
  publishableKey: 'pk_test_ocop_e2e',
  webhookSecret: 'whsec_ocop_e2e',
  url: `http://127.0.0.1:${E2E.stripe}`,
};
