import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "use-intl";
import { cardErrorKey, loadStripeJs, type CardErrorKey, type StripeElements, type StripeJs } from "../lib/card-payment";
import { formatVnd } from "../lib/format";

export interface CardPaymentFormProps {
  /** From the API's card payment settings (STRIPE_PUBLISHABLE_KEY). */
  publishableKey: string;
  /** Stripe.js to load (STRIPE_JS_URL: js.stripe.com/v3/, or the local fake's /v3/). */
  scriptUrl: string;
  /** The order's PaymentIntent client secret (from the API; never stored in the page URL). */
  clientSecret: string;
  /** Amount shown on the button, integer đồng. */
  amount: number;
  /** Absolute URL Stripe returns to if a payment method needs a redirect (3-D Secure, wallets). */
  returnUrl: string;
  /** After the card was accepted (the order becomes paid when the webhook arrives; reload or poll). */
  onSucceeded?: (paymentIntentId: string) => void;
}

type Phase = "loading" | "ready" | "paying" | "succeeded" | "processing" | "unavailable";

/**
 * Stripe's Payment Element on an order's payment page: loads Stripe.js, mounts the card form, confirms
 * the order's PaymentIntent in the browser (card data never reaches our servers) and explains errors
 * in the page's language. The order itself is marked paid by the API when Stripe's webhook arrives.
 */
export function CardPaymentForm({ publishableKey, scriptUrl, clientSecret, amount, returnUrl, onSucceeded }: CardPaymentFormProps) {
  const t = useTranslations("cardPayment");
  const locale = useLocale() as "vi" | "en";
  const mountRef = useRef<HTMLDivElement>(null);
  const stripeRef = useRef<{ stripe: StripeJs; elements: StripeElements } | null>(null);
  const [phase, setPhase] = useState<Phase>("loading");
  const [error, setError] = useState<CardErrorKey | null>(null);
  const headingId = useId();

  useEffect(() => {
    let cancelled = false;
    let destroy = () => {};
    loadStripeJs(scriptUrl)
      .then((Stripe) => {
        if (cancelled || !mountRef.current) return;
        const stripe = Stripe(publishableKey, { locale });
        const elements = stripe.elements({ clientSecret, locale });
        const payment = elements.create("payment");
        payment.on("ready", () => !cancelled && setPhase((p) => (p === "loading" ? "ready" : p)));
        payment.mount(mountRef.current);
        stripeRef.current = { stripe, elements };
        destroy = () => payment.destroy();
      })
      .catch(() => !cancelled && setPhase("unavailable"));
    return () => {
      cancelled = true;
      destroy();
      stripeRef.current = null;
    };
  }, [scriptUrl, publishableKey, clientSecret, locale]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const current = stripeRef.current;
    if (!current || phase === "paying") return;
    setPhase("paying");
    setError(null);
    const result = await current.stripe.confirmPayment({ elements: current.elements, confirmParams: { return_url: returnUrl }, redirect: "if_required" });
    if (result.error) {
      setError(cardErrorKey(result.error));
      setPhase("ready");
      return;
    }
    const intent = result.paymentIntent;
    if (intent?.status === "succeeded") {
      setPhase("succeeded");
      onSucceeded?.(intent.id);
    } else if (intent?.status === "processing") {
      setPhase("processing");
    } else {
      setError("generic");
      setPhase("ready");
    }
  }

  if (phase === "succeeded") return <p className="notice" role="status">{t("succeeded")}</p>;
  if (phase === "processing") return <p className="notice" role="status">{t("processing")}</p>;

  return (
    <form
      className="card-payment__form workspace-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
      aria-busy={phase === "loading" || phase === "paying"}
    >
      {/* Inside the order page's "Payment" section (an h2). */}
      <h3 id={headingId}>{t("heading")}</h3>
      <p>{t("intro")}</p>
      <noscript>
        <p className="notice notice--warning">{t("needsJavaScript")}</p>
      </noscript>
      {phase === "unavailable" ? <p className="notice notice--warning">{t("unavailable")}</p> : null}
      {phase === "loading" ? <p aria-live="polite">{t("loading")}</p> : null}
      <div ref={mountRef} className="card-payment__element" />
      {error ? (
        <p className="form-error" role="alert">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={phase !== "ready"}>
        {phase === "paying" ? t("paying") : t("pay", { amount: formatVnd(amount, locale) })}
      </button>
    </form>
  );
}
