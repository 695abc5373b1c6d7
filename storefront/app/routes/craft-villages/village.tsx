import { data, Form, Link, redirect, useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { CraftVillageFields } from "../../components/CraftVillageFields";
import { FormError, LabelledField } from "../../components/LabelledField";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeHref, metaTranslator } from "../../i18n";
import { adminNav } from "../../lib/admin";
import { mutate, query } from "../../lib/apollo.server";
import { councilNav } from "../../lib/council-page";
import {
  parseVillageForm, producerSlugFrom, villageErrorMessage, villageErrorsFromApi, type VillageErrors, type VillageField, type VillageValues,
} from "../../lib/craft-villages";
import { requireVillageEditor } from "../../lib/craft-villages.server";
import { assertSameOrigin } from "../../lib/csrf.server";
import { env } from "../../lib/env.server";
import { formatCount } from "../../lib/format";
import {
  CraftVillageDeleteMutation, CraftVillageProducerAssignMutation, CraftVillageQuery, CraftVillageUpdateMutation, ProducerBySlugQuery,
} from "../../lib/operations.server";
import { planCall } from "../../lib/plans.server";
import { mayEditPlan } from "../../lib/programme-plans";
import { DONE_PARAM, doneFrom } from "../../lib/form-errors";
import { pageTitle } from "../../lib/seo";
import type { Route } from "./+types/village";

const DONE = ["created", "saved", "linked", "unlinked"] as const;
type Done = (typeof DONE)[number];

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(loaderData?.village.name ?? t("craftVillages.heading"), t("craftVillages.heading")) }, { name: "robots", content: "noindex" }];
}

/** A craft village the viewer may edit (404 when unknown, 403 when of another province), with its producers. */
export async function loader({ context, url, params }: Route.LoaderArgs) {
  const { workspace, scope } = await requireVillageEditor(context, url);
  const node = (await planCall(query(context, CraftVillageQuery, { id: params.id }))).node;
  if (!node || !("craft" in node)) throw data(null, { status: 404 });
  if (!mayEditPlan(scope, node.province.current.code)) throw new Response("Forbidden", { status: 403 });
  return { workspace, village: node, done: doneFrom(url, DONE) };
}

type ActionResult =
  | { intent: "village"; values: VillageValues; errors: VillageErrors<VillageField> }
  | { intent: "link"; producer: string; errors: VillageErrors<"producer"> }
  | { intent: "unlink" | "delete"; errors: VillageErrors<"producer"> };

/** One action per form of the page (`intent`): the village's fields, a producer added or removed, the village deleted. */
export async function action({ request, context, url, params }: Route.ActionArgs) {
  assertSameOrigin(request, env.siteUrl);
  const { workspace, locale } = await requireVillageEditor(context, url);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const back = (done: Done) => redirect(`${url.pathname}?${DONE_PARAM}=${done}`);

  if (intent === "village") {
    const parsed = parseVillageForm(form);
    if (!parsed.input) return data<ActionResult>({ intent, values: parsed.values, errors: parsed.errors }, { status: 400 });
    const result = (await planCall(mutate(context, CraftVillageUpdateMutation, { input: { craftVillageId: params.id, ...parsed.input } }))).craftVillageUpdate;
    if (!result.craftVillage) return data<ActionResult>({ intent, values: parsed.values, errors: villageErrorsFromApi(result.userErrors) }, { status: 400 });
    throw back("saved");
  }
  if (intent === "link") {
    const producer = String(form.get("producer") ?? "").trim();
    const slug = producerSlugFrom(producer);
    if (!slug) return data<ActionResult>({ intent, producer, errors: { producer: producer ? "PRODUCER_NOT_FOUND" : "PRODUCER_REQUIRED" } }, { status: 400 });
    const found = (await query(context, ProducerBySlugQuery, { slug })).producer;
    if (!found) return data<ActionResult>({ intent, producer, errors: { producer: "PRODUCER_NOT_FOUND" } }, { status: 400 });
    const result = (await planCall(mutate(context, CraftVillageProducerAssignMutation, { input: { producerId: found.id, craftVillageId: params.id } }))).craftVillageProducerAssign;
    if (!result.producer) return data<ActionResult>({ intent, producer, errors: villageErrorsFromApi(result.userErrors) }, { status: 400 });
    throw back("linked");
  }
  if (intent === "unlink") {
    const producerId = String(form.get("producerId") ?? "");
    const result = (await planCall(mutate(context, CraftVillageProducerAssignMutation, { input: { producerId, craftVillageId: null } }))).craftVillageProducerAssign;
    if (result.userErrors.length) return data<ActionResult>({ intent, errors: villageErrorsFromApi(result.userErrors) }, { status: 400 });
    throw back("unlinked");
  }
  if (intent === "delete") {
    const result = (await planCall(mutate(context, CraftVillageDeleteMutation, { id: params.id }))).craftVillageDelete;
    if (result.userErrors.length) return data<ActionResult>({ intent, errors: villageErrorsFromApi(result.userErrors) }, { status: 400 });
    throw redirect(`${localeHref(workspace === "admin" ? "adminCraftVillages" : "councilCraftVillages", locale)}?${DONE_PARAM}=deleted`);
  }
  throw data(null, { status: 400 });
}

export default function CraftVillagePage({ loaderData, actionData }: Route.ComponentProps) {
  const { workspace, village, done } = loaderData;
  const t = useTranslations("craftVillages");
  const tt = useTranslations();
  const locale = useLocale();
  const title = workspace === "admin" ? tt("admin.title") : tt("council.workspaceTitle");
  const nav = workspace === "admin" ? adminNav(tt, locale) : councilNav(tt, locale);
  const edit = actionData?.intent === "village" ? actionData : null;
  const link = actionData?.intent === "link" ? actionData : null;
  const other = actionData && actionData.intent !== "village" && actionData.intent !== "link" ? actionData : null;
  const err = (field: VillageField | "form") => villageErrorMessage(tt, edit?.errors[field]);
  const province = village.province;
  const { key: visit } = useLocation();
  const values: VillageValues = edit?.values ?? {
    provinceCode: province.current.code, name: village.name, craft: village.craft, communeCode: village.commune?.code ?? "",
    recognitionDecision: village.recognition?.decisionNumber ?? "", recognisedOn: village.recognition?.decidedOn ?? "",
  };

  return (
    <WorkspaceLayout title={title} nav={nav}>
      <p>
        <Link to={localeHref(workspace === "admin" ? "adminCraftVillages" : "councilCraftVillages", locale)}>← {t("back")}</Link>
      </p>
      <h1 lang="vi">{village.name}</h1>
      <p className="muted">
        {t("villageProvince", { province: province.validTo ? `${province.current.name} (${t("formerUnit", { name: province.name })})` : province.name })}
        {" · "}
        <span data-testid="village-ocop-count">{t("ocopCount", { count: formatCount(village.ocopProductCount, locale) })}</span>
      </p>
      {done && !actionData ? (
        <p className="notice" role="status">
          {t(`done.${done}`)}
        </p>
      ) : null}

      <section aria-labelledby="village-producers" className="plan-editor__section">
        <h2 id="village-producers">{t("producersHeading")}</h2>
        <p className="muted">{t("producersIntro")}</p>
        <FormError message={villageErrorMessage(tt, other?.errors.form ?? other?.errors.producer)} />
        {village.producers.nodes.length ? (
          <table className="workspace-table" data-testid="village-producers">
            <thead>
              <tr>
                <th scope="col">{t("columns.producers")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("unlink")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {village.producers.nodes.map((p) => (
                <tr key={p.id}>
                  <th scope="row" lang="vi">
                    {p.verified ? <Link to={localeHref("producer", locale, { slug: p.slug })}>{p.name}</Link> : `${p.name} (${t("pending")})`}
                  </th>
                  <td>
                    <Form method="post">
                      <input type="hidden" name="intent" value="unlink" />
                      <input type="hidden" name="producerId" value={p.id} />
                      <button type="submit" className="button button--small button--secondary" aria-label={t("unlinkLabel", { name: p.name })}>
                        {t("unlink")}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="notice">{t("noProducers")}</p>
        )}
        <Form method="post" className="workspace-form" noValidate key={`link-${visit}`}>
          <input type="hidden" name="intent" value="link" />
          <FormError message={villageErrorMessage(tt, link?.errors.form)} />
          <LabelledField
            id="village-producer"
            name="producer"
            label={t("producer")}
            hint={t("producerHint")}
            defaultValue={link?.producer ?? ""}
            error={villageErrorMessage(tt, link?.errors.producer)}
          />
          <button type="submit" className="button">
            {t("link")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="village-details" className="plan-editor__section">
        <h2 id="village-details">{t("detailsHeading")}</h2>
        <Form method="post" className="workspace-form" noValidate key={`edit-${visit}`}>
          <input type="hidden" name="intent" value="village" />
          <FormError message={err("form")} />
          <CraftVillageFields values={values} err={err} />
          <button type="submit" className="button">
            {t("save")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="village-delete" className="plan-editor__section">
        <h2 id="village-delete">{t("deleteHeading")}</h2>
        <p className="muted">{t("deleteIntro")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="delete" />
          <button type="submit" className="button button--secondary">
            {t("delete")}
          </button>
        </Form>
      </section>
    </WorkspaceLayout>
  );
}
