import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import { Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { ProductCard, type CardHighlights } from "../components/ProductCard";
import { localeFromPathname, translatorFor } from "../i18n";
import { query } from "../lib/apollo.server";
import { catalogueHref } from "../lib/catalogue-params";
import { env } from "../lib/env.server";
import { SearchQuery } from "../lib/operations.server";
import { parseSearchParams, SEARCH_MAX_LENGTH, SEARCH_PAGE_SIZE, searchHref } from "../lib/search-params";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/search";

// URL state: q (the query as typed) and sau (cursor); see app/lib/search-params.ts.

export async function loader({ request, url, context }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const params = parseSearchParams(url.searchParams);
  const origin = publicOrigin(request.url, env.siteUrl);
  const urls = pageUrls(origin, locale, "search", undefined, params.query ? `?q=${encodeURIComponent(params.query)}` : "");
  if (!params.query) return { params, urls, result: null };
  const data = await query(context, SearchQuery, { query: params.query, first: SEARCH_PAGE_SIZE, after: params.after }).catch(
    (error: unknown) => {
      // A stale or hand-edited cursor: the first page of the same search instead of an error.
      if (params.after && (CombinedGraphQLErrors.is(error) || ServerError.is(error))) {
        throw redirect(searchHref(params.query, locale));
      }
      throw error;
    },
  );
  const { totalCount, pageInfo, nodes } = data.search;
  return {
    params,
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

export function meta({ loaderData, location }: Route.MetaArgs): Route.MetaDescriptors {
  const t = translatorFor(localeFromPathname(location.pathname));
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
  const { params, result } = loaderData;
  const t = useTranslations("search");
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
            <Link to={searchHref(params.query, locale)}>
              <span aria-hidden="true">« </span>
              {t("firstPage")}
            </Link>
          ) : null}
          {result.hasNextPage && result.endCursor ? (
            <Link className="button" rel="next" to={searchHref(params.query, locale, result.endCursor)}>
              {t("nextPage")}
              <span aria-hidden="true"> »</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
