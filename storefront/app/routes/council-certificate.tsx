import { data, Form, Link, useSearchParams } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { CertificateHistory } from "../components/CertificateHistory";
import { Field, FormError } from "../components/CouncilFields";
import { StarBadge } from "../components/StarBadge";
import { WorkspaceLayout } from "../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { query } from "../lib/apollo.server";
import { certificateHref, certificateStateLabel } from "../lib/certificates";
import { revokeAction, type CouncilActionData } from "../lib/council-actions.server";
import { notFoundOnBadId, vietnamToday } from "../lib/council-forms";
import { councilMeta, councilNav } from "../lib/council-page";
import { formatDate } from "../lib/format";
import { CouncilProductQuery } from "../lib/operations.server";
import { pageTitle } from "../lib/seo";
import { requireViewer } from "../lib/workspace.server";
import type { Route } from "./+types/council-certificate";

/** The product under review and one of its certificates (the product's history holds it, whatever its state). */
async function load(context: Route.LoaderArgs["context"], productId: string, certificateId: string) {
  const result = await query(context, CouncilProductQuery, { id: productId }).catch(notFoundOnBadId);
  const product = result?.productForReview;
  const certificate = product?.certificates.nodes.find((c) => c.id === certificateId);
  if (!product || !certificate) throw data(null, { status: 404 });
  return { product: { id: product.id, name: product.name, slug: product.slug, status: product.status }, certificate };
}

export async function loader({ url, params, context }: Route.LoaderArgs) {
  await requireViewer(context, url, "council");
  return { ...(await load(context, params.id, params.certificateId)), today: vietnamToday() };
}

export async function action({ request, url, params, context }: Route.ActionArgs) {
  await requireViewer(context, url, "council");
  await load(context, params.id, params.certificateId);
  const form = await request.formData();
  if (form.get("intent") !== "revoke") throw data(null, { status: 400 });
  const back = localeHref("councilCertificate", localeFromPathname(url.pathname), { id: params.id, certificateId: params.certificateId });
  return revokeAction(context, form, params.certificateId, back);
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  const number = loaderData?.certificate.number ?? "";
  return councilMeta(pageTitle(t("council.certificate.heading", { number }), t("council.workspaceTitle")));
}

export default function CouncilCertificate({ loaderData, actionData }: Route.ComponentProps) {
  const { product, certificate, today } = loaderData;
  const failed = (actionData as CouncilActionData | undefined)?.intent === "revoke" ? (actionData as CouncilActionData) : undefined;
  const t = useTranslations();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = searchParams.get("xong");
  const dataLang = locale === "vi" ? undefined : "vi";
  const revocable = certificate.state === "RECOGNISED" && certificate.validToday;
  return (
    <WorkspaceLayout title={t("council.workspaceTitle")} nav={councilNav(t, locale)}>
      <p>
        <Link to={localeHref("councilProduct", locale, { id: product.id })}>{t("council.certificate.back")}</Link>
      </p>
      <h1>{t("council.certificate.heading", { number: certificate.number })}</h1>
      {notice === "cong-nhan" ? (
        <p className="notice" role="status">
          {t("council.certificate.recognised", { number: certificate.number })}
        </p>
      ) : null}
      {notice === "thu-hoi" ? (
        <p className="notice" role="status">
          {t("council.certificate.revoked")}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("council.certificate.product")}</dt>
        <dd lang={dataLang}>{product.name}</dd>
        <dt>{t("certificate.stars")}</dt>
        <dd>
          <StarBadge stars={certificate.stars} />
        </dd>
        <dt>{t("certificate.issuedBy")}</dt>
        <dd lang={dataLang}>{certificate.issuedBy}</dd>
        <dt>{t("certificate.decisionDate")}</dt>
        <dd>{formatDate(certificate.decisionDate, locale)}</dd>
        <dt>{t("certificate.validUntil")}</dt>
        <dd>{formatDate(certificate.validUntil, locale)}</dd>
        <dt>{t("certificate.state")}</dt>
        <dd>
          {certificateStateLabel(t, certificate.state, certificate.validToday)}
          {certificate.revokedReason ? (
            <>
              {" "}
              ({t("certificate.history.fields.revokedReason")}: <span lang={dataLang}>{certificate.revokedReason}</span>)
            </>
          ) : null}
        </dd>
      </dl>
      <p>
        {product.status === "PUBLISHED" ? (
          <>
            <Link to={certificateHref(certificate.number, product.slug, locale)}>{t("council.certificate.publicPage")}</Link> ·{" "}
          </>
        ) : null}
        <Link to={`${localeHref("councilProduct", locale, { id: product.id })}#cham-diem`}>{t("council.certificate.reevaluate")}</Link>
      </p>

      <CertificateHistory events={certificate.history} />

      <section aria-labelledby="thu-hoi">
        <h2 id="thu-hoi">{t("council.certificate.revokeHeading")}</h2>
        {revocable ? (
          <Form method="post" className="workspace-form" noValidate>
            <input type="hidden" name="intent" value="revoke" />
            <FormError error={failed?.errors.form} />
            <Field id="revoke-reason" name="reason" label={t("council.certificate.reason")} error={failed?.errors.reason}>
              {(props) => <textarea {...props} rows={3} defaultValue={failed?.values.reason ?? ""} />}
            </Field>
            <Field id="revoked-on" name="revokedOn" label={t("council.certificate.revokedOn")} error={failed?.errors.revokedOn}>
              {(props) => <input {...props} type="date" defaultValue={failed?.values.revokedOn ?? today} />}
            </Field>
            <p>
              <button type="submit" className="button button--danger">
                {t("council.certificate.submit")}
              </button>
            </p>
          </Form>
        ) : (
          <p className="muted">{t("council.certificate.notActive")}</p>
        )}
      </section>
    </WorkspaceLayout>
  );
}
