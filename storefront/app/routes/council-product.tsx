import { data, Form, Link, useSearchParams } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { Field, FormError } from "../components/CouncilFields";
import { productHref } from "../components/ProductCard";
import { StarBadge } from "../components/StarBadge";
import { WorkspaceLayout } from "../components/WorkspaceLayout";
import { EvaluationForm, RecogniseForm } from "../components/council/CouncilDecisionForms";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { query } from "../lib/apollo.server";
import { formatDateTime } from "../lib/certificate-history";
import { certificateStateLabel, formatScore } from "../lib/certificates";
import { evaluateAction, recogniseAction, rejectAction, type CouncilActionData } from "../lib/council-actions.server";
import { criteriaInForce, notFoundOnBadId, vietnamToday } from "../lib/council-forms";
import { councilMeta, councilNav, productStatusLabel } from "../lib/council-page";
import { formatDate, formatVnd } from "../lib/format";
import { CouncilProductQuery } from "../lib/operations.server";
import { safeRichText } from "../lib/rich-text.server";
import { pageTitle } from "../lib/seo";
import { requireViewer } from "../lib/workspace.server";
import type { Route } from "./+types/council-product";

/** Council levels a viewer may score at: PROVINCE for a province council, CENTRAL for the ministry's; admins both. */
function levelsOf(roles: readonly { kind: string; level?: string | null }[], admin: boolean): ("PROVINCE" | "CENTRAL")[] {
  const levels = new Set<"PROVINCE" | "CENTRAL">();
  for (const r of roles) {
    if (r.level === "PROVINCE") levels.add("PROVINCE");
    if (r.level === "MINISTRY") levels.add("CENTRAL");
  }
  if (admin) levels.add("PROVINCE").add("CENTRAL");
  return [...levels];
}

export async function loader({ url, params, context }: Route.LoaderArgs) {
  const { viewer, access } = await requireViewer(context, url, "council");
  const result = await query(context, CouncilProductQuery, { id: params.id }).catch(notFoundOnBadId);
  const product = result?.productForReview;
  if (!result || !product) throw data(null, { status: 404 });
  const today = vietnamToday();
  const criteria = criteriaInForce(result.criteriaSets.nodes, today);
  const roles = viewer.roles.map((r) => ({ kind: r.kind, level: "level" in r ? r.level : null }));
  const levels = levelsOf(roles, access.admin);
  const ministry = access.admin || roles.some((r) => r.level === "MINISTRY");
  return { product: { ...product, descriptionHtml: safeRichText(product.descriptionHtml) }, criteria, allSets: result.criteriaSets.nodes, levels, ministry, today };
}

export async function action({ request, url, params, context }: Route.ActionArgs) {
  await requireViewer(context, url, "council");
  const locale = localeFromPathname(url.pathname);
  const form = await request.formData();
  const back = localeHref("councilProduct", locale, { id: params.id });
  switch (form.get("intent")) {
    case "evaluate":
      return evaluateAction(context, form, params.id, back);
    case "recognise":
      return recogniseAction(context, form, params.id, locale);
    case "reject":
      return rejectAction(context, form, back);
    default:
      throw data(null, { status: 400 });
  }
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return councilMeta(pageTitle(loaderData?.product.name ?? t("council.review.kicker"), t("council.workspaceTitle")));
}

export default function CouncilProduct({ loaderData, actionData }: Route.ComponentProps) {
  const { product, criteria, allSets, levels, ministry, today } = loaderData;
  const failed = actionData as CouncilActionData | undefined;
  const t = useTranslations();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = searchParams.get("xong");
  const dataLang = locale === "vi" ? undefined : "vi";
  const evaluations = product.evaluations?.nodes ?? [];
  const certificates = product.certificates.nodes;
  const certificateOf = new Map(certificates.flatMap((c) => (c.evaluation ? [[c.evaluation.id, c] as const] : [])));
  const latest = evaluations[0];
  const latestSet = latest ? allSets.find((s) => s.version === latest.criteriaVersion) : undefined;
  const recognisable = latest && !certificateOf.has(latest.id) && latest.stars >= (latestSet?.certifiedMinStars ?? 3) ? latest : null;
  const inForce = certificates.some((c) => c.validToday);
  const failedOf = (intent: string) => (failed?.intent === intent ? failed : undefined);

  return (
    <WorkspaceLayout title={t("council.workspaceTitle")} nav={councilNav(t, locale)}>
      <p>
        <Link to={localeHref("councilWorkspace", locale)}>{t("council.review.back")}</Link>
      </p>
      <p className="product__group">{t("council.review.kicker")}</p>
      <h1 lang={dataLang}>{product.name}</h1>

      {notice === "cham-diem" && latest ? (
        <p className="notice" role="status">
          {t("council.evaluate.done", { total: formatScore(latest.total, locale), stars: latest.stars })}
        </p>
      ) : null}
      {notice === "tra-lai" ? (
        <p className="notice" role="status">
          {t("council.reject.done")}
        </p>
      ) : null}

      <dl className="facts">
        <dt>{t("council.review.producer")}</dt>
        <dd lang={dataLang}>{product.producer.name}</dd>
        <dt>{t("council.review.province")}</dt>
        <dd lang={dataLang}>{product.producer.province.name}</dd>
        <dt>{t("council.review.status")}</dt>
        <dd>
          {productStatusLabel(t, product.status)}
          {product.status === "PUBLISHED" ? (
            <>
              {" "}
              · <Link to={productHref(product.slug, locale)}>{t("council.review.publicPage")}</Link>
            </>
          ) : null}
        </dd>
        {product.rawMaterialArea ? (
          <>
            <dt>{t("council.review.rawMaterialArea")}</dt>
            <dd lang={dataLang}>{product.rawMaterialArea}</dd>
          </>
        ) : null}
      </dl>

      {product.openEvaluationRequest ? (
        <p className="notice notice--warning">
          {t("council.review.openRequest", { date: formatDateTime(product.openEvaluationRequest.submittedAt, locale) })}
        </p>
      ) : (
        <p className="muted">{t("council.review.noRequest")}</p>
      )}

      <section aria-labelledby="mo-ta">
        <h2 id="mo-ta">{t("council.review.description")}</h2>
        <div lang={dataLang} dangerouslySetInnerHTML={{ __html: product.descriptionHtml }} />
      </section>

      <section aria-labelledby="hinh-anh">
        <h2 id="hinh-anh">{t("council.review.photos")}</h2>
        {product.images.nodes.length ? (
          <ul className="council-photos">
            {product.images.nodes.map((image) => (
              <li key={image.url}>
                <a href={image.url}>
                  <img src={image.url} alt={image.alt} width={image.width} height={image.height} loading="lazy" decoding="async" />
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("council.review.noPhotos")}</p>
        )}
      </section>

      <section aria-labelledby="phan-loai">
        <h2 id="phan-loai">{t("council.review.variants")}</h2>
        <table className="workspace-table">
          <thead>
            <tr>
              <th scope="col">{t("council.review.sku")}</th>
              <th scope="col">{t("council.review.variant")}</th>
              <th scope="col" className="num">
                {t("council.review.price")}
              </th>
              <th scope="col" className="num">
                {t("council.review.stock")}
              </th>
            </tr>
          </thead>
          <tbody>
            {product.variants.nodes.map((v) => (
              <tr key={v.sku}>
                <td>{v.sku}</td>
                <td lang={dataLang}>{v.label}</td>
                <td className="num">{formatVnd(v.price.amount, locale)}</td>
                <td className="num">{v.stock}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="ket-qua">
        <h2 id="ket-qua">{t("council.review.evaluations")}</h2>
        {evaluations.length ? (
          <table className="workspace-table">
            <thead>
              <tr>
                <th scope="col">{t("council.review.evaluatedOn")}</th>
                <th scope="col">{t("council.review.council")}</th>
                <th scope="col">{t("council.review.criteria")}</th>
                {(latestSet ?? criteria)?.parts.map((p) => (
                  <th scope="col" className="num" key={p.code}>
                    {p.code}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t("council.review.total")}
                </th>
                <th scope="col">{t("council.review.stars")}</th>
                <th scope="col">{t("council.review.certificateOf")}</th>
              </tr>
            </thead>
            <tbody>
              {evaluations.map((e) => {
                const certificate = certificateOf.get(e.id);
                return (
                  <tr key={e.id}>
                    <td>{formatDate(e.evaluatedOn, locale)}</td>
                    <td lang={dataLang}>{e.councilLevel.name}</td>
                    <td>{e.criteriaVersion}</td>
                    {e.parts.map((p) => (
                      <td className="num" key={p.code}>
                        {formatScore(p.score, locale)}/{formatScore(p.max, locale)}
                      </td>
                    ))}
                    <td className="num">{formatScore(e.total, locale)}</td>
                    <td>{t("council.review.starsValue", { stars: e.stars })}</td>
                    <td>
                      {certificate ? (
                        <Link to={localeHref("councilCertificate", locale, { id: product.id, certificateId: certificate.id })}>{certificate.number}</Link>
                      ) : (
                        t("council.review.notRecognised")
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t("council.review.noEvaluations")}</p>
        )}
      </section>

      <section aria-labelledby="chung-nhan">
        <h2 id="chung-nhan">{t("council.review.certificates")}</h2>
        {certificates.length ? (
          <table className="workspace-table">
            <thead>
              <tr>
                <th scope="col">{t("council.review.number")}</th>
                <th scope="col">{t("council.review.stars")}</th>
                <th scope="col">{t("council.review.decisionDate")}</th>
                <th scope="col">{t("council.review.validUntil")}</th>
                <th scope="col">{t("council.review.state")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("council.review.open")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {certificates.map((c) => (
                <tr key={c.id}>
                  <td>{c.number}</td>
                  <td>
                    <StarBadge stars={c.stars} />
                  </td>
                  <td>{formatDate(c.decisionDate, locale)}</td>
                  <td>{formatDate(c.validUntil, locale)}</td>
                  <td>{certificateStateLabel(t, c.state, c.validToday)}</td>
                  <td>
                    <Link to={localeHref("councilCertificate", locale, { id: product.id, certificateId: c.id })}>{t("council.review.open")}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t("council.review.noCertificates")}</p>
        )}
      </section>

      {recognisable ? (
        <RecogniseForm
          evaluation={recognisable}
          allowed={recognisable.stars < 5 || ministry}
          today={today}
          failed={failedOf("recognise")}
        />
      ) : null}

      {criteria ? (
        // A new evaluation remounts the form empty (client navigation keeps the DOM of the same route).
        <EvaluationForm key={latest?.id ?? "first"} criteria={criteria} levels={levels} today={today} reevaluation={inForce} failed={failedOf("evaluate")} />
      ) : (
        <p className="notice notice--warning">{t("council.evaluate.noCriteria")}</p>
      )}

      {product.openEvaluationRequest ? (
        <section aria-labelledby="tra-lai">
          <h2 id="tra-lai">{t("council.reject.heading")}</h2>
          <Form method="post" className="workspace-form" noValidate>
            <input type="hidden" name="intent" value="reject" />
            <input type="hidden" name="requestId" value={product.openEvaluationRequest.id} />
            <FormError error={failedOf("reject")?.errors.form} />
            <Field id="reject-reason" name="reason" label={t("council.reject.reason")} error={failedOf("reject")?.errors.reason}>
              {(props) => <textarea {...props} rows={3} defaultValue={failedOf("reject")?.values.reason ?? ""} />}
            </Field>
            <p>
              <button type="submit" className="button button--secondary">
                {t("council.reject.submit")}
              </button>
            </p>
          </Form>
        </section>
      ) : null}
    </WorkspaceLayout>
  );
}
