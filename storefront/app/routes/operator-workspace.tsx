import { data } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { OperatorProfileForm } from "../components/OperatorProfileForm";
import { WorkspaceLayout } from "../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { mutate, query } from "../lib/apollo.server";
import { formatDate, vietnamDay } from "../lib/format";
import {
  checkOperatorForm,
  descriptionToHtml,
  descriptionToText,
  isOperatorKind,
  operatorErrorsFromApi,
  readOperatorForm,
  type OperatorFormErrors,
  type OperatorFormValues,
} from "../lib/operator-form";
import { OperatorRegisterMutation, OperatorUpdateMutation, OperatorWorkspaceQuery } from "../lib/operations.server";
import { pageTitle } from "../lib/seo";
import { requireViewer } from "../lib/workspace.server";
import { operatorNav } from "../lib/tourism-workspace";
import type { Route } from "./+types/operator-workspace";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("operator.title")) }, { name: "robots", content: "noindex" }];
}

/** The viewer's operators (usually one); `?don-vi=<slug>` picks another. */
export async function loader({ context, url }: Route.LoaderArgs) {
  await requireViewer(context, url, "operator");
  const { viewer, provinces } = await query(context, OperatorWorkspaceQuery);
  const memberships = (viewer?.roles ?? []).flatMap((r) =>
    "operator" in r ? [{ role: r.operatorRole, operator: r.operator }] : [],
  );
  const wanted = url.searchParams.get("don-vi");
  const current = memberships.find((m) => m.operator.slug === wanted) ?? memberships[0] ?? null;
  return { current, others: memberships.filter((m) => m !== current).map((m) => m.operator), provinces: provinces.nodes };
}

type ActionResult = { ok: "registered" | "saved"; values?: undefined; errors?: undefined } | { ok?: undefined; values: OperatorFormValues; errors: OperatorFormErrors };

export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url, "operator");
  const form = await request.formData();
  const values = readOperatorForm(form);
  const errors = checkOperatorForm(values);
  if (Object.keys(errors).length) return data<ActionResult>({ values, errors }, { status: 400 });
  const kind = isOperatorKind(values.kind) ? values.kind : "HOUSEHOLD";
  const profile = {
    name: values.name,
    kind,
    provinceCode: values.provinceCode,
    communeCode: values.communeCode,
    addressLine: values.addressLine,
    phone: values.phone,
    email: values.email,
    description: descriptionToHtml(values.description),
  };
  if (form.get("intent") === "update") {
    const operatorId = String(form.get("operatorId") ?? "");
    const result = (await mutate(context, OperatorUpdateMutation, { input: { operatorId, ...profile } })).operatorUpdate;
    if (result.userErrors.length) return data<ActionResult>({ values, errors: operatorErrorsFromApi(result.userErrors) }, { status: 400 });
    return data<ActionResult>({ ok: "saved" });
  }
  const result = (await mutate(context, OperatorRegisterMutation, { input: { ...profile, communeCode: profile.communeCode || null } })).operatorRegister;
  if (result.userErrors.length) return data<ActionResult>({ values, errors: operatorErrorsFromApi(result.userErrors) }, { status: 400 });
  return data<ActionResult>({ ok: "registered" });
}

const EMPTY: OperatorFormValues = { name: "", kind: "HOUSEHOLD", provinceCode: "", communeCode: "", addressLine: "", phone: "", email: "", description: "" };

export default function OperatorWorkspace({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("operator");
  const locale = useLocale();
  const { current, others, provinces } = loaderData;
  const tt = useTranslations();
  const nav = current ? operatorNav(tt, locale) : [{ href: localeHref("operatorWorkspace", locale), label: t("navProfile"), end: true }];
  const failed = actionData && "errors" in actionData && actionData.errors ? actionData : null;

  if (!current) {
    return (
      <WorkspaceLayout title={t("title")} nav={nav}>
        <h1>{t("registerHeading")}</h1>
        <p>{t("registerIntro")}</p>
        <OperatorProfileForm intent="register" values={failed?.values ?? EMPTY} errors={failed?.errors} provinces={provinces} />
      </WorkspaceLayout>
    );
  }

  const operator = current.operator;
  const saved: OperatorFormValues = {
    name: operator.name,
    kind: operator.kind,
    provinceCode: operator.province.code,
    communeCode: operator.commune?.code ?? "",
    addressLine: operator.addressLine ?? "",
    phone: operator.contact.phone ?? "",
    email: operator.contact.email ?? "",
    description: descriptionToText(operator.descriptionHtml),
  };
  return (
    <WorkspaceLayout title={t("title")} nav={nav}>
      <h1>{t("profileHeading")}</h1>
      {actionData?.ok ? (
        <p className="notice" role="status">
          {t(actionData.ok)}
        </p>
      ) : null}
      <dl className="operator-status" data-testid="operator-status">
        <dt>{t("status")}</dt>
        <dd>
          <strong>{t(`approval.${operator.approval}`)}</strong>
        </dd>
      </dl>
      {operator.approval === "APPROVED" && operator.approvedAt ? (
        <p className="notice">{t("approved", { date: formatDate(vietnamDay(operator.approvedAt), locale) })}</p>
      ) : (
        <p className="notice notice--warning">{t("pending")}</p>
      )}
      <p>{t("yourRole", { role: t(`memberRoles.${current.role}`) })}</p>
      {others.length ? (
        <ul>
          {others.map((o) => (
            <li key={o.id}>
              <a href={`${localeHref("operatorWorkspace", locale)}?don-vi=${encodeURIComponent(o.slug)}`}>{o.name}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {/* Remount after a save so the fields show what was stored. */}
      <OperatorProfileForm
        key={actionData?.ok ?? "form"}
        intent="update"
        operatorId={operator.id}
        values={failed?.values ?? saved}
        errors={failed?.errors}
        provinces={provinces}
      />
    </WorkspaceLayout>
  );
}
