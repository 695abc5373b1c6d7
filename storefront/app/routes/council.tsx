import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { WorkspaceLayout } from "../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { query } from "../lib/apollo.server";
import { formatDateTime } from "../lib/certificate-history";
import { formatScore } from "../lib/certificates";
import { councilMeta, councilNav, productStatusLabel } from "../lib/council-page";
import { CouncilQueueQuery, CouncilReevaluationQuery } from "../lib/operations.server";
import { formatDate } from "../lib/format";
import { pageTitle } from "../lib/seo";
import { requireViewer } from "../lib/workspace.server";
import type { Route } from "./+types/council";

const PAGE_SIZE = 25;
/** `?sau=<cursor>`: the page after that cursor (the parameter name is shared by both languages). */
const AFTER = "sau";

export async function loader({ url, context }: Route.LoaderArgs) {
  const { viewer, access } = await requireViewer(context, url, "council");
  const after = url.searchParams.get(AFTER);
  const result = await query(context, CouncilQueueQuery, { first: PAGE_SIZE, after: after && after.length <= 400 ? after : null }).catch(
    (error: unknown) => {
      // A stale or hand-made cursor: start over rather than fail.
      if (after) return query(context, CouncilQueueQuery, { first: PAGE_SIZE, after: null });
      throw error;
    },
  );
  const reevaluation = await query(context, CouncilReevaluationQuery);
  const councils = viewer.roles.flatMap((r) => ("level" in r ? [r] : []));
  const provinces = councils.flatMap((r) => (r.level === "PROVINCE" && r.province ? [r.province.name] : []));
  const ministry = councils.some((r) => r.level === "MINISTRY");
  return { queue: result.evaluationQueue, reevaluation: reevaluation.reevaluationQueue, provinces, ministry, admin: access.admin, paged: !!after };
}

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return councilMeta(pageTitle(t("council.queue.title")));
}

export default function CouncilQueue({ loaderData }: Route.ComponentProps) {
  const { queue, reevaluation, provinces, ministry, admin, paged } = loaderData;
  const t = useTranslations();
  const locale = useLocale();
  const dataLang = locale === "vi" ? undefined : "vi";
  return (
    <WorkspaceLayout title={t("council.workspaceTitle")} nav={councilNav(t, locale)}>
      <h1>{t("council.queue.title")}</h1>
      <p>{t("council.queue.intro")}</p>
      <ul className="council-scope">
        {admin ? <li>{t("council.queue.scopeAdmin")}</li> : null}
        {provinces.length ? <li>{t("council.queue.scopeProvince", { provinces: provinces.join(", ") })}</li> : null}
        {ministry ? <li>{t("council.queue.scopeMinistry")}</li> : null}
      </ul>
      <p className="notice" role="status">
        {t("council.queue.count", { count: queue.totalCount })}
      </p>
      {queue.nodes.length ? (
        <table className="workspace-table council-queue">
          <thead>
            <tr>
              <th scope="col">{t("council.queue.submittedAt")}</th>
              <th scope="col">{t("council.queue.product")}</th>
              <th scope="col">{t("council.queue.producer")}</th>
              <th scope="col">{t("council.queue.province")}</th>
              <th scope="col">{t("council.queue.status")}</th>
              <th scope="col">{t("council.queue.latest")}</th>
            </tr>
          </thead>
          <tbody>
            {queue.nodes.map((request) => {
              const latest = request.product.evaluations?.nodes[0];
              return (
                <tr key={request.id}>
                  <td>
                    <time dateTime={request.submittedAt}>{formatDateTime(request.submittedAt, locale)}</time>
                  </td>
                  <td lang={dataLang}>
                    <Link to={localeHref("councilProduct", locale, { id: request.product.id })}>{request.product.name}</Link>
                  </td>
                  <td lang={dataLang}>{request.product.producer.name}</td>
                  <td lang={dataLang}>{request.product.producer.province.name}</td>
                  <td>{productStatusLabel(t, request.product.status)}</td>
                  <td>
                    {latest
                      ? t("council.queue.latestValue", { total: formatScore(latest.total, locale), stars: latest.stars })
                      : t("council.queue.notEvaluated")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <section aria-labelledby="reevaluation-queue">
        <h2 id="reevaluation-queue">{t("programme.reevaluationQueue")}</h2>
        <p>{t("programme.reevaluationIntro")}</p>
        {reevaluation.nodes.length ? (
          <table className="workspace-table" data-testid="reevaluation-queue">
            <thead>
              <tr>
                <th scope="col">{t("council.queue.product")}</th>
                <th scope="col">{t("council.queue.producer")}</th>
                <th scope="col">{t("certificate.factsHeading")}</th>
                <th scope="col">{t("seller.certificateValidUntil")}</th>
                <th scope="col">{t("seller.certificateDaysLeft")}</th>
              </tr>
            </thead>
            <tbody>
              {reevaluation.nodes.map((c) => (
                <tr key={c.certificate.id}>
                  <td lang={dataLang}>
                    <Link to={localeHref("councilProduct", locale, { id: c.product.id })}>{c.product.name}</Link>
                  </td>
                  <td lang={dataLang}>{c.product.producer.name}</td>
                  <td lang={dataLang}>
                    {c.certificate.number} · {c.certificate.stars}★
                  </td>
                  <td>
                    <time dateTime={c.validUntil}>{formatDate(c.validUntil, locale)}</time>
                  </td>
                  <td>{c.daysLeft}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("programme.noReevaluations")}</p>
        )}
      </section>
      <p className="pager">
        {paged ? <Link to={localeHref("councilWorkspace", locale)}>{t("council.queue.first")}</Link> : null}{" "}
        {queue.pageInfo.hasNextPage && queue.pageInfo.endCursor ? (
          <Link to={`${localeHref("councilWorkspace", locale)}?${AFTER}=${encodeURIComponent(queue.pageInfo.endCursor)}`}>{t("council.queue.next")}</Link>
        ) : null}
      </p>
    </WorkspaceLayout>
  );
}
