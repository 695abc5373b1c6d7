import { data, Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { mutate, query } from "../lib/apollo.server";
import { catalogueHref } from "../lib/catalogue-params";
import { env } from "../lib/env.server";
import { formatVnd } from "../lib/format";
import { BookingSummary } from "../components/BookingSummary";
import { CartBookingRemoveMutation, CartLineRemoveMutation, CartLineUpdateMutation, CartPageQuery } from "../lib/operations.server";
import { privateMeta } from "../lib/private-page";
import { pageUrls, publicOrigin } from "../lib/seo";
import { formText, groupByProducer, shopErrorCode, typedQuantity, type ShopErrorCode } from "../lib/shop";
import type { Route } from "./+types/cart";

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return privateMeta(t("shop.cartTitle"), loaderData?.urls);
}

export async function loader({ request, context, url }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const { cart } = await query(context, CartPageQuery);
  return { cart, bookingAdded: url.searchParams.has("dat-cho"), urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "cart") };
}

/**
 * One form per line: `intent=update` with the quantity as typed, or `intent=remove`. Prices are
 * never posted: the page shows the cart as the API priced it after the change.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  if (formText(form, "intent") === "removeBooking") {
    const cartBookingId = formText(form, "cartBookingId");
    const result = (await mutate(context, CartBookingRemoveMutation, { input: { cartBookingId } })).cartBookingRemove;
    const error = result.userErrors.length ? shopErrorCode(result.userErrors[0]!.code) : null;
    return data({ intent: "removeBooking" as const, variantId: cartBookingId, quantity: "", error }, { status: error ? 400 : 200 });
  }
  const variantId = formText(form, "variantId");
  const intent = formText(form, "intent") === "remove" ? ("remove" as const) : ("update" as const);
  const quantityText = formText(form, "quantity").slice(0, 20);
  const fail = (error: ShopErrorCode) => data({ intent, variantId, quantity: quantityText, error }, { status: 400 });
  if (intent === "remove") {
    const result = (await mutate(context, CartLineRemoveMutation, { input: { variantId } })).cartLineRemove;
    if (result.userErrors.length) return fail(shopErrorCode(result.userErrors[0]!.code));
    return { intent, variantId, quantity: "", error: null };
  }
  const quantity = typedQuantity(quantityText);
  if (quantity === null) return fail("INVALID_QUANTITY");
  const result = (await mutate(context, CartLineUpdateMutation, { input: { variantId, quantity } })).cartLineUpdate;
  if (result.userErrors.length) return fail(shopErrorCode(result.userErrors[0]!.code));
  return { intent, variantId, quantity: String(quantity), error: null };
}

export default function CartPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("shop");
  const tErrors = useTranslations("shop.errors");
  const tBooking = useTranslations("booking");
  const locale = useLocale();
  const dataLang = locale === "vi" ? undefined : "vi";
  const { cart } = loaderData;
  const lines = cart?.lines.nodes ?? [];
  const bookings = cart?.bookings ?? [];

  if (!cart || (lines.length === 0 && bookings.length === 0)) {
    return (
      <section className="shop-page">
        <h1>{t("cartTitle")}</h1>
        {(actionData?.intent === "remove" || actionData?.intent === "removeBooking") && !actionData.error ? (
          <p className="notice notice--success" role="status">
            {actionData.intent === "removeBooking" ? tBooking("removed") : t("removed")}
          </p>
        ) : null}
        <p>{t("cartEmpty")}</p>
        <p>
          <Link className="button" to={catalogueHref({}, locale)}>
            {t("continueShopping")}
          </Link>
        </p>
      </section>
    );
  }

  const blocked = lines.some((l) => !l.availableForSale) || bookings.some((b) => b.problem);
  return (
    <section className="shop-page">
      <h1>{t("cartTitle")}</h1>
      {loaderData.bookingAdded && !actionData ? (
        <p className="notice notice--success" role="status">
          {tBooking("added")}
        </p>
      ) : null}
      {actionData && !actionData.error ? (
        <p className="notice notice--success" role="status">
          {actionData.intent === "removeBooking" ? tBooking("removed") : t(actionData.intent === "remove" ? "removed" : "updated")}
        </p>
      ) : null}
      {groupByProducer(lines).map((group) => (
        <section key={group.producer?.id ?? "none"} className="cart-group" aria-labelledby={`nhom-${group.producer?.slug ?? "khac"}`}>
          <h2 id={`nhom-${group.producer?.slug ?? "khac"}`} className="cart-group__producer">
            {group.producer ? (
              <>
                {t("producerGroup")}:{" "}
                <Link to={localeHref("producer", locale, { slug: group.producer.slug })} lang={dataLang}>
                  {group.producer.name}
                </Link>
              </>
            ) : (
              t("unknownProducer")
            )}
          </h2>
          <table className="cart-table">
            <thead>
              <tr>
                <th scope="col">{t("product")}</th>
                <th scope="col">{t("unitPrice")}</th>
                <th scope="col">{t("quantity")}</th>
                <th scope="col">{t("lineTotal")}</th>
              </tr>
            </thead>
            <tbody>
              {group.lines.map((line) => {
                const name = `${line.productName} – ${line.variant.label}`;
                const answer = actionData?.variantId === line.variant.id ? actionData : undefined;
                const errorId = `loi-${line.variant.id}`;
                return (
                  <tr key={line.variant.id} data-testid="cart-line">
                    <th scope="row" className="cart-table__product">
                      <span>
                        {line.product ? (
                          <Link to={localeHref("product", locale, { slug: line.product.slug })} lang={dataLang}>
                            {line.productName}
                          </Link>
                        ) : (
                          <span lang={dataLang}>{line.productName}</span>
                        )}
                        <span className="muted" lang={dataLang}>
                          {" "}
                          · {line.variant.label}
                        </span>
                        {!line.availableForSale ? (
                          <span className="field-error">
                            {line.product && line.variant.stock > 0 ? t("onlyLeft", { stock: line.variant.stock }) : t("notForSale")}
                          </span>
                        ) : null}
                      </span>
                    </th>
                    <td>{formatVnd(line.unitPrice.amount, locale)}</td>
                    <td>
                      <Form method="post" className="cart-line-form" noValidate>
                        <input type="hidden" name="variantId" value={line.variant.id} />
                        <label className="visually-hidden" htmlFor={`sl-${line.variant.id}`}>
                          {t("quantity")}
                        </label>
                        <input
                          id={`sl-${line.variant.id}`}
                          name="quantity"
                          type="number"
                          inputMode="numeric"
                          min={1}
                          max={999}
                          defaultValue={answer?.error && answer.intent === "update" ? answer.quantity : String(line.quantity)}
                          key={answer ? `${answer.quantity}-${answer.error}` : String(line.quantity)}
                          aria-invalid={answer?.error ? true : undefined}
                          aria-describedby={answer?.error ? errorId : undefined}
                        />
                        <button type="submit" name="intent" value="update" className="button button--small" aria-label={t("updateLabel", { name })}>
                          {t("update")}
                        </button>
                        <button type="submit" name="intent" value="remove" className="button--link" aria-label={t("removeLabel", { name })}>
                          {t("remove")}
                        </button>
                        {answer?.error ? (
                          <p className="field-error" id={errorId} role="alert">
                            {tErrors(answer.error)}
                          </p>
                        ) : null}
                      </Form>
                    </td>
                    <td>{formatVnd(line.lineTotal.amount, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
      {bookings.length ? (
        <section className="cart-group" aria-labelledby="dat-cho">
          <h2 id="dat-cho" className="cart-group__producer">
            {tBooking("bookingsHeading")}
          </h2>
          <ul className="booking-lines">
            {bookings.map((b) => {
              const failed = actionData?.intent === "removeBooking" && actionData.variantId === b.id ? actionData.error : null;
              return (
                <li key={b.id} className="booking-line" data-testid="cart-booking">
                  <BookingSummary booking={b} prices />
                  <span className="summary-amount">{formatVnd(b.total.amount, locale)}</span>
                  {b.problem ? (
                    <p className="field-error">{tErrors(shopErrorCode(b.problem))}</p>
                  ) : (
                    <p className="muted">{tBooking("placesLeft", { remaining: b.remaining })}</p>
                  )}
                  <Form method="post" className="cart-line-form" noValidate>
                    <input type="hidden" name="cartBookingId" value={b.id} />
                    <button type="submit" name="intent" value="removeBooking" className="button--link" aria-label={tBooking("removeLabel", { name: b.experienceName ?? "" })}>
                      {tBooking("remove")}
                    </button>
                    {failed ? (
                      <p className="field-error" role="alert">
                        {tErrors(failed)}
                      </p>
                    ) : null}
                  </Form>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <div className="cart-summary">
        <p className="cart-summary__subtotal">
          {t("subtotal")}: <strong data-testid="cart-subtotal">{formatVnd(cart.subtotal.amount, locale)}</strong>
        </p>
        <p className="muted">{t("pricesNote")}</p>
        {blocked ? null : (
          <Link className="button" to={localeHref("checkout", locale)}>
            {t("toCheckout")}
          </Link>
        )}
      </div>
    </section>
  );
}
