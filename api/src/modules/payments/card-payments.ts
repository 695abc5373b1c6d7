import type { Config } from '../../config.js';
import type { CardPaymentGateway } from './card-payment.js';
import { createStripeClient, createStripeGateway } from './stripe-gateway.js';
import { publicSettings, stripeSettings, type CardPaymentPublicSettings, type StripeSettings } from './stripe-settings.js';

/** Card payments as configured: null when the Stripe keys are not set (the method is then hidden). */
export interface CardPayments {
  settings: StripeSettings;
  gateway: CardPaymentGateway;
  /** For the storefront: publishable key and Stripe.js URL. */
  public: CardPaymentPublicSettings;
}

export function createCardPayments(config: Config): CardPayments | null {
  const settings = stripeSettings(config);
  if (!settings) return null;
  return { settings, gateway: createStripeGateway(createStripeClient(settings)), public: publicSettings(settings)! };
}
