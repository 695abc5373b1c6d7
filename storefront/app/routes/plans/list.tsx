import { data, Form, Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { FormError, LabelledField } from "../../components/LabelledField";
import { TargetProgressList } from "../../components/programme/TargetProgress";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { adminNav, cursorFrom, CURSOR_PARAM } from "../../lib/admin";
import { mutate, query } from "../../lib/apollo.server";
import { councilNav } from "../../lib/council-page";
import { assertSameOrigin } from "../../lib/csrf.server";
import { env } from "../../lib/env.server";
import { EditablePlansQuery, PlanCreateMutation } from "../../lib/operations.server";
import { planCall, requirePlanEditor } from "../../lib/plans.server";
import { parsePlanForm, planErrorMessage, planErrorsFromApi, type FormErrors, type PlanField, type PlanValues } from "../../lib/programme-plans";
import { DONE_PARAM } from "../../lib/form-errors";
import { pageTitle } from "../../lib/seo";
import type { Route } from "./+types/list";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("plans.heading")) }, { name: "robots", content: "noindex" }];
}

/** The plans the viewer may edit (a province council: its province's; admins: all), 20 a page (`?sau=`). */
export async function loader({ context, url }: Route.LoaderArgs) {
  const { workspace, scope } = await requirePlanEditor(context, url);
  const province = scope.all ? null : scope.province;
  if (!scope.all && !province) return { workspace, scope, plans: [], next: null, provinces: [] };
  const result = await planCall(query(context, EditablePlansQuery, { provinceCode: province?.code ?? null, after: cursorFrom(url.searchParams) }));
  return {
    workspace,
    scope,
    plans: result.plans.nodes,
    next: result.plans.pageInfo.hasNextPage ? result.plans.pageInfo.endCursor : null,
    provinces: result.provinces.nodes,
  };
}

type ActionResult = { values: PlanValues; errors: FormErrors<PlanField> };

/** Creates a plan (a council: of its own province, whatever was posted) and opens it to add targets. */
export async function action({ request, context, url }: Route.ActionArgs) {
  assertSameOrigin(request, env.siteUrl);
  const { workspace, scope, locale } = await requirePlanEditor(context, url);
  if (!scope.all && !scope.province) throw new Response("Forbidden", { status: 403 });
  const parsed = parsePlanForm(await request.formData());
  if (!scope.all) parsed.values.provinceId = scope.province!.id;
  if (!parsed.input) return data<ActionResult>({ values: parsed.values, errors: parsed.errors }, { status: 400 });
  const result = (await planCall(mutate(context, PlanCreateMutation, { input: { ...parsed.input, provinceId: parsed.values.provinceId || null } }))).programmePlanCreate;
  if (!result.plan) return data<ActionResult>({ values: parsed.values, errors: planErrorsFromApi(result.userErrors) }, { status: 400 });
  throw redirect(`${localeHref(workspace === "admin" ? "adminPlan" : "councilPlan", locale, { id: result.plan.id })}?${DONE_PARAM}=created`);
}

export default function PlansPage({ loaderData, actionData }: Route.ComponentProps) {
  const { workspace, scope, plans, next, provinces } = loaderData;
  const t = useTranslations("plans");
  const tt = useTranslations();
  const locale = useLocale();
  const values = actionData?.values;
  const err = (field: PlanField | "form") => planErrorMessage(tt, actionData?.errors[field]);
  const title = workspace === "admin" ? tt("admin.title") : tt("council.workspaceTitle");
  const nav = workspace === "admin" ? adminNav(tt, locale) : councilNav(tt, locale);
  const province = scope.all ? null : scope.province;
  const planHref = (id: string) => localeHref(workspace === "admin" ? "adminPlan" : "councilPlan", locale, { id });
  const editable = scope.all || province !== null;

  return (
    <WorkspaceLayout title={title} nav={nav}>
      <h1>{t("heading")}</h1>
      {!editable ? (
        <p className="notice notice--warning">{t("noProvince")}</p>
      ) : (
        <>
          <p>{province ? t("introProvince", { province: province.name }) : t("introAll")}</p>
          {plans.length ? (
            <TargetProgressList
              plans={plans}
              actions={(plan) => (
                <p>
                  <Link className="button button--small button--secondary" to={planHref(plan.id)} aria-label={t("editLabel", { title: plan.title })}>
                    {t("edit")}
                  </Link>
                </p>
              )}
            />
          ) : (
            <p className="notice">{t("noPlans")}</p>
          )}
          {next ? (
            <p>
              <Link to={`?${CURSOR_PARAM}=${encodeURIComponent(next)}`}>{t("more")}</Link>
            </p>
          ) : null}

          <section aria-labelledby="plan-create" className="plan-editor__section">
            <h2 id="plan-create">{t("createHeading")}</h2>
            <p className="muted">{t("createIntro")}</p>
            <Form method="post" className="workspace-form" noValidate>
              <FormError message={err("form")} />
              {province ? (
                <p>
                  <strong>{t("province")}:</strong> {province.name}
                </p>
              ) : (
                <LabelledField
                  id="plan-province"
                  name="provinceId"
                  label={t("province")}
                  defaultValue={values?.provinceId ?? ""}
                  options={[{ value: "", label: t("national") }, ...provinces.map((p) => ({ value: p.id, label: p.name }))]}
                  error={err("provinceId")}
                />
              )}
              <LabelledField id="plan-title" name="title" label={t("title")} hint={t("titleHint")} defaultValue={values?.title} error={err("title")} />
              <div className="plan-editor__period">
                <LabelledField id="plan-start" name="periodStart" type="date" label={t("periodStart")} defaultValue={values?.periodStart} error={err("periodStart")} />
                <LabelledField id="plan-end" name="periodEnd" type="date" label={t("periodEnd")} defaultValue={values?.periodEnd} error={err("periodEnd")} />
              </div>
              <LabelledField
                id="plan-decision"
                name="decisionReference"
                label={t("decisionReference")}
                hint={t("decisionReferenceHint")}
                defaultValue={values?.decisionReference}
                error={err("decisionReference")}
              />
              <button type="submit" className="button">
                {t("create")}
              </button>
            </Form>
          </section>
        </>
      )}
    </WorkspaceLayout>
  );
}
