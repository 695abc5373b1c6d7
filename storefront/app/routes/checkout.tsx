import { randomUUID } from "node:crypto";
import { useRef, useState } from "react";
import { data, Form, Link, redirect, useNavigation, type RouterContextProvider } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { BookingSummary } from "../components/BookingSummary";
import { LabelledField } from "../components/LabelledField";
import { localeFromPathname, localeHref, translatorFor } from "../i18n";
import { mutate, query } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { formatVnd } from "../lib/format";
import { CheckoutOptionsQuery, CheckoutPageQuery, CheckoutPlaceMutation, CheckoutProvinceQuery } from "../lib/operations.server";
import { rememberOrderAccess } from "../lib/order-access.server";
import { privateMeta } from "../lib/private-page";
import { pageUrls, publicOrigin } from "../lib/seo";
import {
  checkoutErrorsFromApi,
  checkoutProblems,
  checkoutTotals,
  checkoutValuesFrom,
  formText,
  groupByProducer,
  type CheckoutErrors,
  type CheckoutValues,
  type ShopErrorCode,
} from "../lib/shop";
import type { CheckoutProvinceQuery as CheckoutProvinceData, DeliveryOptionCode, PaymentMethod } from "../gql/graphql";
import type { Route } from "./+types/checkout";

export function meta({ loaderData, location }: Route.MetaArgs): Route.MetaDescriptors {
  const t = translatorFor(localeFromPathname(location.pathname));
  return privateMeta(t("shop.checkoutTitle"), loaderData?.urls);
}

export async function loader({ request, context, url }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const [page, options] = await Promise.all([query(context, CheckoutPageQuery), query(context, CheckoutOptionsQuery)]);
  return {
    ...page,
    ...options,
    // One key per rendering of the form: posting the same form again (a retry, a double click)
    // returns the order it already placed instead of placing another.
    idempotencyKey: randomUUID(),
    urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "checkout"),
  };
}

type ProvinceData = Awaited<ReturnType<typeof provinceData>>;

/** The communes of the chosen province (every page of them) and its delivery rates. */
async function provinceData(context: Readonly<RouterContextProvider>, provinceId: string, provinceCode: string) {
  const communes: { id: string; name: string }[] = [];
  let after: string | null = null;
  let rates: { code: string; minDays: number; maxDays: number; price: { amount: number } }[] = [];
  for (let page = 0; page < 20; page++) {
    const result: CheckoutProvinceData = await query(context, CheckoutProvinceQuery, { provinceId, provinceCode, after });
    communes.push(...result.communes.nodes);
    rates = result.deliveryOptions;
    if (!result.communes.pageInfo.hasNextPage) break;
    after = result.communes.pageInfo.endCursor ?? null;
  }
  return { provinceId, communes, rates };
}

function answer(values: CheckoutValues, errors: CheckoutErrors, province: ProvinceData | null, status = 400) {
  return data({ values, errors, province }, { status });
}

/**
 * `intent=province` (the "choose this province" button, pressed by script when the select changes):
 * the form comes back with that province's communes and delivery prices, nothing typed lost.
 * `intent=place`: checks, then checkoutPlace with the form's idempotency key; on success the order
 * page (its access kept in our cookie for guests), else each error next to its field.
 */
export async function action({ request, context, url }: Route.ActionArgs) {
  const locale = localeFromPathname(url.pathname);
  const form = await request.formData();
  const values = checkoutValuesFrom(form);
  const [page, options] = await Promise.all([query(context, CheckoutPageQuery), query(context, CheckoutOptionsQuery)]);
  const province = options.provinces.nodes.find((p) => p.id === values.provinceId);
  if (!province) values.provinceId = "";
  const chosen = province ? await provinceData(context, province.id, province.code) : null;
  if (chosen && !chosen.communes.some((c) => c.id === values.communeId)) values.communeId = "";
  if (!values.idempotencyKey) values.idempotencyKey = randomUUID();

  if (formText(form, "intent") === "province") return answer(values, {}, chosen, 200);

  const requiresShipping = page.cart?.requiresShipping ?? true;
  // The name is asked either way: the recipient's, or for bookings only the operator's guest list.
  const problems = checkoutProblems(values, requiresShipping);
  if (values.paymentMethod && !options.paymentMethods.includes(values.paymentMethod as PaymentMethod)) problems.paymentMethod = "PAYMENT_METHOD_UNAVAILABLE";
  if (Object.keys(problems).length) return answer(values, problems, chosen);

  const producerIds = [...new Set((page.cart?.lines.nodes ?? []).flatMap((l) => (l.product ? [l.product.producer.id] : [])))];
  const result = (
    await mutate(context, CheckoutPlaceMutation, {
      input: {
        idempotencyKey: values.idempotencyKey,
        email: values.email.trim(),
        phone: values.phone,
        contactName: values.name.trim(),
        // A cart of bookings only ships nothing: no address.
        shippingAddress: requiresShipping
          ? {
              recipientName: values.name.trim(),
              phone: values.phone,
              provinceId: values.provinceId,
              communeId: values.communeId,
              streetLine: values.street.trim(),
            }
          : null,
        deliveryOptions: producerIds.flatMap((producerId) => {
          const option = values.delivery[producerId];
          return option === "STANDARD" || option === "EXPRESS" ? [{ producerId, option: option as DeliveryOptionCode }] : [];
        }),
        paymentMethod: values.paymentMethod as PaymentMethod,
      },
    })
  ).checkoutPlace;

  if (result.order) {
    // A retry answers with the same order but no new secret: the email just typed opens it too.
    const access = result.accessToken
      ? { number: result.order.number, accessToken: result.accessToken }
      : { number: result.order.number, email: values.email.trim() };
    throw redirect(`${localeHref("order", locale, { number: result.order.number })}?moi`, {
      headers: { "Set-Cookie": rememberOrderAccess(request.headers.get("cookie"), access) },
    });
  }
  const errors = checkoutErrorsFromApi(result.userErrors);
  // This key is spent (another cart placed an order with it): the next attempt needs a new one.
  if (result.userErrors.some((e) => e.code === "IDEMPOTENCY_KEY_REUSED")) values.idempotencyKey = randomUUID();
  return answer(values, errors, chosen, result.userErrors.some((e) => e.code === "OUT_OF_STOCK") ? 409 : 400);
}

export default function CheckoutPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("shop");
  const tErrors = useTranslations("shop.errors");
  const message = (code: ShopErrorCode | undefined) => (code ? tErrors(code) : null);
  const locale = useLocale();
  const dataLang = locale === "vi" ? undefined : "vi";
  const busy = useNavigation().state === "submitting";
  const provinceButton = useRef<HTMLButtonElement>(null);
  const { cart, provinces, paymentMethods, viewer } = loaderData;
  const values: CheckoutValues = actionData?.values ?? {
    idempotencyKey: loaderData.idempotencyKey,
    name: "",
    email: viewer?.email ?? "",
    phone: "",
    provinceId: "",
    communeId: "",
    street: "",
    paymentMethod: paymentMethods[0] ?? "",
    delivery: {},
  };
  const errors = actionData?.errors ?? {};
  const province = actionData?.province ?? null;
  // Live totals as delivery options are picked (the server renders the same from the posted choice).
  const [delivery, setDelivery] = useState<Record<string, string>>(values.delivery);
  const [deliveryFor, setDeliveryFor] = useState(actionData);
  if (deliveryFor !== actionData) {
    setDeliveryFor(actionData);
    setDelivery(values.delivery);
  }

  const lines = cart?.lines.nodes ?? [];
  const bookings = cart?.bookings ?? [];
  const tBooking = useTranslations("booking");
  if (!cart || (lines.length === 0 && bookings.length === 0)) {
    return (
      <section className="shop-page">
        <h1>{t("checkoutTitle")}</h1>
        <p>{t("checkoutEmpty")}</p>
        <p>
          <Link to={localeHref("cart", locale)}>{t("backToCart")}</Link>
        </p>
      </section>
    );
  }

  const groups = groupByProducer(lines);
  const producers = groups.flatMap((g) => (g.producer ? [g.producer] : []));
  const requiresShipping = cart.requiresShipping;
  const totals = requiresShipping
    ? checkoutTotals(cart.subtotal.amount, producers.map((p) => p.id), province?.rates ?? null, delivery)
    : { shippingByProducer: {}, shipping: 0, total: cart.subtotal.amount };
  const formKey = JSON.stringify(actionData ?? null);

  return (
    <section className="shop-page checkout">
      <h1>{t("checkoutTitle")}</h1>
      <Form method="post" noValidate className="checkout__layout" key={formKey}>
        <input type="hidden" name="idempotencyKey" value={values.idempotencyKey} />
        {/* Enter in a field places the order (the first submit button is the form's default one). */}
        <button type="submit" name="intent" value="place" className="visually-hidden" tabIndex={-1} aria-hidden="true" disabled={busy} />
        <div className="checkout__form workspace-form">
          {Object.keys(errors).length ? (
            <p className="form-error" role="alert">
              {errors.form ? tErrors(errors.form) : t("formHasErrors")}
            </p>
          ) : null}

          <fieldset>
            <legend>{t("contactHeading")}</legend>
            <LabelledField
              id="name"
              label={t("name")}
              autoComplete="name"
              hint={requiresShipping ? undefined : tBooking("contactNameHint")}
              defaultValue={values.name}
              error={message(errors.name)}
            />
            <LabelledField id="email" label={t("email")} type="email" autoComplete="email" defaultValue={values.email} error={message(errors.email)} />
            <LabelledField
              id="phone"
              label={t("phone")}
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              hint={t("phoneHint")}
              defaultValue={values.phone}
              error={message(errors.phone)}
            />
          </fieldset>

          {errors.bookings ? (
            <p className="field-error" role="alert" data-testid="bookings-error">
              {tErrors(errors.bookings)}
            </p>
          ) : null}
          {requiresShipping ? (
          <>
          <fieldset>
            <legend>{t("addressHeading")}</legend>
            <LabelledField id="provinceId" label={t("province")} error={message(errors.province)} hint={t("provinceHint")}>
              {(control) => (
                <div className="inline-fields">
                  <select {...control} defaultValue={values.provinceId} onChange={(e) => e.currentTarget.form?.requestSubmit(provinceButton.current)}>
                    <option value="">{t("chooseProvince")}</option>
                    {provinces.nodes.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                  <button ref={provinceButton} type="submit" name="intent" value="province" className="button button--secondary">
                    {t("showCommunes")}
                  </button>
                </div>
              )}
            </LabelledField>
            <LabelledField id="communeId" label={t("commune")} error={message(errors.commune)} hint={province ? undefined : t("communeNeedsProvince")}>
              {(control) => (
                <select {...control} defaultValue={values.communeId} disabled={!province}>
                  <option value="">{t("chooseCommune")}</option>
                  {province?.communes.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </LabelledField>
            <LabelledField id="street" label={t("street")} autoComplete="street-address" defaultValue={values.street} error={message(errors.street)} />
          </fieldset>

          <fieldset>
            <legend>{t("deliveryHeading")}</legend>
            {province ? (
              <>
                <p className="muted">{t("deliveryIntro")}</p>
                {producers.map((producer) => (
                  <fieldset key={producer.id} className="choice-group">
                    <legend>{t("deliveryFor", { producer: producer.name })}</legend>
                    {province.rates.map((rate) => (
                      <label key={rate.code} className="choice">
                        <input
                          type="radio"
                          name={`delivery:${producer.id}`}
                          value={rate.code}
                          defaultChecked={(values.delivery[producer.id] ?? "STANDARD") === rate.code}
                          onChange={() => setDelivery((d) => ({ ...d, [producer.id]: rate.code }))}
                        />
                        {t("deliveryOption", {
                          option: rate.code === "EXPRESS" || rate.code === "STANDARD" ? t(`deliveryOptions.${rate.code}`) : rate.code,
                          price: formatVnd(rate.price.amount, locale),
                          min: rate.minDays,
                          max: rate.maxDays,
                        })}
                      </label>
                    ))}
                  </fieldset>
                ))}
                {errors.delivery ? <p className="field-error">{tErrors(errors.delivery)}</p> : null}
              </>
            ) : (
              <p className="muted">{t("deliveryNeedsProvince")}</p>
            )}
          </fieldset>
          </>
          ) : (
            <p className="notice" data-testid="no-shipping-needed">
              {tBooking("noShippingNeeded")}
            </p>
          )}

          <fieldset className="choice-group" aria-describedby={errors.paymentMethod ? "paymentMethod-error" : undefined}>
            <legend>{t("paymentHeading")}</legend>
            {paymentMethods.map((method) => (
              <label key={method} className="choice">
                <input type="radio" name="paymentMethod" value={method} defaultChecked={values.paymentMethod === method} />
                <span>
                  {/* Cash for bookings only is paid at the tourism point, not on delivery. */}
                  <strong>{method === "COD" && !requiresShipping ? tBooking("payAtPoint") : t(`paymentMethods.${method}`)}</strong>
                  <span className="muted"> – {method === "COD" && !requiresShipping ? tBooking("payAtPointHint") : t(`paymentHints.${method}`)}</span>
                </span>
              </label>
            ))}
            {errors.paymentMethod ? (
              <p className="field-error" id="paymentMethod-error">
                {tErrors(errors.paymentMethod)}
              </p>
            ) : null}
          </fieldset>
        </div>

        <aside className="checkout__summary" aria-labelledby="tom-tat">
          <h2 id="tom-tat">{t("summaryHeading")}</h2>
          {groups.map((group) => (
            <div key={group.producer?.id ?? "none"} className="summary-group">
              <h3 lang={dataLang}>{group.producer?.name ?? t("unknownProducer")}</h3>
              <ul>
                {group.lines.map((line) => (
                  <li key={line.variant.id}>
                    <span lang={dataLang}>{t("variantOf", { name: line.productName, label: line.variant.label })}</span>{" "}
                    <span className="muted">{t("quantityTimes", { quantity: line.quantity })}</span>
                    <span className="summary-amount">{formatVnd(line.lineTotal.amount, locale)}</span>
                  </li>
                ))}
                {group.producer ? (
                  <li className="summary-shipping">
                    <span>{t("shippingOf", { producer: group.producer.name })}</span>
                    <span className="summary-amount" data-testid="shipping-amount">
                      {totals.shippingByProducer[group.producer.id] != null
                        ? formatVnd(totals.shippingByProducer[group.producer.id]!, locale)
                        : t("shippingUnknown")}
                    </span>
                  </li>
                ) : null}
              </ul>
            </div>
          ))}
          {bookings.length ? (
            <div className="summary-group">
              <h3>{tBooking("bookingsHeading")}</h3>
              <ul>
                {bookings.map((b) => (
                  <li key={b.id} data-testid="checkout-booking">
                    <BookingSummary booking={b} />
                    <span className="summary-amount">{formatVnd(b.total.amount, locale)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <dl className="summary-totals">
            <dt>{t("subtotal")}</dt>
            <dd data-testid="checkout-subtotal">{formatVnd(cart.subtotal.amount, locale)}</dd>
            <dt>{t("shipping")}</dt>
            <dd>{totals.shipping === null ? t("shippingUnknown") : formatVnd(totals.shipping, locale)}</dd>
            <dt>{t("total")}</dt>
            <dd data-testid="checkout-total">
              <strong>{totals.total === null ? t("shippingUnknown") : formatVnd(totals.total, locale)}</strong>
            </dd>
          </dl>
          <button type="submit" name="intent" value="place" className="button checkout__place" disabled={busy}>
            {t("placeOrder")}
          </button>
          <p>
            <Link to={localeHref("cart", locale)}>{t("backToCart")}</Link>
          </p>
        </aside>
      </Form>
    </section>
  );
}
