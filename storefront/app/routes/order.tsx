import { useEffect, useState } from "react";
import { data, Form, Link, redirect, redirectDocument, useRevalidator } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { BookingCard, bookingErrorKey } from "../components/BookingCard";
import { CardPaymentForm } from "../components/CardPaymentForm";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { mutate, query } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { formatDateTime, formatVnd } from "../lib/format";
import { BookingCancelMutation, OrderPageQuery } from "../lib/operations.server";
import { accessFor, rememberOrderAccess } from "../lib/order-access.server";
import { privateMeta } from "../lib/private-page";
import { allowCardPayments } from "../lib/security-headers.server";
import { pageUrls, publicOrigin } from "../lib/seo";
import { formText } from "../lib/shop";
import type { Route } from "./+types/order";

const MAX_NUMBER_LENGTH = 40;

export function meta({ loaderData, location, params, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return privateMeta(t("shop.orderTitle", { number: params.number ?? "" }), loaderData?.urls);
}

/** The VietQR SVG made by our API, as an image: an <img> never runs anything inside an SVG. */
function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
}

/**
 * The order for whoever may see it: the signed-in shopper who placed it (the API decides), or a
 * guest with the secret from checkout or the order's email, kept in our order-access cookie.
 * Anyone else gets the email form.
 */
export async function loader({ request, context, url, params }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const number = params.number;
  if (!number || number.length > MAX_NUMBER_LENGTH) throw data(null, { status: 404 });
  const access = accessFor(request.headers.get("cookie"), number);
  const { order } = await query(context, OrderPageQuery, {
    number,
    email: access?.email ?? null,
    accessToken: access?.accessToken ?? null,
  });
  const bankTransfer = order?.payment.bankTransfer;
  // The card form loads Stripe.js: this page's CSP lets it (and only it) in.
  if (order?.payment.card) allowCardPayments(context, order.payment.card.jsUrl);
  return {
    number,
    order,
    qrImage: bankTransfer ? svgDataUri(bankTransfer.qrSvg) : null,
    justPlaced: url.searchParams.has("moi"),
    urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "order", { number }),
  };
}

/** Marks a document whose CSP lets Stripe.js in (see clientLoader). */
const CARD_CSP_MARKER = "data-card-payments-allowed";

/**
 * A document's CSP is fixed when it loads, and only an order page with a card payment lets Stripe.js
 * in. A client-side navigation to such a page from one without the card form (checkout, the orders
 * list) therefore loads the order page as a new document; revalidations of the card page itself
 * (the form is on screen, so its document allows Stripe) stay client-side.
 */
export async function clientLoader({ serverLoader, request }: Route.ClientLoaderArgs) {
  const loaded = await serverLoader();
  if (loaded.order?.payment.card && !document.querySelector(`[${CARD_CSP_MARKER}]`)) {
    const url = new URL(request.url);
    throw redirectDocument(url.pathname + url.search);
  }
  return loaded;
}

/**
 * The guest's email form: the right email opens the order (and this browser remembers it).
 * `intent=cancelBooking`: the shopper cancels a booking of the order (signed in as its owner, or a
 * guest with the link's secret kept in our cookie); the API checks the deadline.
 */
export async function action({ request, context, params, url }: Route.ActionArgs) {
  const number = params.number ?? "";
  const form = await request.formData();
  if (formText(form, "intent") === "cancelBooking") {
    const bookingId = formText(form, "bookingId");
    const access = accessFor(request.headers.get("cookie"), number);
    const result = (await mutate(context, BookingCancelMutation, { input: { bookingId, accessToken: access?.accessToken ?? null } })).bookingCancel;
    const error = result.userErrors.length ? bookingErrorKey(result.userErrors[0]!.code) : null;
    return data({ email: "", error: null, cancel: { bookingId, error } }, { status: error ? 400 : 200 });
  }
  const email = formText(form, "email").trim().slice(0, 320);
  if (!email) return data({ email, error: "EMAIL_REQUIRED" as const, cancel: null }, { status: 400 });
  const { order } = await query(context, OrderPageQuery, { number, email, accessToken: null });
  if (!order) return data({ email, error: "NOT_FOUND" as const, cancel: null }, { status: 404 });
  throw redirect(url.pathname, { headers: { "Set-Cookie": rememberOrderAccess(request.headers.get("cookie"), { number, email }) } });
}

type Order = NonNullable<Route.ComponentProps["loaderData"]["order"]>;

function Lookup({ number, actionData }: { number: string; actionData: Route.ComponentProps["actionData"] }) {
  const t = useTranslations("shop");
  const tErrors = useTranslations("shop.errors");
  return (
    <section className="shop-page">
      <h1>{t("orderLookupTitle", { number })}</h1>
      <p>{t("orderLookupIntro")}</p>
      <Form method="post" className="workspace-form" noValidate>
        {actionData?.error === "NOT_FOUND" ? (
          <p className="form-error" role="alert">
            {t("orderNotFound")}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="email">{t("email")}</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={actionData?.email ?? ""}
            aria-invalid={actionData?.error === "EMAIL_REQUIRED" ? true : undefined}
            aria-describedby={actionData?.error === "EMAIL_REQUIRED" ? "email-error" : undefined}
          />
          {actionData?.error === "EMAIL_REQUIRED" ? (
            <p className="field-error" id="email-error">
              {tErrors("EMAIL_REQUIRED")}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" className="button">
            {t("orderLookupSubmit")}
          </button>
        </div>
      </Form>
    </section>
  );
}

function PaymentSection({ order, qrImage }: { order: Order; qrImage: string | null }) {
  const t = useTranslations("shop");
  const locale = useLocale();
  const { payment } = order;
  const pending = payment.state === "PENDING";
  // Stripe tells the API by webhook; the page asks again until the payment is no longer pending.
  const revalidator = useRevalidator();
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (!confirming || !pending) return;
    const timer = setInterval(() => revalidator.revalidate(), 1500);
    return () => clearInterval(timer);
  }, [confirming, pending, revalidator]);
  const onCardPaid = () => setConfirming(true);
  return (
    <section className="order-payment" aria-labelledby="thanh-toan">
      <h2 id="thanh-toan">{t("paymentState")}</h2>
      <p>
        <strong>{t(`paymentMethods.${payment.method}`)}</strong> ·{" "}
        <span className={`badge ${payment.state === "SUCCEEDED" ? "badge--ok" : pending ? "badge--warning" : ""}`} data-testid="payment-state">
          {t(`paymentStates.${payment.state}`)}
        </span>
      </p>
      {payment.state === "SUCCEEDED" && payment.receivedAt ? (
        <p className="muted" data-testid="payment-received-at">
          {t("paymentReceivedAt", { time: formatDateTime(payment.receivedAt, locale) })}
        </p>
      ) : null}
      {pending && payment.method === "COD" ? <p>{t("codPending")}</p> : null}
      {pending && payment.holdExpiresAt ? <p className="muted">{t("holdUntil", { time: formatDateTime(payment.holdExpiresAt, locale) })}</p> : null}
      {payment.bankTransfer && qrImage ? (
        <div className="bank-transfer" data-testid="bank-transfer">
          <h3>{t("bankTransferHeading")}</h3>
          <p>{t("bankTransferIntro")}</p>
          <div className="bank-transfer__body">
            <img
              className="bank-transfer__qr"
              src={qrImage}
              width={240}
              height={240}
              alt={t("qrAlt", { amount: formatVnd(payment.bankTransfer.amount.amount, locale), number: order.number })}
            />
            <dl className="facts">
              <dt>{t("bank")}</dt>
              <dd>{payment.bankTransfer.bankName}</dd>
              <dt>{t("accountNumber")}</dt>
              <dd className="mono">{payment.bankTransfer.accountNumber}</dd>
              <dt>{t("accountName")}</dt>
              <dd>{payment.bankTransfer.accountName}</dd>
              <dt>{t("amount")}</dt>
              <dd>
                <strong>{formatVnd(payment.bankTransfer.amount.amount, locale)}</strong>
              </dd>
              <dt>{t("memo")}</dt>
              <dd className="mono" data-testid="transfer-memo">
                <strong>{payment.bankTransfer.memo}</strong>
              </dd>
            </dl>
          </div>
        </div>
      ) : null}
      {pending && payment.method === "CARD" ? (
        <div className="card-payment" data-testid="card-payment" {...(payment.card ? { [CARD_CSP_MARKER]: "" } : {})}>
          {payment.card ? (
            <CardPaymentForm
              publishableKey={payment.card.publishableKey}
              scriptUrl={payment.card.jsUrl}
              clientSecret={payment.card.clientSecret}
              amount={order.total.amount}
              returnUrl={typeof window === "undefined" ? "" : window.location.href}
              onSucceeded={onCardPaid}
            />
          ) : (
            <>
              <h3>{t("cardHeading")}</h3>
              <p className="notice">{t("cardPending")}</p>
            </>
          )}
          {confirming ? (
            <p role="status" className="muted">
              {t("cardConfirming")}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

export default function OrderPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("shop");
  const tBooking = useTranslations("booking");
  const locale = useLocale();
  const dataLang = locale === "vi" ? undefined : "vi";
  const { order, number, qrImage, justPlaced } = loaderData;
  if (!order) return <Lookup number={number} actionData={actionData} />;
  const address = order.shippingAddress;
  return (
    <section className="shop-page order-page">
      <h1>{t("orderTitle", { number: order.number })}</h1>
      <p className="muted">{t("orderPlacedOn", { date: formatDateTime(order.createdAt, locale) })}</p>
      {justPlaced ? (
        <p className="notice notice--success" role="status">
          {t("orderThanks", { email: order.email })}
        </p>
      ) : null}

      <PaymentSection order={order} qrImage={qrImage} />

      {order.bookings.length ? (
        <section aria-labelledby="dat-cho">
          <h2 id="dat-cho">{tBooking("bookingsHeading")}</h2>
          {order.bookings.map((b) => (
            <BookingCard key={b.id} booking={b} answer={actionData?.cancel} />
          ))}
        </section>
      ) : null}

      {order.subOrders.length ? (
      <section aria-labelledby="giao-hang">
        <h2 id="giao-hang">{t("subOrdersHeading")}</h2>
        {order.subOrders.map((sub) => (
          <article key={sub.id} className="sub-order" data-testid="sub-order">
            <header className="sub-order__header">
              <h3 lang={dataLang}>
                <Link to={localeHref("producer", locale, { slug: sub.producer.slug })}>{sub.producer.name}</Link>
              </h3>
              <span className={`state state--${sub.state.toLowerCase()}`} data-testid="sub-order-state">
                {t(`subOrderStates.${sub.state}`)}
              </span>
            </header>
            <ul className="sub-order__lines">
              {sub.lines.map((line) => (
                <li key={line.sku}>
                  <span lang={dataLang}>{t("variantOf", { name: line.productName, label: line.variantLabel })}</span>{" "}
                  <span className="muted">
                    {formatVnd(line.unitPrice.amount, locale)} {t("quantityTimes", { quantity: line.quantity })}
                  </span>
                  <span className="summary-amount">{formatVnd(line.lineTotal.amount, locale)}</span>
                </li>
              ))}
            </ul>
            <dl className="facts">
              <dt>{t("deliveryLabel")}</dt>
              <dd>
                {sub.deliveryOption === "EXPRESS" || sub.deliveryOption === "STANDARD" ? t(`deliveryOptions.${sub.deliveryOption}`) : sub.deliveryOption} ·{" "}
                {formatVnd(sub.shipping.amount, locale)}
              </dd>
              {sub.carrier ? (
                <>
                  <dt>{t("carrier")}</dt>
                  <dd>{sub.carrier}</dd>
                </>
              ) : null}
              {sub.trackingNumber ? (
                <>
                  <dt>{t("tracking")}</dt>
                  <dd className="mono" data-testid="tracking-number">
                    {sub.trackingNumber}
                  </dd>
                </>
              ) : null}
              <dt>{t("total")}</dt>
              <dd>{formatVnd(sub.total.amount, locale)}</dd>
            </dl>
            {sub.cancelReason ? <p className="muted">{t("cancelReason", { reason: sub.cancelReason })}</p> : null}
            {sub.refundReason ? <p className="muted">{t("refundReason", { reason: sub.refundReason })}</p> : null}
          </article>
        ))}
      </section>
      ) : null}

      <div className="order-page__footer">
        <section aria-labelledby="dia-chi">
          {address ? (
            <>
              <h2 id="dia-chi">{t("shipTo")}</h2>
              <address lang={dataLang}>
                {address.recipientName}
                <br />
                {address.streetLine}, {address.commune.name}, {address.province.name}
                <br />
                {address.phone}
              </address>
            </>
          ) : (
            <h2 id="dia-chi">{t("contact")}</h2>
          )}
          <p>
            {t("contact")}: {order.email} · {order.phone}
          </p>
        </section>
        <dl className="summary-totals">
          <dt>{t("subtotal")}</dt>
          <dd>{formatVnd(order.subtotal.amount, locale)}</dd>
          <dt>{t("shipping")}</dt>
          <dd>{formatVnd(order.shipping.amount, locale)}</dd>
          {order.bookings.length ? (
            <>
              <dt>{tBooking("bookingsSubtotal")}</dt>
              <dd>{formatVnd(order.bookingsTotal.amount, locale)}</dd>
            </>
          ) : null}
          <dt>{t("total")}</dt>
          <dd data-testid="order-total">
            <strong>{formatVnd(order.total.amount, locale)}</strong>
          </dd>
        </dl>
      </div>
    </section>
  );
}
