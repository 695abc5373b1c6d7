import { data, Form, redirect } from "react-router";
import { useTranslations } from "use-intl";
import { FormError, Select } from "../../components/seller/Field";
import { ProductFields, VariantCells, VariantHead } from "../../components/seller/ProductFields";
import { SellerLayout } from "../../components/seller/SellerLayout";
import { localeFromPathname, metaTranslator } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import { groupLabel, isProductGroup, PRODUCT_GROUPS } from "../../lib/labels";
import { SellerFormOptionsQuery, SellerProductCreateMutation } from "../../lib/operations.server";
import { errorsFromApi, formValues, sellerHref, sellerMeta, withNotice, type FormErrors } from "../../lib/seller";
import { readProductFields, readVariant } from "../../lib/seller-product";
import { requireSeller } from "../../lib/seller.server";
import type { Route } from "./+types/product-new";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return sellerMeta(t, t("seller.newProductTitle"));
}

export async function loader({ url, context }: Route.LoaderArgs) {
  const { producers, current } = await requireSeller(context, url);
  if (!current) throw redirect(sellerHref("producerWorkspace", localeFromPathname(url.pathname), null));
  const options = await query(context, SellerFormOptionsQuery);
  return { producers, producerId: current.id, sets: options.productSets.nodes };
}

/** Creates the product as a draft with its first variant, then opens its edit page. */
export async function action({ request, url, context }: Route.ActionArgs) {
  const { current } = await requireSeller(context, url);
  if (!current) throw data(null, { status: 404 });
  const values = formValues(await request.formData());
  const errors: FormErrors = {};
  const fields = readProductFields(values, errors);
  const group = values.group ?? "";
  if (!isProductGroup(group)) errors.group = "REQUIRED";
  const variant = readVariant(values, 0, errors, true);
  if (Object.keys(errors).length || !isProductGroup(group)) return data({ values, errors }, { status: 400 });
  const result = await mutate(context, SellerProductCreateMutation, {
    input: {
      producerId: current.id,
      ...fields,
      group,
      variants: [{ sku: variant.sku, label: variant.label ?? "", price: variant.price ?? 0, stock: variant.stock ?? 0, weightGrams: variant.weightGrams }],
    },
  });
  const { product, userErrors } = result.productCreate;
  if (userErrors.length || !product) return data({ values, errors: errorsFromApi(userErrors) }, { status: 400 });
  throw redirect(withNotice(sellerHref("producerProduct", localeFromPathname(url.pathname), current.id, { id: product.id }), "created"));
}

export default function SellerProductNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations();
  const values = actionData?.values ?? { group: "FOOD", "variants.0.stock": "0" };
  const errors = actionData?.errors ?? {};
  return (
    <SellerLayout producerId={loaderData.producerId} producers={loaderData.producers}>
      <h1>{t("seller.newProductTitle")}</h1>
      <Form method="post" className="workspace-form workspace-form--wide" noValidate>
        <FormError code={errors.form} />
        <Select
          name="group"
          label={t("seller.fieldGroup")}
          options={PRODUCT_GROUPS.map((g) => ({ value: g, label: groupLabel(t, g) }))}
          values={values}
          errors={errors}
        />
        <ProductFields values={values} errors={errors} sets={loaderData.sets} />
        <fieldset>
          <legend>{t("seller.firstVariant")}</legend>
          <table className="workspace-table variant-table">
            <VariantHead />
            <tbody>
              <tr>
                <VariantCells k={0} values={values} errors={errors} saved={false} />
              </tr>
            </tbody>
          </table>
          {errors.variants ? <FormError code={errors.variants} /> : null}
        </fieldset>
        <div>
          <button type="submit">{t("seller.createSubmit")}</button>
        </div>
      </Form>
    </SellerLayout>
  );
}
