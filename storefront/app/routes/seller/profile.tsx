import { data, Form, redirect, useLocation } from "react-router";
import { useTranslations } from "use-intl";
import { Field, FormError, Select, TextArea } from "../../components/seller/Field";
import { SellerLayout } from "../../components/seller/SellerLayout";
import { localeFromPathname, metaTranslator } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import { producerKindLabel } from "../../lib/labels";
import { SellerProfileQuery, SellerProfileUpdateMutation } from "../../lib/operations.server";
import { errorsFromApi, formValues, htmlToText, sellerHref, sellerMeta, textToHtml, withNotice, type FormErrors } from "../../lib/seller";
import { requireSeller, sellerRead } from "../../lib/seller.server";
import type { Route } from "./+types/profile";

const KINDS = ["COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE", "HOUSEHOLD_BUSINESS"] as const;

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return sellerMeta(t, t("seller.profileTitle"));
}

async function load(context: Route.LoaderArgs["context"], url: URL) {
  const { viewer, producers, current } = await requireSeller(context, url);
  if (!current) throw redirect(sellerHref("producerWorkspace", localeFromPathname(url.pathname), null));
  const result = await sellerRead(query(context, SellerProfileQuery, { producerId: current.id }));
  const producer = result.producerWorkspace?.producer;
  if (!producer) throw data(null, { status: 404 });
  // Staff run the products; the profile is the owner's (the API refuses staff too).
  const isAdmin = viewer.roles.some((r) => r.kind === "ADMIN");
  return { producers, producerId: current.id, producer, canEdit: isAdmin || current.role === "OWNER" };
}

export async function loader({ url, context }: Route.LoaderArgs) {
  return { ...(await load(context, url)), saved: url.searchParams.get("xong") === "profileSaved" };
}

export async function action({ request, url, context }: Route.ActionArgs) {
  const { producerId } = await load(context, url);
  const values = formValues(await request.formData());
  const errors: FormErrors = {};
  if (!values.name) errors.name = "NAME_REQUIRED";
  if (!(KINDS as readonly string[]).includes(values.kind ?? "")) errors.kind = "REQUIRED";
  if (Object.keys(errors).length) return data({ values, errors }, { status: 400 });
  const result = await mutate(context, SellerProfileUpdateMutation, {
    input: {
      producerId,
      name: values.name,
      kind: values.kind as (typeof KINDS)[number],
      registrationNumber: values.registrationNumber ?? "",
      communeCode: values.communeCode ?? "",
      addressLine: values.addressLine ?? "",
      phone: values.phone ?? "",
      email: values.email ?? "",
      website: values.website ?? "",
      story: textToHtml(values.story ?? ""),
    },
  });
  const { userErrors } = result.producerUpdate;
  if (userErrors.length) return data({ values, errors: errorsFromApi(userErrors, { producerId: "form" }) }, { status: 400 });
  throw redirect(withNotice(sellerHref("producerProfile", localeFromPathname(url.pathname), producerId), "profileSaved"));
}

export default function SellerProfile({ loaderData, actionData }: Route.ComponentProps) {
  const { producers, producerId, producer, canEdit, saved } = loaderData;
  const t = useTranslations();
  const values = actionData?.values ?? {
    name: producer.name,
    kind: producer.kind,
    registrationNumber: producer.registrationNumber ?? "",
    communeCode: producer.commune?.code ?? "",
    addressLine: producer.addressLine ?? "",
    phone: producer.contact.phone ?? "",
    email: producer.contact.email ?? "",
    website: producer.contact.website ?? "",
    story: htmlToText(producer.storyHtml),
  };
  const errors = actionData?.errors ?? {};
  const common = { values, errors };
  const formKey = useLocation().key;
  return (
    <SellerLayout producerId={producerId} producers={producers}>
      <h1>{t("seller.profileTitle")}</h1>
      {saved ? (
        <p className="notice" role="status">
          {t("seller.profileSaved")}
        </p>
      ) : null}
      <p>{t("seller.profileProvince", { name: producer.province.current.name })}</p>
      {canEdit ? (
        <Form key={formKey} method="post" className="workspace-form" noValidate>
          <FormError code={errors.form} />
          <Field name="name" label={t("seller.fieldProducerName")} {...common} />
          <Select name="kind" label={t("seller.fieldKind")} options={KINDS.map((k) => ({ value: k, label: producerKindLabel(t, k) }))} {...common} />
          <Field name="registrationNumber" label={t("seller.fieldRegistrationNumber")} {...common} />
          <Field name="communeCode" label={t("seller.fieldCommuneCode")} inputMode="numeric" {...common} />
          <Field name="addressLine" label={t("seller.fieldAddress")} {...common} />
          <Field name="phone" label={t("seller.fieldPhone")} type="tel" inputMode="tel" {...common} />
          <Field name="email" label={t("seller.fieldEmail")} type="email" inputMode="email" {...common} />
          <Field name="website" label={t("seller.fieldWebsite")} type="url" {...common} />
          <TextArea name="story" label={t("seller.fieldStory")} hint={t("seller.storyHint")} rows={8} {...common} />
          <div>
            <button type="submit">{t("seller.profileSubmit")}</button>
          </div>
        </Form>
      ) : (
        <p className="notice notice--warning">{t("seller.profileOwnerOnly")}</p>
      )}
    </SellerLayout>
  );
}
