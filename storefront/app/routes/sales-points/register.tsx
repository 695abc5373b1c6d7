import { data, Form, Link, useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import { errorsByField } from "../../lib/form-errors";
import { SalesPointRegisterMutation, SalesPointRegisterPageQuery } from "../../lib/operations.server";
import { privateMeta } from "../../lib/private-page";
import { registerFieldOf, salesPointErrorCode, typedCoordinate, type RegisterField, type SalesPointErrorCode } from "../../lib/sales-point-forms";
import { SALES_POINT_KINDS, type SalesPointKind } from "../../lib/sales-points";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/register";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return privateMeta(t("salesPoints.registerTitle"), undefined);
}

export async function loader({ context, url }: Route.LoaderArgs) {
  await requireViewer(context, url);
  return { provinces: (await query(context, SalesPointRegisterPageQuery)).provinces.nodes };
}

type Values = Partial<Record<RegisterField, string>>;

export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url);
  const form = await request.formData();
  const values: Values = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") values[k as RegisterField] = v.trim().slice(0, 1000);
  const kind = (SALES_POINT_KINDS as readonly string[]).includes(values.kind ?? "") ? (values.kind as SalesPointKind) : "OCOP_SHOWROOM";
  const latitude = typedCoordinate(values.latitude ?? "");
  const longitude = typedCoordinate(values.longitude ?? "");
  const fail = (errors: Partial<Record<RegisterField | "form", SalesPointErrorCode>>) => data({ ok: false as const, errors, values, name: null }, { status: 400 });
  if (Number.isNaN(latitude) || Number.isNaN(longitude)) return fail({ latitude: "COORDINATES_INVALID" });
  const hours = values.opens && values.closes ? [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: values.opens!, closes: values.closes! })) : [];
  const result = (
    await mutate(context, SalesPointRegisterMutation, {
      input: {
        name: values.name ?? "", kind, chainName: values.chainName || null, provinceCode: values.provinceCode ?? "", addressLine: values.addressLine || null,
        latitude, longitude, url: values.url || null, phone: values.phone || null, email: values.email || null, openingHours: hours,
      },
    })
  ).salesPointRegister;
  if (result.userErrors.length) return fail(errorsByField(result.userErrors, registerFieldOf, salesPointErrorCode));
  return { ok: true as const, errors: {}, values: {} as Values, name: result.salesPoint?.name ?? "" };
}

export default function RegisterSalesPoint({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("salesPoints");
  const locale = useLocale();
  const { pathname } = useLocation();
  const values: Values = actionData?.ok === false ? actionData.values : {};
  const errors: Partial<Record<RegisterField | "form", SalesPointErrorCode>> = actionData?.ok === false ? actionData.errors : {};
  const field = (name: RegisterField, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div className="field">
      <label htmlFor={`dk-${name}`}>{label}</label>
      <input id={`dk-${name}`} name={name} defaultValue={values[name] ?? ""} aria-invalid={errors[name] ? true : undefined} aria-describedby={errors[name] ? `dk-${name}-loi` : undefined} {...props} />
      {errors[name] ? (
        <p className="field-error" id={`dk-${name}-loi`}>
          {t(`errors.${errors[name]!}`)}
        </p>
      ) : null}
    </div>
  );
  return (
    <div className="narrow-page">
      <h1>{t("registerTitle")}</h1>
      <p>{t("registerIntro")}</p>
      {actionData?.ok ? (
        <p className="notice" role="status">
          {t("registered", { name: actionData.name })} <Link to={localeHref("salesPointManager", locale)}>{t("managerTitle")}</Link>
        </p>
      ) : null}
      {errors.form ? <p className="form-error" role="alert">{t(`errors.${errors.form}`)}</p> : null}
      <Form method="post" action={pathname} className="workspace-form" key={actionData?.ok ? "done" : "form"}>
        {field("name", t("name"), { required: true, maxLength: 200 })}
        <div className="field">
          <label htmlFor="dk-kind">{t("kind")}</label>
          <select id="dk-kind" name="kind" defaultValue={values.kind ?? "OCOP_SHOWROOM"}>
            {SALES_POINT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {field("chainName", t("chainName"), { maxLength: 100 })}
        <div className="field">
          <label htmlFor="dk-provinceCode">{t("province")}</label>
          <select id="dk-provinceCode" name="provinceCode" defaultValue={values.provinceCode ?? ""} aria-invalid={errors.provinceCode ? true : undefined}>
            <option value="">{t("choose")}</option>
            {loaderData.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
          {errors.provinceCode ? <p className="field-error">{t(`errors.${errors.provinceCode}`)}</p> : null}
        </div>
        {field("addressLine", t("addressLine"), { maxLength: 200 })}
        {field("latitude", t("latitude"), { inputMode: "decimal" })}
        {field("longitude", t("longitude"), { inputMode: "decimal" })}
        <p className="hint">{t("coordinatesHint")}</p>
        {field("url", t("url"), { type: "url", maxLength: 1000 })}
        {field("phone", t("phone"), { type: "tel" })}
        {field("email", t("email"), { type: "email" })}
        <fieldset>
          <legend>{t("openingHours")}</legend>
          {field("opens", t("opens"), { type: "time" })}
          {field("closes", t("closes"), { type: "time" })}
          <p className="hint">{t("openingHoursHint")}</p>
        </fieldset>
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </Form>
    </div>
  );
}
