import { data, Form, Link, redirect, useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { Field, FormError, Select, TextArea } from "../../components/seller/Field";
import { SellerLayout } from "../../components/seller/SellerLayout";
import { localeFromPathname, metaTranslator } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import { formatCount, formatDate } from "../../lib/format";
import { SellerBatchesQuery, SellerBatchRecordMutation } from "../../lib/operations.server";
import { errorsFromApi, formValues, parseInteger, sellerHref, sellerMeta, withNotice, type FormErrors } from "../../lib/seller";
import { requireSeller, sellerRead } from "../../lib/seller.server";
import { traceHref } from "../../lib/trace";
import type { Route } from "./+types/batches";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return sellerMeta(t, t("seller.batchesLink"));
}

async function load(context: Route.LoaderArgs["context"], url: URL, productId: string) {
  const { producers, current } = await requireSeller(context, url);
  if (!current || productId.length > 200) throw data(null, { status: 404 });
  const result = await sellerRead(query(context, SellerBatchesQuery, { producerId: current.id, productId }));
  const product = result.producerWorkspace?.product;
  if (!product) throw data(null, { status: 404 });
  return { producers, producerId: current.id, product, provinces: result.provinces.nodes };
}

export async function loader({ url, params, context }: Route.LoaderArgs) {
  return { ...(await load(context, url, params.id)), recorded: url.searchParams.get("xong") };
}

/** Records a production batch (its trace code and QR come from the API). */
export async function action({ request, url, params, context }: Route.ActionArgs) {
  const { producerId, product } = await load(context, url, params.id);
  const values = formValues(await request.formData());
  const errors: FormErrors = {};
  if (!values.lotCode) errors.lotCode = "LOT_CODE_REQUIRED";
  if (!values.productionDate) errors.productionDate = "INVALID_DATE";
  if (!values.unit) errors.unit = "UNIT_REQUIRED";
  const quantity = parseInteger(values.quantity);
  if ("error" in quantity) errors.quantity = quantity.error;
  else if (quantity.value === null) errors.quantity = "REQUIRED";
  if (Object.keys(errors).length || "error" in quantity) return data({ values, errors }, { status: 400 });
  const result = await mutate(context, SellerBatchRecordMutation, {
    input: {
      productId: product.id,
      lotCode: values.lotCode!,
      productionDate: values.productionDate!,
      expiryDate: values.expiryDate || null,
      quantity: quantity.value!,
      unit: values.unit!,
      rawMaterialOrigin: values.rawMaterialOrigin || null,
      rawMaterialProvinceCode: values.rawMaterialProvinceCode || null,
      notes: values.notes || null,
    },
  });
  const { batch, userErrors } = result.batchRecord;
  if (userErrors.length || !batch) return data({ values, errors: errorsFromApi(userErrors, { productId: "form" }) }, { status: 400 });
  throw redirect(withNotice(sellerHref("producerBatches", localeFromPathname(url.pathname), producerId, { id: product.id }), batch.lotCode));
}

export default function SellerBatches({ loaderData, actionData }: Route.ComponentProps) {
  const { producers, producerId, product, provinces, recorded } = loaderData;
  const t = useTranslations("seller");
  const locale = useLocale();
  const values = actionData?.values ?? { unit: "hộp" };
  const errors = actionData?.errors ?? {};
  const common = { values, errors };
  const formKey = useLocation().key;
  return (
    <SellerLayout producerId={producerId} producers={producers}>
      <p>
        <Link to={sellerHref("producerProduct", locale, producerId, { id: product.id })}>{t("backToProduct")}</Link>
      </p>
      <h1>{t("batchesTitle", { name: product.name })}</h1>
      {recorded ? (
        <p className="notice" role="status">
          {t("batchRecorded", { lot: recorded })}
        </p>
      ) : null}
      {product.batches.nodes.length === 0 ? (
        <p>{t("noBatches")}</p>
      ) : (
        <table className="workspace-table">
          <thead>
            <tr>
              <th scope="col">{t("colLot")}</th>
              <th scope="col">{t("colProduced")}</th>
              <th scope="col">{t("colExpiry")}</th>
              <th scope="col">{t("colQuantity")}</th>
              <th scope="col">{t("colTrace")}</th>
            </tr>
          </thead>
          <tbody>
            {product.batches.nodes.map((b) => (
              <tr key={b.id}>
                <td>{b.lotCode}</td>
                <td>{formatDate(b.productionDate, locale)}</td>
                <td>
                  {b.expiryDate ? formatDate(b.expiryDate, locale) : "—"}
                  {b.expired ? ` (${t("expired")})` : null}
                </td>
                <td>
                  {formatCount(b.quantity, locale)} <span lang="vi">{b.unit}</span>
                </td>
                <td>
                  {product.status === "PUBLISHED" ? <Link to={traceHref(b.traceCode, locale)}>{b.traceCode}</Link> : b.traceCode}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("recordBatchTitle")}</h2>
      <Form key={formKey} method="post" className="workspace-form" noValidate>
        <FormError code={errors.form} />
        <Field name="lotCode" label={t("fieldLotCode")} {...common} />
        <Field name="productionDate" label={t("fieldProductionDate")} type="date" {...common} />
        <Field name="expiryDate" label={t("fieldExpiryDate")} type="date" {...common} />
        <Field name="quantity" label={t("fieldQuantity")} inputMode="numeric" {...common} />
        <Field name="unit" label={t("fieldUnit")} {...common} />
        <Field name="rawMaterialOrigin" label={t("fieldRawMaterialOrigin")} {...common} />
        <Select
          name="rawMaterialProvinceCode"
          label={t("fieldRawMaterialProvince")}
          placeholder={t("noProvince")}
          options={provinces.map((p) => ({ value: p.code, label: p.name }))}
          {...common}
        />
        <TextArea name="notes" label={t("fieldNotes")} rows={3} {...common} />
        <div>
          <button type="submit">{t("recordBatchSubmit")}</button>
        </div>
      </Form>
    </SellerLayout>
  );
}
