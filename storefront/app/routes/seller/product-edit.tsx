import { data, Form, Link, redirect, useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { Field, FieldError, FormError } from "../../components/seller/Field";
import { ProductFields, VariantCells, VariantHead } from "../../components/seller/ProductFields";
import { EvaluationRequestForm } from "../../components/EvaluationRequestForm";
import { SellerLayout } from "../../components/seller/SellerLayout";
import { StatusBadge } from "../../components/seller/StatusBadge";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import { groupLabel } from "../../lib/labels";
import {
  SellerFormOptionsQuery,
  SellerImageRemoveMutation,
  SellerImagesReorderMutation,
  SellerProductArchiveMutation,
  SellerProductPublishMutation,
  SellerProductQuery,
  SellerProductUpdateMutation,
} from "../../lib/operations.server";
import { errorsFromApi, formValues, htmlToText, sellerHref, sellerMeta, withNotice, type FormErrors, type FormValues } from "../../lib/seller";
import { readProductFields, readVariant, variantTyped } from "../../lib/seller-product";
import { requireSeller, sellerRead, uploadProductPhoto } from "../../lib/seller.server";
import type { Route } from "./+types/product-edit";

const NOTICES = ["created", "saved", "published", "archived", "uploaded", "photoRemoved", "photoReordered"] as const;

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return sellerMeta(t, t("seller.editTitle"));
}

async function loadProduct(context: Route.LoaderArgs["context"], url: URL, productId: string) {
  const { producers, current } = await requireSeller(context, url);
  if (!current || productId.length > 200) throw data(null, { status: 404 });
  const result = await sellerRead(query(context, SellerProductQuery, { producerId: current.id, productId }));
  const product = result.producerWorkspace?.product;
  if (!product) throw data(null, { status: 404 });
  return { producers, producerId: current.id, producer: result.producerWorkspace!.producer, product };
}

export async function loader({ url, params, context }: Route.LoaderArgs) {
  const loaded = await loadProduct(context, url, params.id);
  const options = await query(context, SellerFormOptionsQuery);
  const notice = url.searchParams.get("xong");
  return {
    ...loaded,
    sets: options.productSets.nodes.filter((s) => s.group === loaded.product.group),
    notice: (NOTICES as readonly (string | null)[]).includes(notice) ? (notice as (typeof NOTICES)[number]) : null,
  };
}

type Intent = "save" | "upload" | "publish" | "archive" | "removeImage" | "mainImage";

/** One action for the page's forms, told apart by their `intent`: save, upload a photo, publish, archive. */
export async function action({ request, url, params, context }: Route.ActionArgs) {
  const { producerId, product } = await loadProduct(context, url, params.id);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "save") as Intent;
  const values = formValues(form);
  const back = (notice: string) => redirect(withNotice(sellerHref("producerProduct", localeFromPathname(url.pathname), producerId, { id: product.id }), notice));
  const failed = (errors: FormErrors) => data({ intent, values, errors }, { status: 400 });

  if (intent === "upload") {
    const code = await uploadProductPhoto(request, product.id, form.get("photo"), values.alt || product.name);
    return code ? failed({ photo: code }) : back("uploaded");
  }
  if (intent === "removeImage" || intent === "mainImage") {
    const imageId = values.imageId ?? "";
    const ids = product.images.nodes.map((i) => i.id);
    if (!ids.includes(imageId)) return failed({ photos: "NOT_FOUND" });
    const userErrors =
      intent === "removeImage"
        ? (await mutate(context, SellerImageRemoveMutation, { imageId })).productImageRemove.userErrors
        : (await mutate(context, SellerImagesReorderMutation, { input: { productId: product.id, imageIds: [imageId, ...ids.filter((id) => id !== imageId)] } }))
            .productImagesReorder.userErrors;
    return userErrors.length ? failed({ photos: userErrors[0]!.code }) : back(intent === "removeImage" ? "photoRemoved" : "photoReordered");
  }
  if (intent === "publish" || intent === "archive") {
    const result =
      intent === "publish"
        ? (await mutate(context, SellerProductPublishMutation, { productId: product.id })).productPublish
        : (await mutate(context, SellerProductArchiveMutation, { productId: product.id })).productArchive;
    return result.userErrors.length ? failed(errorsFromApi(result.userErrors, { productId: "form", variants: "form" })) : back(intent === "publish" ? "published" : "archived");
  }

  const errors: FormErrors = {};
  const fields = readProductFields(values, errors);
  const saved = product.variants.nodes.length;
  const variants = product.variants.nodes.map((_, k) => readVariant(values, k, errors, false));
  // Saved variants are named by their sku as loaded, whatever the form says.
  variants.forEach((v, k) => (v.sku = product.variants.nodes[k]!.sku));
  if (variantTyped(values, saved)) variants.push(readVariant(values, saved, errors, true));
  if (Object.keys(errors).length) return failed(errors);
  const result = await mutate(context, SellerProductUpdateMutation, {
    input: {
      productId: product.id,
      ...fields,
      variants: variants.map((v) => ({ sku: v.sku, label: v.label, price: v.price, stock: v.stock, weightGrams: v.weightGrams })),
    },
  });
  const { userErrors } = result.productUpdate;
  return userErrors.length ? failed(errorsFromApi(userErrors)) : back("saved");
}

/** The form's values as loaded: the product and one row per saved variant. */
function initialValues(product: Route.ComponentProps["loaderData"]["product"]): FormValues {
  const values: FormValues = {
    name: product.name,
    productSetCode: product.productSet?.code ?? "",
    description: htmlToText(product.descriptionHtml),
    rawMaterialArea: product.rawMaterialArea ?? "",
  };
  product.variants.nodes.forEach((v, k) => {
    values[`variants.${k}.sku`] = v.sku;
    values[`variants.${k}.label`] = v.label;
    values[`variants.${k}.price`] = String(v.price.amount);
    values[`variants.${k}.stock`] = String(v.stock);
    values[`variants.${k}.weightGrams`] = v.weightGrams == null ? "" : String(v.weightGrams);
  });
  return values;
}

export default function SellerProductEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { producers, producerId, producer, product, sets, notice } = loaderData;
  const t = useTranslations();
  const locale = useLocale();
  const saveErrors = actionData?.intent === "save" ? actionData.errors : {};
  const values = actionData?.intent === "save" ? actionData.values : initialValues(product);
  const otherErrors = actionData && actionData.intent !== "save" ? actionData.errors : {};
  const saved = product.variants.nodes.length;
  // A new location (the redirect after each save) remounts the forms, so they show what was saved.
  const formKey = useLocation().key;
  const noticeText = {
    created: t("seller.created"),
    saved: t("seller.saved"),
    published: producer.verified ? t("seller.published") : t("seller.publishedPending"),
    archived: t("seller.archivedNotice"),
    uploaded: t("seller.uploaded"),
    photoRemoved: t("seller.photoRemoved"),
    photoReordered: t("seller.photoReordered"),
  };
  return (
    <SellerLayout producerId={producerId} producers={producers}>
      <div className="seller-heading">
        <h1>
          {t("seller.editTitle")}: <span lang="vi">{product.name}</span>
        </h1>
        <StatusBadge status={product.status} />
      </div>
      {notice ? (
        <p className={notice === "published" && !producer.verified ? "notice notice--warning" : "notice"} role="status">
          {noticeText[notice]}
        </p>
      ) : null}
      <p>
        {groupLabel(t, product.group)} · <Link to={sellerHref("producerBatches", locale, producerId, { id: product.id })}>{t("seller.batchesLink")}</Link>
        {product.status === "PUBLISHED" && producer.verified ? (
          <>
            {" · "}
            <Link to={localeHref("product", locale, { slug: product.slug })}>{t("seller.viewPublic")}</Link>
          </>
        ) : null}
      </p>

      <Form method="post" className="seller-status-actions">
        <FormError code={otherErrors.form} />
        {product.status !== "PUBLISHED" ? (
          <button type="submit" name="intent" value="publish">
            {t("seller.publish")}
          </button>
        ) : null}
        {product.status !== "ARCHIVED" ? (
          <button type="submit" name="intent" value="archive" className="button--secondary">
            {t("seller.archive")}
          </button>
        ) : null}
      </Form>

      <Form key={formKey} method="post" className="workspace-form workspace-form--wide" noValidate>
        <input type="hidden" name="intent" value="save" />
        <FormError code={saveErrors.form} />
        <ProductFields values={values} errors={saveErrors} sets={sets} />
        <fieldset>
          <legend>{t("seller.variantsTitle")}</legend>
          <table className="workspace-table variant-table" data-testid="variants">
            <VariantHead />
            <tbody>
              {product.variants.nodes.map((v, k) => (
                <tr key={v.sku}>
                  <VariantCells k={k} values={values} errors={saveErrors} saved />
                </tr>
              ))}
              <tr>
                <th colSpan={5} scope="rowgroup" className="variant-table__new">
                  {t("seller.newVariant")}
                </th>
              </tr>
              <tr>
                <VariantCells k={saved} values={values} errors={saveErrors} saved={false} />
              </tr>
            </tbody>
          </table>
        </fieldset>
        <div>
          <button type="submit">{t("seller.saveSubmit")}</button>
        </div>
      </Form>

      <section aria-labelledby="photos" className="seller-section">
        <h2 id="photos">{t("seller.photosTitle")}</h2>
        <FormError code={otherErrors.photos} />
        {product.images.nodes.length === 0 ? (
          <p>{t("seller.noPhotos")}</p>
        ) : (
          <ul className="seller-photos">
            {product.images.nodes.map((image, k) => (
              <li key={image.id}>
                <img src={image.url.startsWith("/uploads/") ? image.url.replace(/\.webp$/, "-400.webp") : image.url} alt={image.alt} width={200} height={Math.round((200 * image.height) / image.width)} loading="lazy" />
                <Form method="post" className="seller-photos__actions">
                  <input type="hidden" name="imageId" value={image.id} />
                  {k === 0 ? (
                    <span className="status-badge status-badge--published">{t("seller.photoMain")}</span>
                  ) : (
                    <button type="submit" name="intent" value="mainImage" className="button--secondary button--small">
                      {t("seller.photoMakeMain")}
                    </button>
                  )}
                  <button type="submit" name="intent" value="removeImage" className="button--secondary button--small" aria-label={`${t("seller.photoRemove")}: ${image.alt}`}>
                    {t("seller.photoRemove")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
        <Form key={formKey} method="post" encType="multipart/form-data" className="workspace-form" noValidate>
          <input type="hidden" name="intent" value="upload" />
          <div className="field">
            <label htmlFor="photo">{t("seller.fieldPhoto")}</label>
            <input
              id="photo"
              name="photo"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              aria-invalid={otherErrors.photo ? true : undefined}
              aria-describedby={otherErrors.photo ? "photo-error" : undefined}
            />
            <FieldError id="photo-error" code={otherErrors.photo} />
          </div>
          <Field name="alt" label={t("seller.fieldPhotoAlt")} values={actionData?.intent === "upload" ? actionData.values : {}} errors={{}} />
          <div>
            <button type="submit">{t("seller.uploadSubmit")}</button>
          </div>
        </Form>
      </section>

      <EvaluationRequestForm
        productId={product.id}
        openRequest={product.openEvaluationRequest ?? null}
        redirectTo={sellerHref("producerProduct", locale, producerId, { id: product.id })}
      />
    </SellerLayout>
  );
}
