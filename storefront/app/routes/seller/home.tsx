import { data, Form, Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { Field, FormError, Select, TextArea } from "../../components/seller/Field";
import { SellerLayout } from "../../components/seller/SellerLayout";
import { StarBadge } from "../../components/StarBadge";
import { CertificateReminders } from "../../components/programme/CertificateReminders";
import { localeFromPathname, metaTranslator } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import { formatCount, formatDate } from "../../lib/format";
import { producerKindLabel } from "../../lib/labels";
import { SellerDashboardQuery, SellerFormOptionsQuery, SellerRegisterMutation } from "../../lib/operations.server";
import { errorsFromApi, formValues, sellerHref, sellerMeta, textToHtml, withNotice, type FormErrors } from "../../lib/seller";
import { requireSeller, sellerRead } from "../../lib/seller.server";
import type { Route } from "./+types/home";

const KINDS = ["COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE", "HOUSEHOLD_BUSINESS"] as const;

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return sellerMeta(t, t("seller.dashboardTitle"));
}

export async function loader({ url, context }: Route.LoaderArgs) {
  const { producers, current } = await requireSeller(context, url);
  const notice = url.searchParams.get("xong");
  if (!current) {
    const options = await query(context, SellerFormOptionsQuery);
    return { producers, producerId: null, provinces: options.provinces.nodes, workspace: null, notice };
  }
  const result = await sellerRead(query(context, SellerDashboardQuery, { producerId: current.id }));
  if (!result.producerWorkspace) throw data(null, { status: 404 });
  return { producers, producerId: current.id, provinces: [], workspace: result.producerWorkspace, notice };
}

/** Registers a producer (the viewer becomes its owner); it is pending until an admin approves it. */
export async function action({ request, url, context }: Route.ActionArgs) {
  await requireSeller(context, url);
  const values = formValues(await request.formData());
  const errors: FormErrors = {};
  if (!values.name) errors.name = "NAME_REQUIRED";
  if (!values.provinceCode) errors.provinceCode = "PROVINCE_NOT_FOUND";
  if (!(KINDS as readonly string[]).includes(values.kind ?? "")) errors.kind = "REQUIRED";
  if (Object.keys(errors).length) return data({ values, errors }, { status: 400 });
  const result = await mutate(context, SellerRegisterMutation, {
    input: {
      name: values.name!,
      kind: values.kind as (typeof KINDS)[number],
      provinceCode: values.provinceCode!,
      registrationNumber: values.registrationNumber || null,
      addressLine: values.addressLine || null,
      phone: values.phone || null,
      email: values.email || null,
      story: values.story ? textToHtml(values.story) : null,
    },
  });
  const { producer, userErrors } = result.producerRegister;
  if (userErrors.length || !producer) return data({ values, errors: errorsFromApi(userErrors) }, { status: 400 });
  throw redirect(withNotice(sellerHref("producerWorkspace", localeFromPathname(url.pathname), producer.id), "registered"));
}

export default function SellerHome({ loaderData, actionData }: Route.ComponentProps) {
  const { producers, producerId, workspace } = loaderData;
  return (
    <SellerLayout producerId={producerId} producers={producers}>
      {workspace ? (
        <Dashboard workspace={workspace} producerId={producerId!} notice={loaderData.notice} />
      ) : (
        <RegisterForm provinces={loaderData.provinces} values={actionData?.values ?? {}} errors={actionData?.errors ?? {}} />
      )}
    </SellerLayout>
  );
}

type Workspace = NonNullable<Route.ComponentProps["loaderData"]["workspace"]>;

function Dashboard({ workspace, producerId, notice }: { workspace: Workspace; producerId: string; notice: string | null }) {
  const t = useTranslations("seller");
  const locale = useLocale();
  const { producer, productCounts: counts, certificates } = workspace;
  const warnings = certificates.nodes.filter((c) => c.warning !== "NONE");
  const productHref = (id: string) => sellerHref("producerProduct", locale, producerId, { id });
  return (
    <section className="seller-dashboard">
      <h1>
        {t("dashboardTitle")}: <span lang="vi">{producer.name}</span>
      </h1>
      {notice === "registered" ? (
        <p className="notice" role="status">
          {t("registered")}
        </p>
      ) : null}
      {producer.verified ? (
        <p className="notice">{t("approved")}</p>
      ) : (
        <p className="notice notice--warning" data-testid="pending-notice">
          {t("pending", { name: producer.name })}
        </p>
      )}
      <h2>{t("counts")}</h2>
      <dl className="seller-counts">
        {(
          [
            ["countDraft", counts.draft, "DRAFT"],
            ["countPublished", counts.published, "PUBLISHED"],
            ["countArchived", counts.archived, "ARCHIVED"],
            ["countTotal", counts.total, null],
          ] as const
        ).map(([label, n, status]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>
              <Link to={`${sellerHref("producerProducts", locale, producerId)}${status ? `&trang-thai=${status}` : ""}`}>{formatCount(n, locale)}</Link>
            </dd>
          </div>
        ))}
      </dl>
      <CertificateReminders certificates={certificates.nodes} productHref={productHref} />
      <h2>{t("certificatesTitle")}</h2>
      {warnings.map((c) => (
        <p key={c.product.id} className={`notice notice--warning${c.warning === "WITHIN_30_DAYS" ? " notice--urgent" : ""}`} data-testid="expiry-warning">
          <Link to={productHref(c.product.id)}>
            {t(c.warning === "WITHIN_30_DAYS" ? "expiresIn30" : "expiresIn90", {
              name: c.product.name,
              number: c.certificate.number,
              date: formatDate(c.validUntil, locale),
              days: c.daysLeft,
            })}
          </Link>
        </p>
      ))}
      {certificates.nodes.length === 0 ? (
        <p>{t("noCertificates")}</p>
      ) : (
        <table className="workspace-table">
          <thead>
            <tr>
              <th scope="col">{t("certificateProduct")}</th>
              <th scope="col">{t("certificateNumber")}</th>
              <th scope="col">{t("certificateStars")}</th>
              <th scope="col">{t("certificateValidUntil")}</th>
              <th scope="col">{t("certificateDaysLeft")}</th>
            </tr>
          </thead>
          <tbody>
            {certificates.nodes.map((c) => (
              <tr key={c.product.id}>
                <td lang="vi">
                  <Link to={productHref(c.product.id)}>{c.product.name}</Link>
                </td>
                <td>{c.certificate.number}</td>
                <td>
                  <StarBadge stars={c.certificate.stars} />
                </td>
                <td>{formatDate(c.validUntil, locale)}</td>
                <td>{t("daysLeft", { days: c.daysLeft })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function RegisterForm({ provinces, values, errors }: { provinces: { code: string; name: string }[]; values: Record<string, string>; errors: FormErrors }) {
  const t = useTranslations();
  const common = { values, errors };
  return (
    <section>
      <h1>{t("seller.registerTitle")}</h1>
      <p>{t("seller.registerIntro")}</p>
      <Form method="post" className="workspace-form" noValidate>
        <FormError code={errors.form} />
        <Field name="name" label={t("seller.fieldProducerName")} {...common} />
        <Select
          name="kind"
          label={t("seller.fieldKind")}
          options={KINDS.map((k) => ({ value: k, label: producerKindLabel(t, k) }))}
          {...common}
          values={{ kind: "COOPERATIVE", ...values }}
        />
        <Select
          name="provinceCode"
          label={t("seller.fieldProvince")}
          placeholder={t("seller.chooseProvince")}
          options={provinces.map((p) => ({ value: p.code, label: p.name }))}
          {...common}
        />
        <Field name="registrationNumber" label={t("seller.fieldRegistrationNumber")} {...common} />
        <Field name="addressLine" label={t("seller.fieldAddress")} autoComplete="street-address" {...common} />
        <Field name="phone" label={t("seller.fieldPhone")} type="tel" inputMode="tel" autoComplete="tel" {...common} />
        <Field name="email" label={t("seller.fieldEmail")} type="email" inputMode="email" autoComplete="email" {...common} />
        <TextArea name="story" label={t("seller.fieldStory")} hint={t("seller.storyHint")} {...common} />
        <div>
          <button type="submit">{t("seller.registerSubmit")}</button>
        </div>
      </Form>
    </section>
  );
}
