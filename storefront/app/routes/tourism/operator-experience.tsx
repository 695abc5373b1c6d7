import { data, Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { FormError, LabelledField } from "../../components/LabelledField";
import { StatusActions } from "../../components/tourism/StatusActions";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import {
  ExperienceArchiveMutation, ExperiencePublishMutation, ExperienceUpdateMutation, OperatorExperienceQuery, ProvinceProductsQuery,
} from "../../lib/operations.server";
import { htmlToText, textToHtml } from "../../lib/plain-text";
import { pageTitle } from "../../lib/seo";
import { RELATIONS, splitList, typedInt, UNIT_TYPES } from "../../lib/tourism";
import { operatorNav, tourismErrorMessage, tourismErrorsFromApi, type TourismFormErrors } from "../../lib/tourism-workspace";
import { operatorRead } from "../../lib/tourism-workspace.server";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/operator-experience";

/** Rows of product links the form offers beyond the current ones. */
const EXTRA_PRODUCT_ROWS = 3;

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("tourism.experiencesHeading"), t("operator.title")) }, { name: "robots", content: "noindex" }];
}

export async function loader({ context, url, params }: Route.LoaderArgs) {
  await requireViewer(context, url, "operator");
  const result = await operatorRead(query(context, OperatorExperienceQuery, { id: params.id }));
  const experience = result.node && "prices" in result.node ? result.node : null;
  if (!experience) throw data(null, { status: 404 });
  // Products of the point's province to link (published ones only: the API refuses others anyway).
  const products = (await query(context, ProvinceProductsQuery, { provinceCode: experience.point.province.code })).products.nodes;
  const linked = experience.products.nodes.map((n) => n.product).filter((p) => !products.some((x) => x.id === p.id));
  return { experience, products: [...linked, ...products] };
}

type Values = Record<string, string>;
type ActionResult = { ok: string; values?: undefined; errors?: undefined } | { ok?: undefined; values?: Values; errors: TourismFormErrors };

export async function action({ request, context, url, params }: Route.ActionArgs) {
  await requireViewer(context, url, "operator");
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const id = params.id;
  if (intent === "publish" || intent === "archive") {
    const result = intent === "publish"
      ? (await mutate(context, ExperiencePublishMutation, { id })).experiencePublish
      : (await mutate(context, ExperienceArchiveMutation, { id })).experienceArchive;
    return result.userErrors.length ? data<ActionResult>({ errors: tourismErrorsFromApi(result.userErrors) }, { status: 400 }) : data<ActionResult>({ ok: "saved" });
  }
  const values: Values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  const number = (name: string) => {
    const n = typedInt(values[name] ?? "");
    return n === null ? null : Number.isNaN(n) ? -1 : n;
  };
  const prices = UNIT_TYPES.flatMap((unitType) => {
    const amount = number(`price.${unitType}`);
    if (amount === null) return [];
    return [{
      unitType, amount, label: values[`label.${unitType}`]?.trim() || null, seats: number(`seats.${unitType}`),
      minAge: number(`minAge.${unitType}`), maxAge: number(`maxAge.${unitType}`),
    }];
  });
  const products = [...form.getAll("productId")].flatMap((productId, i) => {
    const relation = String(form.getAll("relation")[i] ?? "TASTED");
    return productId ? [{ productId: String(productId), relation: (RELATIONS as readonly string[]).includes(relation) ? (relation as (typeof RELATIONS)[number]) : "TASTED" }] : [];
  });
  const result = (await mutate(context, ExperienceUpdateMutation, {
    input: {
      experienceId: id,
      name: values.name ?? "",
      summary: values.summary ?? "",
      description: textToHtml(values.description ?? ""),
      durationMinutes: number("durationMinutes") ?? 0,
      maxPartySize: number("maxPartySize") ?? 0,
      bookingCutoffHours: number("bookingCutoffHours") ?? 0,
      freeCancellationHours: number("freeCancellationHours") ?? 0,
      confirmation: values.confirmation === "ON_REQUEST" ? "ON_REQUEST" : "INSTANT",
      included: splitList(values.included ?? ""),
      languages: splitList(values.languages ?? ""),
      prices,
      products,
    },
  })).experienceUpdate;
  if (result.userErrors.length) return data<ActionResult>({ values, errors: tourismErrorsFromApi(result.userErrors) }, { status: 400 });
  return data<ActionResult>({ ok: "saved" });
}

export default function OperatorExperience({ loaderData, actionData }: Route.ComponentProps) {
  const { experience, products } = loaderData;
  const t = useTranslations("tourism");
  const tt = useTranslations();
  const locale = useLocale();
  const failed = actionData && "errors" in actionData ? actionData : null;
  const err = (field: string) => tourismErrorMessage(tt, failed?.errors?.[field]);
  const priceOf = new Map(experience.prices.map((p) => [p.unitType as string, p]));
  const saved: Values = {
    name: experience.name, summary: experience.summary, description: htmlToText(experience.descriptionHtml),
    durationMinutes: String(experience.durationMinutes), maxPartySize: String(experience.maxPartySize), bookingCutoffHours: String(experience.bookingCutoffHours),
    freeCancellationHours: String(experience.freeCancellationHours), confirmation: experience.confirmation, included: experience.included.join(", "),
    languages: experience.languages.join(", "),
  };
  const v = failed?.values ?? saved;
  const priceValue = (field: string, unit: string) => {
    if (failed?.values) return failed.values[`${field}.${unit}`] ?? "";
    const p = priceOf.get(unit);
    if (!p) return "";
    const value = field === "price" ? p.price.amount : field === "label" ? p.label : field === "seats" ? p.seats : field === "minAge" ? p.minAge : p.maxAge;
    return value == null ? "" : String(value);
  };
  const links = experience.products.nodes.map((n) => ({ productId: n.product.id, relation: n.relation as string }));
  const rows = [...links, ...Array.from({ length: EXTRA_PRODUCT_ROWS }, () => ({ productId: "", relation: "TASTED" }))];
  return (
    <WorkspaceLayout title={tt("operator.title")} nav={operatorNav(tt, locale)}>
      <p className="breadcrumb">
        <Link to={localeHref("operatorExperiences", locale)}>{t("experiencesHeading")}</Link> › {experience.point.name}
      </p>
      <h1>{experience.name}</h1>
      {actionData?.ok ? (
        <p className="notice" role="status">
          {t("saved")}
        </p>
      ) : null}
      <FormError message={failed && !failed.values ? tourismErrorMessage(tt, Object.values(failed.errors ?? {})[0]) : null} />
      <p>
        {t("status")}: <strong data-testid="experience-status">{t(`statuses.${experience.status}`)}</strong> ·{" "}
        <Link to={localeHref("operatorSlots", locale, { id: experience.id })}>{t("slots")}</Link>
        {experience.status === "PUBLISHED" ? (
          <>
            {" · "}
            <Link to={localeHref("experience", locale, { slug: experience.slug })}>{t("view")}</Link>
          </>
        ) : null}
      </p>
      <StatusActions status={experience.status} />

      <Form method="post" className="workspace-form" noValidate key={actionData?.ok ?? "form"}>
        <input type="hidden" name="intent" value="update" />
        <FormError message={failed?.values ? err("form") : null} />
        <LabelledField id="x-name" name="name" label={t("experienceName")} defaultValue={v.name} error={err("name")} />
        <LabelledField id="x-summary" name="summary" label={t("summary")} defaultValue={v.summary} rows={2} />
        <LabelledField id="x-description" name="description" label={t("descriptionField")} hint={t("descriptionHint")} rows={5} defaultValue={v.description} />
        <LabelledField id="x-duration" name="durationMinutes" label={t("durationMinutes")} inputMode="numeric" defaultValue={v.durationMinutes} error={err("durationMinutes")} />
        <LabelledField id="x-party" name="maxPartySize" label={t("maxPartySize")} inputMode="numeric" defaultValue={v.maxPartySize} error={err("maxPartySize")} />
        <LabelledField
          id="x-confirmation"
          name="confirmation"
          label={t("confirmationField")}
          defaultValue={v.confirmation}
          options={(["INSTANT", "ON_REQUEST"] as const).map((c) => ({ value: c, label: t(`confirmation.${c}`) }))}
        />
        <LabelledField id="x-cutoff" name="bookingCutoffHours" label={t("bookingCutoffHours")} inputMode="numeric" defaultValue={v.bookingCutoffHours} error={err("bookingCutoffHours")} />
        <LabelledField id="x-cancel" name="freeCancellationHours" label={t("freeCancellationHours")} inputMode="numeric" defaultValue={v.freeCancellationHours} error={err("freeCancellationHours")} />
        <LabelledField id="x-included" name="included" label={t("includedField")} defaultValue={v.included} />
        <LabelledField id="x-languages" name="languages" label={t("languagesField")} defaultValue={v.languages} error={err("languages")} />

        <fieldset>
          <legend>{t("pricesField")}</legend>
          {err("prices") ? <p className="field-error">{err("prices")}</p> : null}
          <table className="workspace-table">
            <thead>
              <tr>
                <th scope="col">{t("unitColumn")}</th>
                <th scope="col">₫</th>
                <th scope="col">{t("priceLabel")}</th>
                <th scope="col">{t("seatsColumn")}</th>
                <th scope="col">{t("minAgeColumn")}</th>
                <th scope="col">{t("maxAgeColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {UNIT_TYPES.map((unit) => (
                <tr key={unit}>
                  <th scope="row">
                    <label htmlFor={`price-${unit}`}>{t(`units.${unit}`)}</label>
                  </th>
                  <td>
                    <input id={`price-${unit}`} name={`price.${unit}`} inputMode="numeric" size={9} defaultValue={priceValue("price", unit)} />
                  </td>
                  <td>
                    <input aria-label={`${t(`units.${unit}`)}: ${t("priceLabel")}`} name={`label.${unit}`} size={14} defaultValue={priceValue("label", unit)} />
                  </td>
                  <td>
                    <input aria-label={`${t(`units.${unit}`)}: ${t("seatsColumn")}`} name={`seats.${unit}`} inputMode="numeric" size={3} defaultValue={priceValue("seats", unit)} />
                  </td>
                  <td>
                    <input aria-label={`${t(`units.${unit}`)}: ${t("minAgeColumn")}`} name={`minAge.${unit}`} inputMode="numeric" size={3} defaultValue={priceValue("minAge", unit)} />
                  </td>
                  <td>
                    <input aria-label={`${t(`units.${unit}`)}: ${t("maxAgeColumn")}`} name={`maxAge.${unit}`} inputMode="numeric" size={3} defaultValue={priceValue("maxAge", unit)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>

        <fieldset>
          <legend>{t("productsField")}</legend>
          {err("products") ? <p className="field-error">{err("products")}</p> : null}
          {rows.map((row, i) => (
            <div className="field-row" key={i}>
              <select name="productId" aria-label={`${t("productsField")} ${i + 1}`} defaultValue={row.productId}>
                <option value="">{t("noProduct")}</option>
                {products.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
              <select name="relation" aria-label={`${t("productsField")} ${i + 1}: ${t("relations.TASTED")}`} defaultValue={row.relation}>
                {RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`relations.${r}`)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button">
          {t("save")}
        </button>
      </Form>
    </WorkspaceLayout>
  );
}
