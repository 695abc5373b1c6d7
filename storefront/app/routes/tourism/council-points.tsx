import { data, Form } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { FormError, LabelledField } from "../../components/LabelledField";
import { StarBadge } from "../../components/StarBadge";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, metaTranslator } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import { councilNav } from "../../lib/council-page";
import { formatDate } from "../../lib/format";
import { CouncilTourismPointsQuery, TourismPointCertificateRecordMutation, TourismPointCertificateRevokeMutation } from "../../lib/operations.server";
import { pageTitle } from "../../lib/seo";
import { typedInt } from "../../lib/tourism";
import { tourismErrorMessage, tourismErrorsFromApi, type TourismFormErrors } from "../../lib/tourism-workspace";
import { operatorRead } from "../../lib/tourism-workspace.server";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/council-points";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("tourism.councilHeading"), t("council.workspaceTitle")) }, { name: "robots", content: "noindex" }];
}

/** A province council sees its province; the ministry's council and admins choose one (`?tinh=`). */
export async function loader({ context, url }: Route.LoaderArgs) {
  const { viewer } = await requireViewer(context, url, "council");
  const own = viewer.roles.flatMap((r) => ("level" in r && r.province ? [r.province.code] : []))[0] ?? null;
  const wanted = url.searchParams.get("tinh");
  const provinceCode = own ?? (wanted && /^\d{2}$/.test(wanted) ? wanted : "01");
  const result = await operatorRead(query(context, CouncilTourismPointsQuery, { provinceCode }));
  return { provinceCode, canChoose: own === null, provinces: result.provinces.nodes, points: result.tourismPoints.nodes };
}

type ActionResult = { ok: "recorded" | "revoked"; errors?: undefined } | { ok?: undefined; errors: TourismFormErrors; pointId: string; values: Record<string, string> };

export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url, "council");
  const form = await request.formData();
  const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  if (values.intent === "revoke") {
    const result = (await mutate(context, TourismPointCertificateRevokeMutation, { id: values.certificateId ?? "" }).catch(() => null))?.tourismPointCertificateRevoke;
    if (!result || result.userErrors.length) return data<ActionResult>({ errors: result ? tourismErrorsFromApi(result.userErrors) : { form: "UNKNOWN" }, pointId: values.pointId ?? "", values }, { status: 400 });
    return data<ActionResult>({ ok: "revoked" });
  }
  const stars = typedInt(values.stars ?? "");
  const result = (await mutate(context, TourismPointCertificateRecordMutation, {
    input: { pointId: values.pointId ?? "", stars: stars === null || Number.isNaN(stars) ? 0 : stars, number: values.number ?? "", decisionDate: values.decisionDate || "0000-00-00", validUntil: values.validUntil || null },
  }).catch(() => null))?.tourismPointCertificateRecord;
  if (!result) return data<ActionResult>({ errors: { decisionDate: "CERTIFICATE_DATES_INVALID" }, pointId: values.pointId ?? "", values }, { status: 400 });
  if (result.userErrors.length) return data<ActionResult>({ errors: tourismErrorsFromApi(result.userErrors), pointId: values.pointId ?? "", values }, { status: 400 });
  return data<ActionResult>({ ok: "recorded" });
}

export default function CouncilPoints({ loaderData, actionData }: Route.ComponentProps) {
  const { points, provinces, provinceCode, canChoose } = loaderData;
  const t = useTranslations("tourism");
  const tt = useTranslations();
  const locale = useLocale();
  const failed = actionData && "errors" in actionData && actionData.errors ? actionData : null;
  return (
    <WorkspaceLayout title={tt("council.workspaceTitle")} nav={councilNav(tt, locale)}>
      <h1>{t("councilHeading")}</h1>
      <p>{t("councilIntro")}</p>
      {actionData?.ok ? (
        <p className="notice" role="status">
          {t(actionData.ok)}
        </p>
      ) : null}
      {canChoose ? (
        <Form method="get" className="filters filters--inline">
          <LabelledField id="council-province" name="tinh" label={t("province")} defaultValue={provinceCode} options={provinces.map((p) => ({ value: p.code, label: p.name }))} />
          <button type="submit" className="button">
            {t("submit")}
          </button>
        </Form>
      ) : null}
      {points.length === 0 ? <p className="notice">{t("noCouncilPoints")}</p> : null}
      {points.map((point) => {
        const mine = failed?.pointId === point.id ? failed : null;
        const err = (field: string) => tourismErrorMessage(tt, mine?.errors[field]);
        return (
          <section key={point.id} className="council-point" aria-labelledby={`point-${point.slug}`}>
            <h2 id={`point-${point.slug}`}>
              {point.name} <StarBadge stars={point.certificates.nodes.find((c) => c.isValid)?.stars} />
            </h2>
            <p className="muted">
              {t(`kinds.${point.kind}`)} · {point.province.name} · {point.operator.name}
            </p>
            {point.certificates.nodes.length ? (
              <table className="workspace-table">
                <caption>{t("certificatesLabel")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("number")}</th>
                    <th scope="col">{t("stars")}</th>
                    <th scope="col">{t("decisionDate")}</th>
                    <th scope="col">{t("status")}</th>
                    <th scope="col">{t("actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {point.certificates.nodes.map((c) => (
                    <tr key={c.id}>
                      <td>{c.number}</td>
                      <td>{c.stars}★</td>
                      <td>
                        {formatDate(c.decisionDate, locale)} – {formatDate(c.validUntil, locale)}
                      </td>
                      <td>{t(`certStates.${c.state === "RECOGNISED" && !c.isValid ? "EXPIRED" : c.state}`)}</td>
                      <td>
                        {c.state === "RECOGNISED" ? (
                          <Form method="post">
                            <input type="hidden" name="intent" value="revoke" />
                            <input type="hidden" name="certificateId" value={c.id} />
                            <input type="hidden" name="pointId" value={point.id} />
                            <button type="submit" className="button button--small button--secondary">
                              {t("revoke")}
                            </button>
                          </Form>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <Form method="post" className="workspace-form workspace-form--inline" noValidate key={`${point.id}-${point.certificates.nodes.length}`}>
              <input type="hidden" name="intent" value="record" />
              <input type="hidden" name="pointId" value={point.id} />
              <FormError message={err("form") ?? err("pointId") ?? err("certificateId")} />
              <LabelledField id={`stars-${point.slug}`} name="stars" label={t("stars")} defaultValue={mine?.values.stars ?? "4"} options={["3", "4", "5"].map((s) => ({ value: s, label: `${s}★` }))} error={err("stars")} />
              <LabelledField id={`number-${point.slug}`} name="number" label={t("number")} defaultValue={mine?.values.number} error={err("number")} />
              <LabelledField id={`decision-${point.slug}`} name="decisionDate" type="date" label={t("decisionDate")} defaultValue={mine?.values.decisionDate} error={err("decisionDate")} />
              <LabelledField id={`valid-${point.slug}`} name="validUntil" type="date" label={t("validUntil")} defaultValue={mine?.values.validUntil} error={err("validUntil")} />
              <button type="submit" className="button">
                {t("record")}
              </button>
            </Form>
          </section>
        );
      })}
    </WorkspaceLayout>
  );
}
