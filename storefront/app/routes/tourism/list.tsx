import { CombinedGraphQLErrors } from "@apollo/client";
import { Form, Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { ExperienceCard } from "../../components/tourism/ExperienceCard";
import { localeFromPathname, localeHref, metaTranslator, type Translator } from "../../i18n";
import { query } from "../../lib/apollo.server";
import { env } from "../../lib/env.server";
import { formatDate } from "../../lib/format";
import { TourismListQuery } from "../../lib/operations.server";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../../lib/seo";
import { parseTourismParams, TOURISM_LANGUAGES, TOURISM_PAGE_SIZE, TOURISM_PARAMS, tourismSearch, type TourismParams } from "../../lib/tourism";
import type { Route } from "./+types/list";

// URL state (same names in every locale): tinh, sao, ngay, khach, ngon-ngu, q, sau — see lib/tourism.ts.

export async function loader({ request, url, context }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const params = parseTourismParams(url.searchParams);
  const filter = {
    provinceCode: params.provinceCode,
    minStars: params.minStars,
    date: params.date,
    partySize: params.partySize,
    language: params.language,
    query: params.query,
  };
  const result = await query(context, TourismListQuery, { first: TOURISM_PAGE_SIZE, after: params.after, filter }).catch((error: unknown) => {
    // A stale cursor or an unknown province in a hand-edited URL: the list without it.
    if (CombinedGraphQLErrors.is(error)) throw redirect(localeHref("tourism", locale) + tourismSearch({ ...params, after: null, provinceCode: null }));
    throw error;
  });
  const origin = publicOrigin(request.url, env.siteUrl);
  return {
    params,
    urls: pageUrls(origin, locale, "tourism", undefined, tourismSearch({ ...params, after: null })),
    experiences: result.experiences.nodes,
    totalCount: result.experiences.totalCount,
    endCursor: result.experiences.pageInfo.hasNextPage ? (result.experiences.pageInfo.endCursor ?? null) : null,
    provinces: result.provinces.nodes,
  };
}

function describeFilters(t: Translator, params: TourismParams, provinces: readonly { code: string; name: string }[]): string[] {
  const parts: string[] = [];
  const province = provinces.find((p) => p.code === params.provinceCode);
  if (province) parts.push(province.name);
  if (params.minStars) parts.push(t("tourism.starsAtLeast", { stars: params.minStars }));
  return parts;
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  if (!loaderData) return [{ title: pageTitle(t("tourism.heading")) }];
  const filters = describeFilters(t, loaderData.params, loaderData.provinces);
  return [
    { title: filters.length ? pageTitle(filters.join(", "), t("tourism.heading")) : pageTitle(t("tourism.heading")) },
    { name: "description", content: t("tourism.description", { count: loaderData.totalCount, filters: filters.length ? ` (${filters.join(", ")})` : "" }) },
    ...localeLinks(loaderData.urls),
  ];
}

export default function TourismList({ loaderData }: Route.ComponentProps) {
  const { params, experiences, provinces, totalCount, endCursor } = loaderData;
  const t = useTranslations("tourism");
  const locale = useLocale();
  const list = localeHref("tourism", locale);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <Form method="get" action={list} className="filters tourism-filters" key={tourismSearch({ ...params, after: null })}>
        <div className="field">
          <label htmlFor="du-lich-tinh">{t("filterProvince")}</label>
          <select id="du-lich-tinh" name={TOURISM_PARAMS.provinceCode} defaultValue={params.provinceCode ?? ""}>
            <option value="">{t("allProvinces")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="du-lich-sao">{t("filterStars")}</label>
          <select id="du-lich-sao" name={TOURISM_PARAMS.minStars} defaultValue={params.minStars ? String(params.minStars) : ""}>
            <option value="">{t("allStars")}</option>
            {[3, 4, 5].map((s) => (
              <option key={s} value={s}>
                {t("starsAtLeast", { stars: s })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="du-lich-ngay">{t("filterDate")}</label>
          <input id="du-lich-ngay" type="date" name={TOURISM_PARAMS.date} defaultValue={params.date ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="du-lich-khach">{t("filterParty")}</label>
          <input id="du-lich-khach" type="number" min={1} max={50} inputMode="numeric" name={TOURISM_PARAMS.partySize} defaultValue={params.partySize ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="du-lich-ngon-ngu">{t("filterLanguage")}</label>
          <select id="du-lich-ngon-ngu" name={TOURISM_PARAMS.language} defaultValue={params.language ?? ""}>
            <option value="">{t("allLanguages")}</option>
            {TOURISM_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="du-lich-q">{t("filterQuery")}</label>
          <input id="du-lich-q" type="search" name={TOURISM_PARAMS.query} defaultValue={params.query ?? ""} />
        </div>
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </Form>
      <p role="status" data-testid="tourism-count">
        {t("resultCount", { count: totalCount })}
        {params.date ? ` · ${t("availableOn", { date: formatDate(params.date, locale) })}` : ""}
      </p>
      {experiences.length ? (
        <ul className="grid">
          {experiences.map((e) => (
            <li key={e.id}>
              <ExperienceCard experience={e} date={params.date} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice">{t("noResults")}</p>
      )}
      {endCursor ? (
        <p>
          <Link to={list + tourismSearch({ ...params, after: endCursor })} className="button">
            {t("nextPage")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
