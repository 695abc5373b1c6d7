import { useLocale, useTranslations } from "use-intl";
import type { FormErrors, FormValues } from "../../lib/seller";
import { Field, Select, TextArea } from "./Field";

export interface ProductSetOption {
  code: string;
  group: string;
  name: string;
  nameEn: string;
}

/** The product's own fields, shared by the new-product and edit pages. */
export function ProductFields({ values, errors, sets }: { values: FormValues; errors: FormErrors; sets: readonly ProductSetOption[] }) {
  const t = useTranslations("seller");
  const locale = useLocale();
  const common = { values, errors };
  return (
    <>
      <Field name="name" label={t("fieldName")} {...common} />
      <Select
        name="productSetCode"
        label={t("fieldProductSet")}
        placeholder={t("noProductSet")}
        options={sets.map((s) => ({ value: s.code, label: `${s.code} – ${locale === "vi" ? s.name : s.nameEn}` }))}
        {...common}
      />
      <TextArea name="description" label={t("fieldDescription")} hint={t("storyHint")} {...common} />
      <Field name="rawMaterialArea" label={t("fieldRawMaterialArea")} {...common} />
    </>
  );
}

/** One variant's inputs as table cells (`variants.<k>.<field>`); the sku is fixed for saved variants. */
export function VariantCells({ k, values, errors, saved }: { k: number; values: FormValues; errors: FormErrors; saved: boolean }) {
  const t = useTranslations("seller");
  const common = { values, errors, compact: true };
  const at = (f: string) => `variants.${k}.${f}`;
  return (
    <>
      <td>
        <Field name={at("sku")} label={t("fieldSku")} readOnly={saved} {...common} />
      </td>
      <td>
        <Field name={at("label")} label={t("fieldLabel")} {...common} />
      </td>
      <td>
        <Field name={at("price")} label={t("fieldPrice")} inputMode="numeric" {...common} />
      </td>
      <td>
        <Field name={at("stock")} label={t("fieldStock")} inputMode="numeric" {...common} />
      </td>
      <td>
        <Field name={at("weightGrams")} label={t("fieldWeight")} inputMode="numeric" {...common} />
      </td>
    </>
  );
}

export function VariantHead() {
  const t = useTranslations("seller");
  return (
    <thead>
      <tr>
        <th scope="col">{t("fieldSku")}</th>
        <th scope="col">{t("fieldLabel")}</th>
        <th scope="col">{t("fieldPrice")}</th>
        <th scope="col">{t("fieldStock")}</th>
        <th scope="col">{t("fieldWeight")}</th>
      </tr>
    </thead>
  );
}
