import { useTranslations } from "use-intl";
import { STOCK_LEVELS, type SalesPointErrorCode, type StockLevel } from "../lib/sales-point-forms";

/** Pieces of the listing pages of a point's manager and of a seller (salesPoints messages). */

/** What a listing action did, or why it failed, for the product (or point) it names. */
export function ListingActionResult({
  result,
}: {
  result: { done: "confirmed" | "rejected" | "stockSaved" | "requested" | "withdrawn" | null; error: SalesPointErrorCode | null; name: string } | undefined;
}) {
  const t = useTranslations("salesPoints");
  return (
    <>
      {result?.done ? (
        <p className="notice" role="status">
          {t(result.done, { name: result.name })}
        </p>
      ) : null}
      {result?.error ? (
        <p className="form-error" role="alert">
          {t(`errors.${result.error}`)}
        </p>
      ) : null}
    </>
  );
}

/** A listing's stock level in words ("unknown" when the point never said). */
export function StockLevelText({ level }: { level: StockLevel | null | undefined }) {
  const t = useTranslations("salesPoints");
  return <>{level ? t(`stock.${level}`) : t("stockUnknown")}</>;
}

/** The `stockLevel` field of a listing form: unknown, or one of the levels. */
export function StockLevelSelect({ defaultValue, label }: { defaultValue: StockLevel | null | undefined; label: string }) {
  const t = useTranslations("salesPoints");
  return (
    <select name="stockLevel" defaultValue={defaultValue ?? ""} aria-label={label}>
      <option value="">{t("stockUnknown")}</option>
      {STOCK_LEVELS.map((s) => (
        <option key={s} value={s}>
          {t(`stock.${s}`)}
        </option>
      ))}
    </select>
  );
}
