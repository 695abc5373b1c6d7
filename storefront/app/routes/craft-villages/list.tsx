import { data, Form, Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { CraftVillageFields as VillageFields } from "../../components/CraftVillageFields";
import { FormError, LabelledField } from "../../components/LabelledField";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeHref, metaTranslator } from "../../i18n";
import { adminNav, cursorFrom, CURSOR_PARAM } from "../../lib/admin";
import { mutate, query } from "../../lib/apollo.server";
import { councilNav } from "../../lib/council-page";
import { parseVillageForm, villageErrorMessage, villageErrorsFromApi, type VillageErrors, type VillageField, type VillageValues } from "../../lib/craft-villages";
import { requireVillageEditor } from "../../lib/craft-villages.server";
import { assertSameOrigin } from "../../lib/csrf.server";
import { env } from "../../lib/env.server";
import { formatCount, formatDate } from "../../lib/format";
import { CraftVillageCreateMutation, CraftVillagesQuery } from "../../lib/operations.server";
import { planCall } from "../../lib/plans.server";
import { DONE_PARAM, doneFrom } from "../../lib/form-errors";
import { pageTitle } from "../../lib/seo";
import type { Route } from "./+types/list";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("craftVillages.heading")) }, { name: "robots", content: "noindex" }];
}

/** The craft villages the viewer may edit (a province council: its province's; admins: all), 50 a page (`?sau=`). */
export async function loader({ context, url }: Route.LoaderArgs) {
  const { workspace, scope } = await requireVillageEditor(context, url);
  const province = scope.all ? null : scope.province;
  const deleted = doneFrom(url, ["deleted"]) === "deleted";
  if (!scope.all && !province) return { workspace, scope, villages: [], totalCount: 0, next: null, provinces: [], deleted };
  const result = await planCall(query(context, CraftVillagesQuery, { provinceCode: province?.code ?? null, after: cursorFrom(url.searchParams) }));
  return {
    workspace,
    scope,
    villages: result.craftVillages.nodes,
    totalCount: result.craftVillages.totalCount,
    next: result.craftVillages.pageInfo.hasNextPage ? result.craftVillages.pageInfo.endCursor : null,
    provinces: result.provinces.nodes,
    deleted,
  };
}

type ActionResult = { values: VillageValues; errors: VillageErrors<VillageField> };

/** Records a village (a council: in its own province, whatever was posted) and opens it to add producers. */
export async function action({ request, context, url }: Route.ActionArgs) {
  assertSameOrigin(request, env.siteUrl);
  const { workspace, scope, locale } = await requireVillageEditor(context, url);
  if (!scope.all && !scope.province) throw new Response("Forbidden", { status: 403 });
  const parsed = parseVillageForm(await request.formData());
  if (!scope.all) parsed.values.provinceCode = scope.province!.code;
  if (!parsed.values.provinceCode) parsed.errors.provinceCode = "PROVINCE_NOT_FOUND";
  if (!parsed.input || parsed.errors.provinceCode) return data<ActionResult>({ values: parsed.values, errors: parsed.errors }, { status: 400 });
  const result = (await planCall(mutate(context, CraftVillageCreateMutation, { input: { ...parsed.input, provinceCode: parsed.values.provinceCode } }))).craftVillageCreate;
  if (!result.craftVillage) return data<ActionResult>({ values: parsed.values, errors: villageErrorsFromApi(result.userErrors) }, { status: 400 });
  throw redirect(`${localeHref(workspace === "admin" ? "adminCraftVillage" : "councilCraftVillage", locale, { id: result.craftVillage.id })}?${DONE_PARAM}=created`);
}

export default function CraftVillagesPage({ loaderData, actionData }: Route.ComponentProps) {
  const { workspace, scope, villages, totalCount, next, provinces, deleted } = loaderData;
  const t = useTranslations("craftVillages");
  const tt = useTranslations();
  const locale = useLocale();
  const values = actionData?.values;
  const err = (field: VillageField | "form") => villageErrorMessage(tt, actionData?.errors[field]);
  const title = workspace === "admin" ? tt("admin.title") : tt("council.workspaceTitle");
  const nav = workspace === "admin" ? adminNav(tt, locale) : councilNav(tt, locale);
  const province = scope.all ? null : scope.province;
  const villageHref = (id: string) => localeHref(workspace === "admin" ? "adminCraftVillage" : "councilCraftVillage", locale, { id });
  const editable = scope.all || province !== null;

  return (
    <WorkspaceLayout title={title} nav={nav}>
      <h1>{t("heading")}</h1>
      {deleted && !actionData ? (
        <p className="notice" role="status">
          {t("done.deleted")}
        </p>
      ) : null}
      {!editable ? (
        <p className="notice notice--warning">{t("noProvince")}</p>
      ) : (
        <>
          <p>{province ? t("introProvince", { province: province.name }) : t("introAll")}</p>
          {villages.length ? (
            <>
              <p className="muted">{t("count", { count: formatCount(totalCount, locale) })}</p>
              <table className="workspace-table" data-testid="craft-villages">
                <thead>
                  <tr>
                    <th scope="col">{t("columns.name")}</th>
                    <th scope="col">{t("columns.craft")}</th>
                    {province ? null : <th scope="col">{t("columns.province")}</th>}
                    <th scope="col">{t("columns.recognition")}</th>
                    <th scope="col">{t("columns.producers")}</th>
                    <th scope="col">{t("columns.ocop")}</th>
                  </tr>
                </thead>
                <tbody>
                  {villages.map((v) => (
                    <tr key={v.id}>
                      <th scope="row" lang="vi">
                        <Link to={villageHref(v.id)}>{v.name}</Link>
                      </th>
                      <td lang="vi">{v.craft}</td>
                      {province ? null : (
                        <td>{v.province.validTo ? `${v.province.current.name} (${t("formerUnit", { name: v.province.name })})` : v.province.name}</td>
                      )}
                      <td>
                        {v.recognition
                          ? t("recognition", { number: v.recognition.decisionNumber, date: formatDate(v.recognition.decidedOn, locale) })
                          : <span className="muted">{t("notRecognised")}</span>}
                      </td>
                      <td>{formatCount(v.producers.totalCount, locale)}</td>
                      <td>{formatCount(v.ocopProductCount, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <p className="notice">{t("none")}</p>
          )}
          {next ? (
            <p>
              <Link to={`?${CURSOR_PARAM}=${encodeURIComponent(next)}`}>{t("more")}</Link>
            </p>
          ) : null}

          <section aria-labelledby="village-create" className="plan-editor__section">
            <h2 id="village-create">{t("createHeading")}</h2>
            <Form method="post" className="workspace-form" noValidate>
              <FormError message={err("form")} />
              {province ? (
                <p>
                  <strong>{t("province")}:</strong> {province.name}
                </p>
              ) : (
                <LabelledField
                  id="village-province"
                  name="provinceCode"
                  label={t("province")}
                  defaultValue={values?.provinceCode ?? ""}
                  options={[{ value: "", label: t("provinceChoose") }, ...provinces.map((p) => ({ value: p.code, label: p.name }))]}
                  error={err("provinceCode")}
                />
              )}
              <VillageFields values={values} err={err} />
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
