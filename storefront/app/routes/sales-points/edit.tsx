import { data, Form, Link, useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { LabelledField } from "../../components/LabelledField";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, localeHref, translatorFor } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import { errorsByField } from "../../lib/form-errors";
import { SalesPointEditQuery, SalesPointManagerQuery, SalesPointUpdateMutation } from "../../lib/operations.server";
import { privateMeta } from "../../lib/private-page";
import {
  editFieldOf, INTERVALS_PER_DAY, intervalKey, intervalName, readEditForm, salesPointErrorCode, valuesOfPoint, WEEKDAYS,
  type EditErrors, type EditValues,
} from "../../lib/sales-point-edit";
import { SALES_POINT_KINDS, type SalesPointKind } from "../../lib/sales-points";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/edit";

export function meta({ location }: Route.MetaArgs): Route.MetaDescriptors {
  const t = translatorFor(localeFromPathname(location.pathname));
  return privateMeta(t("salesPoints.editTitle"), undefined);
}

/** The point, when the viewer manages it (or is an admin); 404 otherwise, as for an unknown point. */
async function managedPoint(context: Route.LoaderArgs["context"], url: URL, slug: string) {
  const { access } = await requireViewer(context, url);
  const [edit, managed] = await Promise.all([query(context, SalesPointEditQuery, { slug }), query(context, SalesPointManagerQuery)]);
  const mine = (managed.viewer?.roles ?? []).some((r) => "salesPoint" in r && r.salesPoint?.slug === slug);
  if (!edit.salesPoint || !(mine || access.admin)) throw data(null, { status: 404 });
  return { point: edit.salesPoint, provinces: edit.provinces.nodes };
}

export async function loader({ context, url, params }: Route.LoaderArgs) {
  return managedPoint(context, url, params.slug);
}

type Answer = { ok: true; errors: EditErrors; values: EditValues } | { ok: false; errors: EditErrors; values: EditValues };

/**
 * Saves every field at once (salesPointUpdate: the API checks them all and answers every error).
 * The storefront's own checks come first: coordinates that are not numbers and intervals with one
 * time only, which the API could not place next to their row. On any error the form comes back
 * with what was typed.
 */
export async function action({ request, context, url, params }: Route.ActionArgs) {
  const { point } = await managedPoint(context, url, params.slug);
  const read = readEditForm(await request.formData());
  const fail = (errors: EditErrors) => data<Answer>({ ok: false, errors, values: read.values }, { status: 400 });
  if (!read.input) return fail(read.errors);
  const v = read.values;
  const kind = (SALES_POINT_KINDS as readonly string[]).includes(v.kind ?? "") ? (v.kind as SalesPointKind) : point.kind;
  const result = (
    await mutate(context, SalesPointUpdateMutation, {
      input: {
        salesPointId: point.id, name: v.name ?? "", kind, chainName: v.chainName ?? "", provinceCode: v.provinceCode ?? "", communeCode: v.communeCode ?? "",
        addressLine: v.addressLine ?? "", latitude: read.input.latitude, longitude: read.input.longitude, url: v.url ?? "", phone: v.phone ?? "", email: v.email ?? "",
        openingHours: read.input.openingHours,
      },
    })
  ).salesPointUpdate;
  if (result.userErrors.length) return fail(errorsByField(result.userErrors, editFieldOf, salesPointErrorCode) as EditErrors);
  return { ok: true, errors: {}, values: {} } satisfies Answer;
}

export default function EditSalesPoint({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("salesPoints");
  const locale = useLocale();
  const { pathname } = useLocation();
  const { point, provinces } = loaderData;
  // After an error: what was typed; otherwise (first view, or saved) the point as stored.
  const values: EditValues = actionData?.ok === false ? actionData.values : valuesOfPoint(point);
  const errors: EditErrors = actionData?.ok === false ? actionData.errors : {};
  const message = (field: keyof EditErrors) => (errors[field] ? t(`errors.${errors[field]!}`) : null);
  const text = (name: keyof EditValues & string, label: string, extra: { type?: string; hint?: string; inputMode?: "text" | "email" | "tel" } = {}) => (
    <LabelledField id={`sp-${name}`} name={name} label={label} defaultValue={values[name] ?? ""} error={message(name as keyof EditErrors)} {...extra} />
  );
  const nav = [
    { href: localeHref("salesPointManager", locale), label: t("managerTitle"), end: true },
    { href: localeHref("salesPoints", locale), label: t("mapTitle") },
  ];
  return (
    <WorkspaceLayout title={t("managerTitle")} nav={nav}>
      <p>
        <Link to={localeHref("salesPointManager", locale)}>{t("backToManager")}</Link>
      </p>
      <h1>
        {t("editTitle")}: <span lang="vi">{point.name}</span>
      </h1>
      {point.approval === "PENDING" ? <p className="notice notice--warning">{t("pendingApproval")}</p> : null}
      {actionData?.ok ? (
        <p className="notice notice--success" role="status">
          {t("saved")}
        </p>
      ) : null}
      {errors.form ? (
        <p className="form-error" role="alert">
          {t(`errors.${errors.form}`)}
        </p>
      ) : null}
      {/* Keyed by what is stored: once the saved point is loaded again, a fresh form shows it (typed values stay while in error). */}
      <Form method="post" action={pathname} className="workspace-form" key={actionData?.ok === false ? "editing" : JSON.stringify(values)} noValidate>
        {text("name", t("name"))}
        <LabelledField
          id="sp-kind"
          name="kind"
          label={t("kind")}
          defaultValue={values.kind ?? point.kind}
          options={SALES_POINT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        {text("chainName", t("chainName"))}
        <fieldset>
          <legend>{t("location")}</legend>
          <LabelledField
            id="sp-provinceCode"
            name="provinceCode"
            label={t("province")}
            defaultValue={values.provinceCode ?? ""}
            placeholder={t("choose")}
            options={provinces.map((p) => ({ value: p.code, label: p.name }))}
            error={message("provinceCode")}
          />
          {text("communeCode", t("communeCode"), {
            inputMode: "text",
            hint: point.commune ? t("communeHint", { name: point.commune.name }) : t("communeHintNone"),
          })}
          {text("addressLine", t("addressLine"))}
          {text("latitude", t("latitude"), { hint: t("coordinatesHint") })}
          {text("longitude", t("longitude"))}
          {text("url", t("url"), { type: "url", hint: t("urlHintOnline") })}
        </fieldset>
        <fieldset>
          <legend>{t("contact")}</legend>
          {text("phone", t("phone"), { type: "tel", inputMode: "tel" })}
          {text("email", t("email"), { type: "email", inputMode: "email" })}
        </fieldset>
        <fieldset className="opening-hours-editor" aria-describedby="sp-hours-hint">
          <legend>{t("weeklyHours")}</legend>
          <p className="hint" id="sp-hours-hint">
            {t("weeklyHoursHint")}
          </p>
          {errors.openingHours ? (
            <p className="field-error" role="alert">
              {t(`errors.${errors.openingHours}`)}
            </p>
          ) : null}
          <table className="workspace-table opening-hours-table">
            <tbody>
              {WEEKDAYS.map((day) => {
                const dayName = t(`days.${String(day) as "1"}`);
                return (
                  <tr key={day} data-testid={`hours-day-${day}`}>
                    <th scope="row">{dayName}</th>
                    <td>
                      <div className="intervals">
                        {Array.from({ length: INTERVALS_PER_DAY }, (_, row) => {
                          const key = intervalKey(day, row) as keyof EditErrors;
                          const error = errors[key];
                          return (
                            <div key={row} className="interval">
                              <span className="interval__times">
                                {(["opens", "closes"] as const).map((end) => (
                                  <input
                                    key={end}
                                    type="time"
                                    name={intervalName(day, row, end)}
                                    defaultValue={values[intervalName(day, row, end)] ?? ""}
                                    aria-label={t("intervalLabel", { day: dayName, n: String(row + 1), end: t(end) })}
                                    aria-invalid={error ? true : undefined}
                                    aria-describedby={error ? `${key}-error` : undefined}
                                  />
                                ))}
                              </span>
                              {error ? (
                                <p className="field-error" id={`${key}-error`}>
                                  {t(`errors.${error}`)}
                                </p>
                              ) : null}
                            </div>
                          );
                        })}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </fieldset>
        <button type="submit" className="button">
          {t("save")}
        </button>
      </Form>
    </WorkspaceLayout>
  );
}
