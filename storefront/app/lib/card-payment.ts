/**
 * The part of Stripe.js the card form uses (https://docs.stripe.com/js), typed by hand: the real
 * library and the local fake (served by the Stripe fake at /v3/) both provide it as window.Stripe.
 */
export interface StripeError {
  type: string;
  code?: string;
  decline_code?: string;
  message?: string;
}
export interface StripePaymentIntent {
  id: string;
  status: string;
}
export interface StripePaymentElement {
  mount(target: string | HTMLElement): void;
  destroy(): void;
  on(event: "ready" | "change", handler: (event: { complete?: boolean }) => void): void;
}
export interface StripeElements {
  create(type: "payment"): StripePaymentElement;
}
export interface StripeJs {
  elements(options: { clientSecret: string; locale?: string }): StripeElements;
  confirmPayment(options: {
    elements: StripeElements;
    confirmParams: { return_url: string };
    redirect: "if_required";
  }): Promise<{ error?: StripeError; paymentIntent?: StripePaymentIntent }>;
}
type StripeFactory = (publishableKey: string, options?: { locale?: string }) => StripeJs;

declare global {
  interface Window {
    Stripe?: StripeFactory;
  }
}

/** Error codes with their own message (cardPayment.errors.<code>); anything else is "generic". */
const KNOWN = new Set([
  "card_declined",
  "insufficient_funds",
  "expired_card",
  "incorrect_cvc",
  "incorrect_number",
  "invalid_number",
  "incomplete_number",
  "incomplete_expiry",
  "invalid_expiry_year_past",
  "incomplete_cvc",
  "processing_error",
  "payment_intent_unexpected_state",
  "api_connection_error",
]);

export type CardErrorKey =
  | "card_declined"
  | "insufficient_funds"
  | "expired_card"
  | "incorrect_cvc"
  | "incorrect_number"
  | "invalid_number"
  | "incomplete_number"
  | "incomplete_expiry"
  | "invalid_expiry_year_past"
  | "incomplete_cvc"
  | "processing_error"
  | "payment_intent_unexpected_state"
  | "api_connection_error"
  | "generic";

/**
 * Which of our messages explains a Stripe.js error, in the page's language (never Stripe's English
 * text): the decline reason first (insufficient funds), then the code, then the error type.
 */
export function cardErrorKey(error: StripeError): CardErrorKey {
  for (const candidate of [error.decline_code, error.code, error.type]) {
    if (candidate && KNOWN.has(candidate)) return candidate as CardErrorKey;
  }
  return "generic";
}

const loading = new Map<string, Promise<StripeFactory>>();

/** Adds Stripe.js from `url` once per page (the real one from js.stripe.com, or the local fake). */
export function loadStripeJs(url: string): Promise<StripeFactory> {
  if (window.Stripe) return Promise.resolve(window.Stripe);
  let promise = loading.get(url);
  if (!promise) {
    promise = new Promise<StripeFactory>((resolve, reject) => {
      const script = document.createElement("script");
      script.src = url;
      script.async = true;
      script.onload = () => (window.Stripe ? resolve(window.Stripe) : reject(new Error("Stripe.js did not define window.Stripe")));
      script.onerror = () => {
        loading.delete(url);
        script.remove();
        reject(new Error(`could not load ${url}`));
      };
      document.head.appendChild(script);
    });
    loading.set(url, promise);
  }
  return promise;
}
