import { data, Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { StarBadge } from "../../components/StarBadge";
import { EMPTY_POINT, PointForm, readPointForm, type PointFormValues } from "../../components/tourism/PointForm";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { mutate } from "../../lib/apollo.server";
import { TourismPointCreateMutation } from "../../lib/operations.server";
import { pageTitle } from "../../lib/seo";
import { pointInput } from "../../lib/tourism-forms.server";
import { operatorNav, tourismErrorsFromApi, type TourismFormErrors } from "../../lib/tourism-workspace";
import { loadOperatorCatalogue } from "../../lib/tourism-workspace.server";
import type { Route } from "./+types/operator-points";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("tourism.pointsHeading"), t("operator.title")) }, { name: "robots", content: "noindex" }];
}

export async function loader({ context, url }: Route.LoaderArgs) {
  return loadOperatorCatalogue(context, url);
}

export async function action({ request, context, url }: Route.ActionArgs) {
  const { operator } = await loadOperatorCatalogue(context, url);
  const values = readPointForm(await request.formData());
  const result = (await mutate(context, TourismPointCreateMutation, { input: { operatorId: operator.id, ...pointInput(values) } })).tourismPointCreate;
  if (!result.point) return data<{ values: PointFormValues; errors: TourismFormErrors }>({ values, errors: tourismErrorsFromApi(result.userErrors) }, { status: 400 });
  throw redirect(localeHref("operatorPoint", localeFromPathname(url.pathname), { id: result.point.id }));
}

export default function OperatorPoints({ loaderData, actionData }: Route.ComponentProps) {
  const { operator, provinces } = loaderData;
  const t = useTranslations("tourism");
  const tt = useTranslations();
  const locale = useLocale();
  return (
    <WorkspaceLayout title={tt("operator.title")} nav={operatorNav(tt, locale)}>
      <h1>{t("pointsHeading")}</h1>
      <p>{operator.name}</p>
      {operator.points.nodes.length ? (
        <table className="workspace-table">
          <thead>
            <tr>
              <th scope="col">{t("pointName")}</th>
              <th scope="col">{t("pointKind")}</th>
              <th scope="col">{t("province")}</th>
              <th scope="col">{t("stars")}</th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {operator.points.nodes.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={localeHref("operatorPoint", locale, { id: p.id })}>{p.name}</Link>
                </td>
                <td>{t(`kinds.${p.kind}`)}</td>
                <td>{p.province.name}</td>
                <td>
                  <StarBadge stars={p.certificate?.stars} />
                </td>
                <td>{t(`statuses.${p.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="notice">{t("noPoints")}</p>
      )}
      <h2>{t("newPoint")}</h2>
      <PointForm
        intent="create"
        values={actionData?.values ?? { ...EMPTY_POINT, provinceCode: operator.province.code }}
        errors={actionData?.errors}
        provinces={provinces}
        submitLabel={t("create")}
      />
    </WorkspaceLayout>
  );
}
