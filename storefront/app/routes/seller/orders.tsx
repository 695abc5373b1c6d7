import { data, Form, Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { SubOrderStatusBadge } from "../../components/fulfilment/SubOrderStatusBadge";
import { ActionField, ActionFormError } from "../../components/fulfilment/ActionField";
import { localeFromPathname, metaTranslator } from "../../i18n";
import { cursorFrom } from "../../lib/admin";
import { mutate, query } from "../../lib/apollo.server";
import { formatCount, formatDateTime, formatVnd } from "../../lib/format";
import {
  actionsFor, checkFulfilmentForm, fulfilmentErrors, isFulfilmentIntent, isSubOrderState, STATE_PARAM, SUB_ORDER_STATES, type FulfilmentIntent,
} from "../../lib/fulfilment";
import { forbiddenAsError } from "../../lib/fulfilment.server";
import {
  PaymentMarkReceivedMutation, SellerOrdersQuery, SubOrderCancelMutation, SubOrderDeliverMutation, SubOrderProcessMutation, SubOrderRefundMutation, SubOrderShipMutation,
} from "../../lib/operations.server";
import { formValues, sellerHref, sellerMeta, type FormErrors, type FormValues } from "../../lib/seller";
import { requireSeller, sellerRead } from "../../lib/seller.server";
import { SellerLayout } from "../../components/seller/SellerLayout";
import type { Route } from "./+types/orders";

const PAGE_SIZE = 20;

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return sellerMeta(t, t("fulfilment.ordersTitle"));
}

async function seller(context: Route.LoaderArgs["context"], url: URL) {
  const { producers, current } = await requireSeller(context, url);
  if (!current) throw redirect(sellerHref("producerWorkspace", localeFromPathname(url.pathname), null));
  return { producers, producerId: current.id };
}

export async function loader({ url, context }: Route.LoaderArgs) {
  const { producers, producerId } = await seller(context, url);
  const asked = url.searchParams.get(STATE_PARAM);
  const state = isSubOrderState(asked) ? asked : null;
  const after = cursorFrom(url.searchParams);
  const result = await sellerRead(query(context, SellerOrdersQuery, { producerId, state, first: PAGE_SIZE, after }));
  return { producers, producerId, state, onFirstPage: !after, orders: result.producerOrders };
}

type ActionResult =
  | { ok: true; intent: FulfilmentIntent; number: string }
  | { ok: false; intent: FulfilmentIntent; subOrderId: string; errors: FormErrors; values: FormValues };

export async function action({ request, url, context }: Route.ActionArgs) {
  await seller(context, url);
  const values = formValues(await request.formData());
  const intent = values.intent;
  const subOrderId = values.subOrderId ?? "";
  const number = values.orderNumber ?? "";
  if (!isFulfilmentIntent(intent) || !subOrderId) throw data(null, { status: 400 });
  const fail = (errors: FormErrors) => data<ActionResult>({ ok: false, intent, subOrderId, errors, values }, { status: 400 });
  const checked = checkFulfilmentForm(intent, values);
  if (Object.keys(checked).length) return fail(checked);

  const userErrors = await forbiddenAsError(async () => {
    switch (intent) {
      case "process":
        return (await mutate(context, SubOrderProcessMutation, { input: { subOrderId } })).subOrderProcess.userErrors;
      case "ship":
        return (await mutate(context, SubOrderShipMutation, { input: { subOrderId, carrier: values.carrier!, trackingNumber: values.trackingNumber! } })).subOrderShip.userErrors;
      case "deliver":
        return (await mutate(context, SubOrderDeliverMutation, { input: { subOrderId } })).subOrderDeliver.userErrors;
      case "cancel":
        return (await mutate(context, SubOrderCancelMutation, { input: { subOrderId, reason: values.reason! } })).subOrderCancel.userErrors;
      case "refund":
        return (await mutate(context, SubOrderRefundMutation, { input: { subOrderId, reason: values.reason!, restock: values.restock === "on" } })).subOrderRefund.userErrors;
      case "markReceived":
        return (await mutate(context, PaymentMarkReceivedMutation, { input: { orderNumber: number } })).paymentMarkReceived.userErrors;
    }
  });
  if (userErrors.length) return fail(fulfilmentErrors(userErrors));
  return { ok: true, intent, number } satisfies ActionResult;
}

type SubOrder = Route.ComponentProps["loaderData"]["orders"]["nodes"][number];

export default function SellerOrders({ loaderData, actionData }: Route.ComponentProps) {
  const { producers, producerId, state, onFirstPage, orders } = loaderData;
  const t = useTranslations("fulfilment");
  const locale = useLocale();
  const list = sellerHref("producerOrders", locale, producerId);
  const result = actionData as ActionResult | undefined;
  return (
    <SellerLayout producerId={producerId} producers={producers}>
      <h1>{t("ordersTitle")}</h1>
      <p>{t("ordersIntro")}</p>
      <nav className="seller-tabs" aria-label={t("payment")}>
        <Link to={list} aria-current={state === null ? "page" : undefined}>
          {t("allStates")}
        </Link>
        {SUB_ORDER_STATES.map((s) => (
          <Link key={s} to={`${list}&${STATE_PARAM}=${s}`} aria-current={state === s ? "page" : undefined}>
            {t(`states.${s}`)}
          </Link>
        ))}
      </nav>
      {result?.ok ? (
        <p className="notice notice--success" role="status">
          {t(`done.${result.intent}`, { number: result.number })}
        </p>
      ) : null}
      <p>{orders.nodes.length ? t("ordersTotal", { count: orders.totalCount }) : t("noOrders")}</p>
      <div className="order-cards" data-testid="seller-orders">
        {orders.nodes.map((sub) => (
          <SubOrderCard key={sub.id} sub={sub} result={result && !result.ok && result.subOrderId === sub.id ? result : null} />
        ))}
      </div>
      <p className="button-row">
        {!onFirstPage ? <Link to={`${list}${state ? `&${STATE_PARAM}=${state}` : ""}`}>← {t("firstPage")}</Link> : null}
        {orders.pageInfo.hasNextPage && orders.pageInfo.endCursor ? (
          <Link to={`${list}${state ? `&${STATE_PARAM}=${state}` : ""}&sau=${encodeURIComponent(orders.pageInfo.endCursor)}`}>{t("nextPage")} →</Link>
        ) : null}
      </p>
    </SellerLayout>
  );
}

function SubOrderCard({ sub, result }: { sub: SubOrder; result: Extract<ActionResult, { ok: false }> | null }) {
  const t = useTranslations("fulfilment");
  const locale = useLocale();
  const actions = actionsFor(sub);
  // A form that failed stays on screen with what was typed, even when the order moved on meanwhile.
  const shows = (intent: FulfilmentIntent) => actions.includes(intent) || result?.intent === intent;
  const a = sub.shippingAddress;
  const headingId = `order-${sub.id.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const errorsOf = (intent: FulfilmentIntent) => (result?.intent === intent ? result.errors : {});
  const valuesOf = (intent: FulfilmentIntent) => (result?.intent === intent ? result.values : {});
  const hidden = (
    <>
      <input type="hidden" name="subOrderId" value={sub.id} />
      <input type="hidden" name="orderNumber" value={sub.orderNumber} />
    </>
  );
  const button = (intent: FulfilmentIntent, label: string) => (
    <Form method="post" key={intent}>
      {hidden}
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className="button">
        {label}
      </button>
    </Form>
  );
  return (
    <article className="order-card" aria-labelledby={headingId} data-order-number={sub.orderNumber}>
      <header className="order-card__header">
        <h2 id={headingId}>{t("orderHeading", { number: sub.orderNumber })}</h2>
        <SubOrderStatusBadge state={sub.state} />
        <span className="order-card__date">{t("placedAt", { at: formatDateTime(sub.createdAt, locale) })}</span>
      </header>
      <table className="workspace-table">
        <thead>
          <tr>
            <th scope="col">{t("colProduct")}</th>
            <th scope="col">{t("colVariant")}</th>
            <th scope="col" className="numeric">{t("colQuantity")}</th>
            <th scope="col" className="numeric">{t("colUnitPrice")}</th>
            <th scope="col" className="numeric">{t("colLineTotal")}</th>
          </tr>
        </thead>
        <tbody>
          {sub.lines.map((l) => (
            <tr key={l.sku}>
              <td lang="vi">{l.productName}</td>
              <td lang="vi">
                {l.variantLabel} <small>({l.sku})</small>
              </td>
              <td className="numeric">{formatCount(l.quantity, locale)}</td>
              <td className="numeric">{formatVnd(l.unitPrice.amount, locale)}</td>
              <td className="numeric">{formatVnd(l.lineTotal.amount, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>{t("subtotal")}</th>
            <td className="numeric">{formatVnd(sub.subtotal.amount, locale)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={4}>{t("shippingFee")}</th>
            <td className="numeric">{formatVnd(sub.shipping.amount, locale)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={4}>{t("total")}</th>
            <td className="numeric">
              <strong>{formatVnd(sub.total.amount, locale)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      <dl className="order-card__facts">
        <div>
          <dt>{t("shipTo")}</dt>
          <dd lang="vi">
            {a.recipientName}, {a.phone}
            <br />
            {a.streetLine}, {a.commune.name}, {a.province.name}
          </dd>
        </div>
        <div>
          <dt>{t("contact")}</dt>
          <dd>
            {sub.contact.email}
            <br />
            {sub.contact.phone}
          </dd>
        </div>
        <div>
          <dt>{t("delivery")}</dt>
          <dd>
            {t(`deliveryOptions.${sub.deliveryOption}`)}
            {sub.carrier && sub.trackingNumber ? (
              <>
                <br />
                {t("shipment", { carrier: sub.carrier, tracking: sub.trackingNumber })}
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t("payment")}</dt>
          <dd>
            {t(`paymentMethods.${sub.paymentMethod}`)} – {sub.paid ? t("paidYes") : t("paidNo")}
          </dd>
        </div>
      </dl>
      {sub.cancelReason ? <p lang="vi">{t("cancelledBecause", { reason: sub.cancelReason })}</p> : null}
      {sub.refundReason ? <p lang="vi">{t("refundedBecause", { reason: sub.refundReason })}</p> : null}
      <section className="order-card__actions" aria-label={t("actions")}>
        <ActionFormError code={result?.errors.form} />
        {actions.length === 0 ? <p>{t("noActions")}</p> : null}
        <div className="button-row">
          {actions.includes("process") ? button("process", t("process")) : null}
          {actions.includes("deliver") ? button("deliver", sub.paymentMethod === "COD" ? t("deliverCod") : t("deliver")) : null}
          {actions.includes("markReceived") ? button("markReceived", t("markReceived")) : null}
        </div>
        {actions.includes("markReceived") ? (
          <p className="field-hint">{t("markReceivedHint", { amount: formatVnd(sub.total.amount, locale), number: sub.orderNumber })}</p>
        ) : null}
        {shows("ship") ? (
          <Form method="post" className="workspace-form order-card__form" aria-label={t("shipForm")}>
            <h3>{t("shipForm")}</h3>
            {hidden}
            <input type="hidden" name="intent" value="ship" />
            <ActionField form="ship" subOrderId={sub.id} name="carrier" label={t("carrier")} hint={t("carrierHint")} values={valuesOf("ship")} errors={errorsOf("ship")} />
            <ActionField form="ship" subOrderId={sub.id} name="trackingNumber" label={t("trackingNumber")} values={valuesOf("ship")} errors={errorsOf("ship")} />
            <div>
              <button type="submit" className="button">
                {t("ship")}
              </button>
            </div>
          </Form>
        ) : null}
        {shows("cancel") ? (
          <details className="order-card__more" open={result?.intent === "cancel" || undefined}>
            <summary>{t("cancelForm")}</summary>
            <Form method="post" className="workspace-form">
              {hidden}
              <input type="hidden" name="intent" value="cancel" />
              <ActionField form="cancel" subOrderId={sub.id} name="reason" label={t("cancelReason")} values={valuesOf("cancel")} errors={errorsOf("cancel")} multiline />
              <div>
                <button type="submit" className="button button--danger">
                  {t("cancel")}
                </button>
              </div>
            </Form>
          </details>
        ) : null}
        {shows("refund") ? (
          <details className="order-card__more" open={result?.intent === "refund" || undefined}>
            <summary>{t("refundForm")}</summary>
            <Form method="post" className="workspace-form">
              {hidden}
              <input type="hidden" name="intent" value="refund" />
              <p className="field-hint">{t("refundHint")}</p>
              <ActionField form="refund" subOrderId={sub.id} name="reason" label={t("refundReason")} values={valuesOf("refund")} errors={errorsOf("refund")} multiline />
              <label className="checkbox">
                <input type="checkbox" name="restock" defaultChecked={valuesOf("refund").restock === "on"} /> {t("restock")}
              </label>
              <div>
                <button type="submit" className="button button--danger">
                  {t("refund")}
                </button>
              </div>
            </Form>
          </details>
        ) : null}
      </section>
    </article>
  );
}
