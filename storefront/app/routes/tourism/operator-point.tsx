import { data, Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { FormError, LabelledField } from "../../components/LabelledField";
import { PointForm, readPointForm, type PointFormValues } from "../../components/tourism/PointForm";
import { StatusActions } from "../../components/tourism/StatusActions";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import {
  OperatorPointQuery, TourismPointArchiveMutation, TourismPointImageRemoveMutation, TourismPointPublishMutation, TourismPointUpdateMutation,
} from "../../lib/operations.server";
import { htmlToText } from "../../lib/plain-text";
import { uploadPhoto } from "../../lib/seller.server";
import { pageTitle } from "../../lib/seo";
import { pointInput } from "../../lib/tourism-forms.server";
import { operatorNav, tourismErrorMessage, tourismErrorsFromApi, type TourismFormErrors } from "../../lib/tourism-workspace";
import { operatorRead } from "../../lib/tourism-workspace.server";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/operator-point";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("tourism.pointsHeading"), t("operator.title")) }, { name: "robots", content: "noindex" }];
}

async function loadPoint(context: Route.LoaderArgs["context"], url: URL, id: string) {
  await requireViewer(context, url, "operator");
  const result = await operatorRead(query(context, OperatorPointQuery, { id }));
  const point = result.node && "experiences" in result.node && "kind" in result.node ? result.node : null;
  if (!point) throw data(null, { status: 404 });
  return { point, provinces: result.provinces.nodes };
}

export async function loader({ context, url, params }: Route.LoaderArgs) {
  return loadPoint(context, url, params.id);
}

type ActionResult = { ok: string; values?: undefined; errors?: undefined } | { ok?: undefined; values?: PointFormValues; errors: TourismFormErrors };

export async function action({ request, context, url, params }: Route.ActionArgs) {
  await requireViewer(context, url, "operator");
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const id = params.id;
  const fail = (errors: TourismFormErrors, values?: PointFormValues) => data<ActionResult>({ values, errors }, { status: 400 });
  if (intent === "publish" || intent === "archive") {
    const result = intent === "publish"
      ? (await mutate(context, TourismPointPublishMutation, { id })).tourismPointPublish
      : (await mutate(context, TourismPointArchiveMutation, { id })).tourismPointArchive;
    return result.userErrors.length ? fail(tourismErrorsFromApi(result.userErrors)) : data<ActionResult>({ ok: "saved" });
  }
  if (intent === "upload") {
    const code = await uploadPhoto(request, { path: "uploads/tourism-point-images", param: "pointId", id }, form.get("photo"), String(form.get("alt") ?? ""));
    return code ? fail({ photo: code }) : data<ActionResult>({ ok: "saved" });
  }
  if (intent === "removePhoto") {
    const result = (await mutate(context, TourismPointImageRemoveMutation, { id: String(form.get("imageId") ?? "") })).tourismPointImageRemove;
    return result.userErrors.length ? fail(tourismErrorsFromApi(result.userErrors)) : data<ActionResult>({ ok: "saved" });
  }
  const values = readPointForm(form);
  const input = pointInput(values);
  const result = (await mutate(context, TourismPointUpdateMutation, { input: { pointId: id, ...input, provinceCode: input.provinceCode } })).tourismPointUpdate;
  if (result.userErrors.length) return fail(tourismErrorsFromApi(result.userErrors), values);
  return data<ActionResult>({ ok: "saved" });
}

export default function OperatorPoint({ loaderData, actionData }: Route.ComponentProps) {
  const { point, provinces } = loaderData;
  const t = useTranslations("tourism");
  const tt = useTranslations();
  const locale = useLocale();
  const failed = actionData && "errors" in actionData ? actionData : null;
  const saved: PointFormValues = {
    name: point.name, kind: point.kind, provinceCode: point.province.code, communeCode: point.commune?.code ?? "", addressLine: point.addressLine ?? "",
    latitude: point.latitude?.toString() ?? "", longitude: point.longitude?.toString() ?? "", languages: point.languages.join(", "),
    amenities: point.amenities.join(", "), description: htmlToText(point.descriptionHtml),
  };
  return (
    <WorkspaceLayout title={tt("operator.title")} nav={operatorNav(tt, locale)}>
      <p className="breadcrumb">
        <Link to={localeHref("operatorPoints", locale)}>{t("pointsHeading")}</Link>
      </p>
      <h1>{point.name}</h1>
      {actionData?.ok ? (
        <p className="notice" role="status">
          {t("saved")}
        </p>
      ) : null}
      <FormError message={failed && !failed.values ? tourismErrorMessage(tt, failed.errors?.form ?? failed.errors?.pointId) : null} />
      <p>
        {t("status")}: <strong data-testid="point-status">{t(`statuses.${point.status}`)}</strong>
      </p>
      <StatusActions status={point.status} />

      <PointForm key={actionData?.ok ?? "form"} intent="update" values={failed?.values ?? saved} errors={failed?.values ? failed.errors : undefined} provinces={provinces} submitLabel={t("save")} />

      <h2>{t("photosHeading")}</h2>
      {point.images.nodes.length ? (
        <ul className="photo-list">
          {point.images.nodes.map((img) => (
            <li key={img.id}>
              <img src={img.url} alt={img.alt} width={160} height={Math.round((160 * img.height) / Math.max(img.width, 1))} loading="lazy" />
              <Form method="post">
                <input type="hidden" name="intent" value="removePhoto" />
                <input type="hidden" name="imageId" value={img.id} />
                <button type="submit" className="button button--secondary">
                  {t("removePhoto")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("noPhotos")}</p>
      )}
      <Form method="post" encType="multipart/form-data" className="workspace-form">
        <input type="hidden" name="intent" value="upload" />
        <LabelledField id="photo" name="photo" label={t("photoFile")} error={tourismErrorMessage(tt, failed?.errors?.photo)}>
          {(control) => <input {...control} type="file" accept="image/jpeg,image/png,image/webp" />}
        </LabelledField>
        <LabelledField id="photo-alt" name="alt" label={t("photoAlt")} />
        <button type="submit" className="button">
          {t("upload")}
        </button>
      </Form>

      <h2>{t("experiencesHeading")}</h2>
      {point.experiences.nodes.length ? (
        <ul>
          {point.experiences.nodes.map((e) => (
            <li key={e.id}>
              <Link to={localeHref("operatorExperience", locale, { id: e.id })}>{e.name}</Link> ({t(`statuses.${e.status}`)})
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("noExperiences")}</p>
      )}
    </WorkspaceLayout>
  );
}
