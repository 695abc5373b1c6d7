import { data, Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { BarChart, TileGrid, YearChart, type TileStatus } from "../components/programme/Charts";
import { TargetProgressList } from "../components/programme/TargetProgress";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { query } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { formatCount, formatDate } from "../lib/format";
import { groupLabel } from "../lib/labels";
import { openDataHref } from "../lib/open-data";
import { ProgrammePageQuery } from "../lib/operations.server";
import { yearTargets } from "../lib/programme";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/programme";

/** `?tinh=31`: a current province by its two-digit code (parameter names are shared by both locales). */
export const PROVINCE_PARAM = "tinh";
/** `&theo-ban-hanh=1`: the unit with that code as issued before 01/07/2025 (e.g. 30, Hải Dương), not rolled up. */
export const AS_ISSUED_PARAM = "theo-ban-hanh";

/** `?tinh=<code>[&theo-ban-hanh=1]` of a province view. */
export const provinceQuery = (code: string, asIssued = false) => `?${PROVINCE_PARAM}=${code}${asIssued ? `&${AS_ISSUED_PARAM}=1` : ""}`;

export async function loader({ request, url, context }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const raw = url.searchParams.get(PROVINCE_PARAM);
  const provinceCode = raw && /^\d{2}$/.test(raw) ? raw : null;
  const asIssued = provinceCode !== null && url.searchParams.get(AS_ISSUED_PARAM) === "1";
  const result = await query(context, ProgrammePageQuery, { provinceCode, plansProvinceCode: provinceCode, asIssued }).catch(() => null);
  if (!result) throw data(null, { status: 404 });
  const origin = publicOrigin(request.url, env.siteUrl);
  return { ...result, provinceCode, asIssued, urls: pageUrls(origin, locale, "programme", undefined, provinceCode ? provinceQuery(provinceCode, asIssued) : "") };
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  if (!loaderData) return [];
  const t = metaTranslator(location, matches);
  const province = loaderData.programmeStats.province;
  return [
    { title: pageTitle(province ? t("programme.titleProvince", { province: province.name }) : t("programme.title")) },
    { name: "description", content: t("programme.description") },
    ...localeLinks(loaderData.urls),
  ];
}

export default function ProgrammePage({ loaderData }: Route.ComponentProps) {
  const { programmeStats: stats, plans, provinces, provinceCode, asIssued } = loaderData;
  const t = useTranslations();
  const locale = useLocale();
  const count = (n: number) => formatCount(n, locale);
  const here = localeHref("programme", locale);
  const statusLabel = (s: TileStatus) => (s ? t(`programme.status.${s}`) : t("programme.noPlan"));
  const targetLine = provinceCode ? yearTargets(plans.nodes) : new Map<number, number>();
  const lineValues = [...new Set(targetLine.values())];
  const f = stats.figures;
  // The former units among the plans of a rolled-up province: each can be shown as issued.
  const formerUnits = [...new Map(plans.nodes.flatMap((p) => (p.province?.validTo ? [[p.province.code, p.province] as const] : []))).values()];

  return (
    <article className="programme">
      <header className="programme__header">
        <h1>
          {stats.province
            ? `${t("programme.heading")} – ${stats.province.name}${stats.asIssued ? ` (${t("programme.asIssuedHeading")})` : ""}`
            : `${t("programme.heading")} – ${t("programme.national")}`}
        </h1>
        <p>{t("programme.asOf", { date: formatDate(stats.asOf, locale) })}</p>
        <Form method="get" action={here} className="programme__selector">
          <label htmlFor="programme-province">{t("programme.selectorLabel")}</label>{" "}
          <select id="programme-province" name={PROVINCE_PARAM} defaultValue={provinceCode ?? ""}>
            <option value="">{t("programme.national")}</option>
            {provinces.nodes.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
            {stats.province?.validTo && !provinces.nodes.some((p) => p.code === stats.province!.code) ? (
              <option value={stats.province.code}>{t("programme.formerUnit", { name: stats.province.name })}</option>
            ) : null}
          </select>{" "}
          <label className="checkbox-label programme__as-issued">
            <input type="checkbox" name={AS_ISSUED_PARAM} value="1" defaultChecked={asIssued} /> {t("programme.asIssuedToggle")}
          </label>{" "}
          <button type="submit" className="button">
            {t("programme.selectorSubmit")}
          </button>
        </Form>
        {stats.province && stats.asIssued ? (
          <p className="programme__note">
            {t("programme.asIssuedNote", { province: stats.province.name, current: stats.province.current.name })}{" "}
            <Link to={`${here}${provinceQuery(stats.province.current.code)}`}>{t("programme.rolledUpLink", { current: stats.province.current.name })}</Link>
          </p>
        ) : stats.province ? (
          <>
            <p className="programme__note">{t("programme.rollUpNote")}</p>
            {formerUnits.length ? (
              <p className="programme__note">
                {t("programme.historicLinks")}{" "}
                {formerUnits.map((u, i) => (
                  <span key={u.code}>
                    {i ? " · " : ""}
                    <Link to={`${here}${provinceQuery(u.code, true)}`}>{t("programme.formerUnit", { name: u.name })}</Link>
                  </span>
                ))}
              </p>
            ) : null}
          </>
        ) : null}
      </header>

      <section aria-labelledby="programme-figures">
        <h2 id="programme-figures">{t("programme.keyFigures")}</h2>
        <dl className="programme__figures">
          <div>
            <dt>{t("programme.certifiedProducts")}</dt>
            <dd data-testid="certified-products">{count(f.certifiedProducts)}</dd>
          </div>
          <div>
            <dt>{t("programme.producers")}</dt>
            <dd>{count(f.producers)}</dd>
          </div>
          <div>
            <dt>{t("programme.sellingOnline")}</dt>
            <dd>
              {count(f.producersSellingOnline)} <small>({t("programme.sellingOnlineShare", { share: f.shareProducersSellingOnline.toLocaleString(locale) })})</small>
            </dd>
          </div>
          <div>
            <dt>{t("programme.expiringSoon")}</dt>
            <dd>{count(f.certificatesExpiringSoon)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="programme-plans">
        <h2 id="programme-plans">{t("programme.plans")}</h2>
        {plans.nodes.length ? <TargetProgressList plans={plans.nodes} /> : <p>{t("programme.noPlans")}</p>}
        <p className="programme__note">{t("programme.paceNote")}</p>
      </section>

      <div className="programme__charts">
        <BarChart
          title={t("programme.starsChart")}
          bars={f.productsByStars.map((s) => ({ key: String(s.stars), label: t("programme.starsLabel", { stars: String(s.stars) }), value: s.count }))}
          format={count}
          tableSummary={t("programme.dataTable")}
          head={[t("programme.column.label"), t("programme.column.count")]}
          colour="#b45309"
        />
        <BarChart
          title={t("programme.groupsChart")}
          bars={f.productsByGroup.map((g) => ({ key: g.group, label: groupLabel(t, g.group), value: g.count }))}
          format={count}
          tableSummary={t("programme.dataTable")}
          head={[t("programme.column.label"), t("programme.column.count")]}
          colour="#1d4ed8"
        />
        <YearChart
          title={t("programme.yearsChart")}
          caption={lineValues.length ? undefined : t("programme.yearsChartNoTarget")}
          years={f.recognitionsByYear.map((y) => ({ year: y.year, count: y.count, target: targetLine.get(y.year) ?? null }))}
          format={count}
          tableSummary={t("programme.dataTable")}
          head={[t("programme.column.year"), t("programme.column.count"), t("programme.column.target")]}
          targetLegend={lineValues.length ? t("programme.yearsChartTarget", { target: lineValues.map(count).join(" / ") }) : null}
        />
        {stats.province ? null : (
          <TileGrid
            title={t("programme.mapChart")}
            caption={t("programme.mapChartCaption")}
            tiles={stats.provinces.map((p) => ({
              code: p.province.code,
              name: p.province.name,
              percent: p.progressPercent ?? null,
              status: (p.status ?? null) as TileStatus,
              certified: p.certifiedProducts,
              href: `${here}?${PROVINCE_PARAM}=${p.province.code}`,
            }))}
            statusLabel={statusLabel}
            format={count}
            tableSummary={t("programme.dataTable")}
            head={[t("programme.column.province"), t("programme.column.count"), t("programme.column.progress"), t("programme.column.status")]}
            legendTitle={t("programme.legend")}
          />
        )}
      </div>

      <section aria-labelledby="programme-downloads" className="programme__downloads">
        <h2 id="programme-downloads">{t("programme.downloads")}</h2>
        <p>{t("programme.downloadsIntro")}</p>
        <ul>
          <li>
            <a href={openDataHref("certified-products.csv", provinceCode, asIssued)} download>{t("programme.downloadProductsCsv")}</a>
          </li>
          <li>
            <a href={openDataHref("certified-products.jsonl", provinceCode, asIssued)} download>{t("programme.downloadProductsJsonl")}</a>
          </li>
          <li>
            <a href={openDataHref("programme-stats.csv", provinceCode, asIssued)} download>{t("programme.downloadStatsCsv")}</a>
          </li>
          <li>
            <a href={openDataHref("programme-stats.json", provinceCode, asIssued)} download>{t("programme.downloadStatsJson")}</a>
          </li>
        </ul>
        {stats.province ? (
          <p>
            <Link to={here}>{t("programme.national")}</Link>
          </p>
        ) : null}
      </section>
    </article>
  );
}
