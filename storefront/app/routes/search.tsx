import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import { Form, Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { ProductCard, type CardHighlights } from "../components/ProductCard";
import { localeFromPathname, metaTranslator } from "../i18n";
import { query } from "../lib/apollo.server";
import { CATALOGUE_PARAMS, STAR_LEVELS, catalogueHref, parseCatalogueParams, toProductFilter } from "../lib/catalogue-params";
import { groupLabel, PRODUCT_GROUPS } from "../lib/labels";
import { env } from "../lib/env.server";
import { ProvincesQuery, SearchQuery } from "../lib/operations.server";
import { parseSearchParams, SEARCH_MAX_LENGTH, SEARCH_PAGE_SIZE, searchHref } from "../lib/search-params";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/search";

// URL state: q (the query as typed) and sau (cursor); see app/lib/search-params.ts.

export async function loader({ request, url, context }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const params = parseSearchParams(url.searchParams);
  const origin = publicOrigin(request.url, env.siteUrl);
  const urls = pageUrls(origin, locale, "search", undefined, params.query ? `?q=${encodeURIComponent(params.query)}` : "");
  const { group, minStars, provinceCode } = parseCatalogueParams(url.searchParams);
  const filters = { group, minStars, provinceCode };
  if (!params.query) return { params, filters, provinces: [], urls, result: null };
  const [data, provinces] = await Promise.all([
    query(context, SearchQuery, {
      query: params.query,
      first: SEARCH_PAGE_SIZE,
      after: params.after,
      filter: toProductFilter({ ...filters, sort: "moi-nhat", inStock: false, after: null }),
    }).catch((error: unknown) => {
      // A stale cursor or a filter the API refuses (unknown province): the same search, unfiltered first page.
      if ((params.after || provinceCode) && (CombinedGraphQLErrors.is(error) || ServerError.is(error))) {
        throw redirect(searchHref(params.query, locale, null, { group, minStars }));
      }
      throw error;
    }),
    query(context, ProvincesQuery),
  ]);
  const { totalCount, pageInfo, nodes } = data.search;
  return {
    params,
    filters,
    provinces: provinces.provinces.nodes,
    urls,
    result: {
      totalCount,
      hasNextPage: pageInfo.hasNextPage,
      endCursor: pageInfo.endCursor ?? null,
      hits: nodes.map((hit) => ({
        product: hit.product,
        highlights: Object.fromEntries(hit.highlights.map((h) => [h.field, h.segments])) as CardHighlights,
      })),
    },
  };
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  const q = loaderData?.params.query;
  return [
    { title: q ? pageTitle(t("search.title", { query: q })) : pageTitle(t("search.heading")) },
    { name: "description", content: t("search.description") },
    // Result pages are endless and thin for crawlers; the catalogue and product pages are indexed instead.
    { name: "robots", content: "noindex, follow" },
    ...(loaderData ? localeLinks(loaderData.urls) : []),
  ];
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { params, filters, provinces, result } = loaderData;
  const t = useTranslations("search");
  const tc = useTranslations();
  const locale = useLocale();

  if (!result) {
    return (
      <>
        <h1>{t("heading")}</h1>
        <p className="search-prompt">{t("prompt")}</p>
      </>
    );
  }

  return (
    <>
      <h1>{t("headingFor", { query: params.query })}</h1>
      {params.truncated ? <p className="notice">{t("tooLong", { max: SEARCH_MAX_LENGTH })}</p> : null}
      <Form method="get" action={searchHref("", locale)} className="filters" key={searchHref(params.query, locale, null, filters)}>
        <input type="hidden" name="q" value={params.query} />
        <div className="field">
          <label htmlFor="tk-nhom">{tc("catalogue.filterGroup")}</label>
          <select id="tk-nhom" name={CATALOGUE_PARAMS.group} defaultValue={filters.group ?? ""}>
            <option value="">{tc("catalogue.allGroups")}</option>
            {PRODUCT_GROUPS.map((g) => (
              <option key={g} value={g}>
                {groupLabel(tc, g)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tk-sao">{tc("catalogue.filterStars")}</label>
          <select id="tk-sao" name={CATALOGUE_PARAMS.minStars} defaultValue={filters.minStars ? String(filters.minStars) : ""}>
            <option value="">{tc("catalogue.allStars")}</option>
            {STAR_LEVELS.map((s) => (
              <option key={s} value={s}>
                {s === 5 ? tc("common.starsExactly", { stars: s }) : tc("common.starsAtLeast", { stars: s })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tk-tinh">{tc("catalogue.filterProvince")}</label>
          <select id="tk-tinh" name={CATALOGUE_PARAMS.provinceCode} defaultValue={filters.provinceCode ?? ""}>
            <option value="">{tc("catalogue.allProvinces")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {tc("catalogue.submit")}
        </button>
      </Form>

      <p className="result-count" role="status">
        <strong>{t("resultCount", { count: result.totalCount })}</strong>
      </p>

      {result.hits.length > 0 ? (
        <ul className="grid" aria-label={t("listLabel")}>
          {result.hits.map((hit) => (
            <li key={hit.product.id}>
              <ProductCard product={hit.product} headingLevel={2} highlights={hit.highlights} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="empty">
          <p>
            <strong>{t("emptyTitle", { query: params.query })}</strong>
          </p>
          <p>{t("emptyTips")}</p>
          <Link className="button" to={catalogueHref({}, locale)}>
            {t("browseAll")}
          </Link>
        </div>
      )}

      {params.after || (result.hasNextPage && result.endCursor) ? (
        <nav className="pager" aria-label={t("pager")}>
          {params.after ? (
            <Link to={searchHref(params.query, locale, null, filters)}>
              <span aria-hidden="true">« </span>
              {t("firstPage")}
            </Link>
          ) : null}
          {result.hasNextPage && result.endCursor ? (
            <Link className="button" rel="next" to={searchHref(params.query, locale, result.endCursor, filters)}>
              {t("nextPage")}
              <span aria-hidden="true"> »</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
