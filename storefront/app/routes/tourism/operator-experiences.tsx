import { data, Form, Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { FormError, LabelledField } from "../../components/LabelledField";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { mutate } from "../../lib/apollo.server";
import { ExperienceCreateMutation } from "../../lib/operations.server";
import { pageTitle } from "../../lib/seo";
import { typedInt } from "../../lib/tourism";
import { operatorNav, tourismErrorMessage, tourismErrorsFromApi, type TourismFormErrors } from "../../lib/tourism-workspace";
import { loadOperatorCatalogue } from "../../lib/tourism-workspace.server";
import type { Route } from "./+types/operator-experiences";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("tourism.experiencesHeading"), t("operator.title")) }, { name: "robots", content: "noindex" }];
}

export async function loader({ context, url }: Route.LoaderArgs) {
  return loadOperatorCatalogue(context, url);
}

interface NewExperienceValues {
  pointId: string;
  name: string;
  durationMinutes: string;
  maxPartySize: string;
  confirmation: string;
  adultPrice: string;
}

export async function action({ request, context, url }: Route.ActionArgs) {
  await loadOperatorCatalogue(context, url);
  const form = await request.formData();
  const get = (name: keyof NewExperienceValues) => String(form.get(name) ?? "").trim();
  const values: NewExperienceValues = {
    pointId: get("pointId"), name: get("name"), durationMinutes: get("durationMinutes"), maxPartySize: get("maxPartySize"),
    confirmation: get("confirmation"), adultPrice: get("adultPrice"),
  };
  const adult = typedInt(values.adultPrice);
  const result = (await mutate(context, ExperienceCreateMutation, {
    input: {
      pointId: values.pointId,
      name: values.name,
      durationMinutes: typedInt(values.durationMinutes) ?? 0,
      maxPartySize: typedInt(values.maxPartySize) ?? 0,
      confirmation: values.confirmation === "ON_REQUEST" ? "ON_REQUEST" : "INSTANT",
      prices: adult === null ? [] : [{ unitType: "ADULT", amount: Number.isNaN(adult) ? -1 : adult }],
    },
  })).experienceCreate;
  if (!result.experience) return data<{ values: NewExperienceValues; errors: TourismFormErrors }>({ values, errors: tourismErrorsFromApi(result.userErrors) }, { status: 400 });
  throw redirect(localeHref("operatorExperience", localeFromPathname(url.pathname), { id: result.experience.id }));
}

export default function OperatorExperiences({ loaderData, actionData }: Route.ComponentProps) {
  const { operator } = loaderData;
  const t = useTranslations("tourism");
  const tt = useTranslations();
  const locale = useLocale();
  const values = actionData?.values;
  const err = (field: string) => tourismErrorMessage(tt, actionData?.errors[field]);
  return (
    <WorkspaceLayout title={tt("operator.title")} nav={operatorNav(tt, locale)}>
      <h1>{t("experiencesHeading")}</h1>
      {operator.experiences.nodes.length ? (
        <table className="workspace-table">
          <thead>
            <tr>
              <th scope="col">{t("experienceName")}</th>
              <th scope="col">{t("point")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {operator.experiences.nodes.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link to={localeHref("operatorExperience", locale, { id: e.id })}>{e.name}</Link>
                </td>
                <td>{e.point.name}</td>
                <td>{t(`statuses.${e.status}`)}</td>
                <td>
                  <Link to={localeHref("operatorSlots", locale, { id: e.id })}>{t("slots")}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="notice">{t("noExperiences")}</p>
      )}
      <h2>{t("newExperience")}</h2>
      {operator.points.nodes.length ? (
        <Form method="post" className="workspace-form" noValidate>
          <FormError message={err("form") ?? err("pointId")} />
          <LabelledField
            id="experience-point"
            name="pointId"
            label={t("point")}
            defaultValue={values?.pointId ?? operator.points.nodes[0]!.id}
            options={operator.points.nodes.map((p) => ({ value: p.id, label: p.name }))}
          />
          <LabelledField id="experience-name" name="name" label={t("experienceName")} defaultValue={values?.name} error={err("name")} />
          <LabelledField id="experience-duration" name="durationMinutes" label={t("durationMinutes")} inputMode="numeric" defaultValue={values?.durationMinutes ?? "120"} error={err("durationMinutes")} />
          <LabelledField id="experience-party" name="maxPartySize" label={t("maxPartySize")} inputMode="numeric" defaultValue={values?.maxPartySize ?? "8"} error={err("maxPartySize")} />
          <LabelledField
            id="experience-confirmation"
            name="confirmation"
            label={t("confirmationField")}
            defaultValue={values?.confirmation ?? "INSTANT"}
            options={(["INSTANT", "ON_REQUEST"] as const).map((c) => ({ value: c, label: t(`confirmation.${c}`) }))}
          />
          <LabelledField id="experience-adult" name="adultPrice" label={`${t("units.ADULT")} (₫)`} inputMode="numeric" defaultValue={values?.adultPrice} error={err("prices")} />
          <button type="submit" className="button">
            {t("create")}
          </button>
        </Form>
      ) : (
        <p>
          <Link to={localeHref("operatorPoints", locale)}>{t("newPoint")}</Link>
        </p>
      )}
    </WorkspaceLayout>
  );
}
