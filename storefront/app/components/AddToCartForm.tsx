import { Form, Link, useNavigation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { localeHref } from "../i18n";
import { formatVnd } from "../lib/format";
import type { ShopErrorCode } from "../lib/shop";

export interface AddToCartVariant {
  id: string;
  label: string;
  inStock: boolean;
  price: { amount: number };
}

/** What the product page's action answered: the values as typed are kept. */
export interface AddToCartResult {
  ok: boolean;
  error: ShopErrorCode | null;
  variantId: string;
  quantity: string;
}

/**
 * The product page's "add to cart": a variant choice (a select, or a hidden field when there is one
 * variant) and a quantity, posted to the page's action. No price in the form: the API prices the cart.
 * Works without JavaScript; the answer (added, or the error in the page's language) stays next to it.
 */
export function AddToCartForm({ variants, result }: { variants: readonly AddToCartVariant[]; result: AddToCartResult | undefined }) {
  const t = useTranslations("shop.buy");
  const tShopErrors = useTranslations("shop.errors");
  const locale = useLocale();
  const busy = useNavigation().state === "submitting";
  const onSale = variants.filter((v) => v.inStock);
  if (!onSale.length) return <p className="notice notice--warning">{t("productUnavailable")}</p>;
  const chosen = onSale.find((v) => v.id === result?.variantId) ?? onSale[0]!;
  const added = result?.ok ? variants.find((v) => v.id === result.variantId) : undefined;
  return (
    <Form method="post" className="add-to-cart" noValidate aria-labelledby="mua-hang">
      <h2 id="mua-hang" className="add-to-cart__heading">
        {t("buyHeading")}
      </h2>
      <div className="add-to-cart__fields">
        {variants.length > 1 ? (
          <div className="field">
            <label htmlFor="variantId">{t("variant")}</label>
            {/* A new key per answer re-applies the kept choice after a post without JavaScript. */}
            <select id="variantId" name="variantId" defaultValue={chosen.id} key={result?.variantId}>
              {variants.map((v) => (
                <option key={v.id} value={v.id} disabled={!v.inStock}>
                  {t(v.inStock ? "variantOption" : "variantOptionSoldOut", { label: v.label, price: formatVnd(v.price.amount, locale) })}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <input type="hidden" name="variantId" value={chosen.id} />
        )}
        <div className="field field--quantity">
          <label htmlFor="quantity">{t("quantity")}</label>
          <input
            id="quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={999}
            step={1}
            defaultValue={result && !result.ok ? result.quantity : "1"}
            key={result ? `${result.ok}-${result.quantity}` : "initial"}
            aria-invalid={result?.error ? true : undefined}
            aria-describedby={result?.error ? "quantity-error" : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t("addToCart")}
        </button>
      </div>
      {result?.error ? (
        <p className="field-error" id="quantity-error" role="alert">
          {tShopErrors(result.error)}
        </p>
      ) : null}
      {added ? (
        <p className="notice notice--success" role="status">
          {t("added", { quantity: Number(result!.quantity), label: added.label })}{" "}
          <Link to={localeHref("cart", locale)}>{t("viewCart")}</Link>
        </p>
      ) : null}
    </Form>
  );
}
