import { data, Form, Link, redirect, useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { FormError, LabelledField } from "../../components/LabelledField";
import { TargetProgressList } from "../../components/programme/TargetProgress";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { adminNav } from "../../lib/admin";
import { mutate, query } from "../../lib/apollo.server";
import { councilNav } from "../../lib/council-page";
import { assertSameOrigin } from "../../lib/csrf.server";
import { env } from "../../lib/env.server";
import { formatDate } from "../../lib/format";
import { EditablePlanQuery, PlanUpdateMutation, TargetAddMutation, TargetDeleteMutation, TargetUpdateMutation } from "../../lib/operations.server";
import { planCall, requirePlanEditor } from "../../lib/plans.server";
import {
  kindFields, mayEditPlan, parsePlanForm, parseTargetForm, planErrorMessage, planErrorsFromApi, TARGET_KINDS, targetErrorsFromApi,
  type FormErrors, type PlanField, type PlanValues, type TargetField, type TargetKind, type TargetValues,
} from "../../lib/programme-plans";
import { DONE_PARAM, doneFrom } from "../../lib/form-errors";
import { pageTitle } from "../../lib/seo";
import type { Route } from "./+types/plan";

const DONE = ["created", "saved", "targetAdded", "targetSaved", "targetRemoved"] as const;
type Done = (typeof DONE)[number];

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(loaderData?.plan.title ?? t("plans.heading"), t("plans.heading")) }, { name: "robots", content: "noindex" }];
}

/** A plan the viewer may edit (404 when unknown, 403 when of another province), with its targets' live progress. */
export async function loader({ context, url, params }: Route.LoaderArgs) {
  const { workspace, scope } = await requirePlanEditor(context, url);
  const plan = (await planCall(query(context, EditablePlanQuery, { id: params.id }))).plan;
  if (!plan) throw data(null, { status: 404 });
  if (!mayEditPlan(scope, plan.province ? plan.province.current.code : null)) throw new Response("Forbidden", { status: 403 });
  return { workspace, plan, done: doneFrom(url, DONE) };
}

type ActionResult =
  | { intent: "plan"; values: PlanValues; errors: FormErrors<PlanField> }
  | { intent: "target-add" | "target-update" | "target-delete"; targetId: string | null; values: TargetValues; errors: FormErrors<TargetField> };

/** One action per form of the page (`intent`): the plan's fields, a target added, changed or removed. Each success comes back here (PRG). */
export async function action({ request, context, url, params }: Route.ActionArgs) {
  assertSameOrigin(request, env.siteUrl);
  await requirePlanEditor(context, url);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const back = (done: Done) => redirect(`${url.pathname}?${DONE_PARAM}=${done}`);

  if (intent === "plan") {
    const parsed = parsePlanForm(form);
    if (!parsed.input) return data<ActionResult>({ intent, values: parsed.values, errors: parsed.errors }, { status: 400 });
    const { provinceId: _, ...changes } = parsed.input;
    const result = (await planCall(mutate(context, PlanUpdateMutation, { input: { planId: params.id, ...changes } }))).programmePlanUpdate;
    if (!result.plan) return data<ActionResult>({ intent, values: parsed.values, errors: planErrorsFromApi(result.userErrors) }, { status: 400 });
    throw back("saved");
  }

  const targetId = String(form.get("targetId") ?? "") || null;
  if (intent === "target-delete" && targetId) {
    const result = (await planCall(mutate(context, TargetDeleteMutation, { targetId }))).programmeTargetDelete;
    if (result.userErrors.length) {
      return data<ActionResult>({ intent, targetId, values: parseTargetForm([]).values, errors: targetErrorsFromApi(result.userErrors, "SALES_POINTS_COUNT") }, { status: 400 });
    }
    throw back("targetRemoved");
  }
  if (intent === "target-add" || (intent === "target-update" && targetId)) {
    const parsed = parseTargetForm(form);
    if (!parsed.input) return data<ActionResult>({ intent, targetId, values: parsed.values, errors: parsed.errors }, { status: 400 });
    const input = parsed.input;
    const result =
      intent === "target-add"
        ? (await planCall(mutate(context, TargetAddMutation, { input: { planId: params.id, ...input } }))).programmeTargetAdd
        : (await planCall(mutate(context, TargetUpdateMutation, { input: { targetId: targetId!, ...input } }))).programmeTargetUpdate;
    if (!result.target) return data<ActionResult>({ intent, targetId, values: parsed.values, errors: targetErrorsFromApi(result.userErrors, input.kind) }, { status: 400 });
    throw back(intent === "target-add" ? "targetAdded" : "targetSaved");
  }
  throw data(null, { status: 400 });
}

export default function PlanPage({ loaderData, actionData }: Route.ComponentProps) {
  const { workspace, plan, done } = loaderData;
  const t = useTranslations("plans");
  const tt = useTranslations();
  const locale = useLocale();
  const title = workspace === "admin" ? tt("admin.title") : tt("council.workspaceTitle");
  const nav = workspace === "admin" ? adminNav(tt, locale) : councilNav(tt, locale);
  const planFailed = actionData?.intent === "plan" ? actionData : null;
  const planErr = (field: PlanField | "form") => planErrorMessage(tt, planFailed?.errors[field]);
  const targetFailed = (intent: string, targetId: string | null) =>
    actionData && actionData.intent === intent && actionData.intent !== "plan" && actionData.targetId === targetId ? actionData : null;
  const province = plan.province;
  // Each navigation (a saved form comes back here) renders the forms afresh from the saved plan.
  const { key: visit } = useLocation();

  return (
    <WorkspaceLayout title={title} nav={nav}>
      <p>
        <Link to={localeHref(workspace === "admin" ? "adminPlans" : "councilPlans", locale)}>← {t("back")}</Link>
      </p>
      <h1 lang="vi">{plan.title}</h1>
      <p className="muted">
        {province ? t("planProvince", { province: province.validTo ? `${province.name} (${province.current.name})` : province.name }) : t("national")}
        {" · "}
        {tt("programme.planPeriod", { from: formatDate(plan.periodStart, locale), to: formatDate(plan.periodEnd, locale) })}
      </p>
      {done && !actionData ? (
        <p className="notice" role="status">
          {t(`done.${done}`)}
        </p>
      ) : null}

      <section aria-labelledby="plan-progress" className="plan-editor__section">
        <h2 id="plan-progress">{t("progressHeading")}</h2>
        <TargetProgressList plans={[plan]} />
      </section>

      <section aria-labelledby="plan-details" className="plan-editor__section">
        <h2 id="plan-details">{t("planHeading")}</h2>
        <Form method="post" className="workspace-form" noValidate key={visit}>
          <input type="hidden" name="intent" value="plan" />
          <FormError message={planErr("form")} />
          <LabelledField id="plan-title" name="title" label={t("title")} defaultValue={planFailed?.values.title ?? plan.title} error={planErr("title")} />
          <div className="plan-editor__period">
            <LabelledField id="plan-start" name="periodStart" type="date" label={t("periodStart")} defaultValue={planFailed?.values.periodStart ?? plan.periodStart} error={planErr("periodStart")} />
            <LabelledField id="plan-end" name="periodEnd" type="date" label={t("periodEnd")} defaultValue={planFailed?.values.periodEnd ?? plan.periodEnd} error={planErr("periodEnd")} />
          </div>
          <LabelledField
            id="plan-decision"
            name="decisionReference"
            label={t("decisionReference")}
            hint={t("decisionReferenceHint")}
            defaultValue={planFailed?.values.decisionReference ?? plan.decisionReference ?? ""}
            error={planErr("decisionReference")}
          />
          <button type="submit" className="button">
            {t("save")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="plan-targets" className="plan-editor__section">
        <h2 id="plan-targets">{t("targetsHeading")}</h2>
        {plan.targets.length === 0 ? <p className="muted">{t("noTargets")}</p> : null}
        {plan.targets.map((target, i) => {
          const failed = targetFailed("target-update", target.id) ?? targetFailed("target-delete", target.id);
          const values: TargetValues = failed?.intent === "target-update"
            ? failed.values
            : {
                kind: target.kind, label: target.label, targetValue: String(target.targetValue),
                minStars: target.minStars ? String(target.minStars) : "3", denominator: target.denominator ? String(target.denominator) : "",
              };
          return (
            <fieldset key={`${target.id}-${visit}`} className="plan-target" data-testid="plan-target-form">
              <legend>{t("targetHeading", { n: String(i + 1) })}</legend>
              <Form method="post" className="workspace-form target-form" noValidate id={`target-form-${i}`}>
                <input type="hidden" name="intent" value="target-update" />
                <input type="hidden" name="targetId" value={target.id} />
                <TargetFields idPrefix={`target-${i}`} values={values} errors={failed?.errors ?? {}} />
                <button type="submit" className="button">
                  {t("saveTarget")}
                </button>
              </Form>
              <Form method="post" className="plan-target__remove">
                <input type="hidden" name="intent" value="target-delete" />
                <input type="hidden" name="targetId" value={target.id} />
                <button type="submit" className="button button--small button--secondary" aria-label={`${t("removeTarget")}: ${target.label}`}>
                  {t("removeTarget")}
                </button>
              </Form>
            </fieldset>
          );
        })}

        <h3 id="plan-add-target">{t("addHeading")}</h3>
        <Form method="post" className="workspace-form target-form" noValidate aria-labelledby="plan-add-target" key={visit}>
          <input type="hidden" name="intent" value="target-add" />
          <TargetFields
            idPrefix="target-new"
            values={targetFailed("target-add", null)?.values ?? { kind: "PRODUCTS_CERTIFIED_MIN_STARS", label: "", targetValue: "", minStars: "3", denominator: "" }}
            errors={targetFailed("target-add", null)?.errors ?? {}}
          />
          <button type="submit" className="button">
            {t("addTarget")}
          </button>
        </Form>
      </section>
    </WorkspaceLayout>
  );
}

/**
 * A target's fields. Every kind's fields are in the form; CSS (`.target-form:has(...)`) shows those
 * the chosen kind needs, so it works without JavaScript; the server drops the others.
 */
function TargetFields({ idPrefix, values, errors }: { idPrefix: string; values: TargetValues; errors: FormErrors<TargetField> }) {
  const t = useTranslations("plans");
  const tt = useTranslations();
  const err = (field: TargetField | "form") => planErrorMessage(tt, errors[field]);
  const kind = (TARGET_KINDS as readonly string[]).includes(values.kind) ? (values.kind as TargetKind) : "PRODUCTS_CERTIFIED_MIN_STARS";
  return (
    <>
      <FormError message={err("form")} />
      <LabelledField id={`${idPrefix}-kind`} name="kind" label={t("kind")} defaultValue={kind} error={err("kind")}>
        {(control) => (
          <select {...control} defaultValue={kind}>
            {TARGET_KINDS.map((k) => {
              const needs = kindFields(k);
              return (
                <option key={k} value={k} data-stars={needs.minStars || undefined} data-share={needs.share || undefined} data-per-year={k === "PRODUCTS_PER_YEAR_MIN_STARS" || undefined} data-denominator={needs.denominator || undefined}>
                  {t(`kinds.${k}`)}
                </option>
              );
            })}
          </select>
        )}
      </LabelledField>
      <LabelledField id={`${idPrefix}-label`} name="label" label={t("label")} hint={t("labelHint")} defaultValue={values.label} error={err("label")} />
      <div className="target-form__figures">
        <LabelledField
          id={`${idPrefix}-value`}
          name="targetValue"
          inputMode="numeric"
          className="field--target-value"
          label={
            <>
              <span className="when-count">{t("targetCount")}</span>
              <span className="when-per-year">{t("targetPerYear")}</span>
              <span className="when-share">{t("targetShare")}</span>
            </>
          }
          defaultValue={values.targetValue}
          error={err("targetValue")}
        />
        <LabelledField
          id={`${idPrefix}-stars`}
          name="minStars"
          className="field--min-stars"
          label={t("minStars")}
          defaultValue={values.minStars || "3"}
          options={["3", "4", "5"].map((s) => ({ value: s, label: t("starsOption", { stars: s }) }))}
          error={err("minStars")}
        />
        <LabelledField id={`${idPrefix}-denominator`} name="denominator" inputMode="numeric" className="field--denominator" label={t("denominator")} hint={t("denominatorHint")} defaultValue={values.denominator} error={err("denominator")} />
      </div>
    </>
  );
}
