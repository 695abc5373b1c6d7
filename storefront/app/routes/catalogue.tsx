import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import { Form, Link, redirect, useNavigate } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { ProductGrid } from "../components/ProductCard";
import { localeFromPathname, metaTranslator, type Translator } from "../i18n";
import { query } from "../lib/apollo.server";
import {
  CATALOGUE_PAGE_SIZE,
  CATALOGUE_PARAMS,
  SORT_OPTIONS,
  STAR_LEVELS,
  catalogueHref,
  catalogueSearch,
  hasFilters,
  parseCatalogueParams,
  toProductFilter,
  toProductSort,
  withoutRejectedParams,
  type CatalogueParams,
} from "../lib/catalogue-params";
import { env } from "../lib/env.server";
import { groupLabel, PRODUCT_GROUPS } from "../lib/labels";
import { CatalogueQuery, ProvincesQuery } from "../lib/operations.server";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/catalogue";

// URL state: see the parameter table in app/lib/catalogue-params.ts (nhom, sao, tinh, sau), the
// same in every locale.

export async function loader({ request, url, context }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const params = parseCatalogueParams(url.searchParams);
  const productsPromise = query(context, CatalogueQuery, {
    first: CATALOGUE_PAGE_SIZE,
    after: params.after,
    filter: toProductFilter(params),
    sort: toProductSort(params),
  }).catch((error: unknown) => {
    // A URL value the API rejects (unknown province code, stale or hand-edited cursor): redirect
    // to the same page without it instead of failing.
    if (CombinedGraphQLErrors.is(error)) {
      const retry = withoutRejectedParams(params, error.errors);
      if (retry) throw redirect(catalogueHref(retry, locale));
    }
    if (params.after && (CombinedGraphQLErrors.is(error) || ServerError.is(error))) {
      throw redirect(catalogueHref({ ...params, after: null }, locale));
    }
    throw error;
  });
  const [products, provinces] = await Promise.all([
    productsPromise,
    query(context, ProvincesQuery),
  ]);
  const origin = publicOrigin(request.url, env.siteUrl);
  return {
    params,
    urls: pageUrls(origin, locale, "catalogue", undefined, catalogueSearch({ ...params, after: null })),
    totalCount: products.products.totalCount,
    hasNextPage: products.products.pageInfo.hasNextPage,
    endCursor: products.products.pageInfo.endCursor ?? null,
    products: products.products.nodes,
    facets: products.products.facets,
    provinces: provinces.provinces.nodes,
  };
}

function describeFilters(
  t: Translator,
  params: CatalogueParams,
  provinces: readonly { code: string; name: string }[],
): string[] {
  const parts: string[] = [];
  if (params.group) parts.push(groupLabel(t, params.group));
  if (params.minStars) {
    parts.push(
      params.minStars === 5
        ? t("common.starsExactly", { stars: 5 })
        : t("common.starsAtLeastInline", { stars: params.minStars }),
    );
  }
  const province = provinces.find((p) => p.code === params.provinceCode);
  if (province) parts.push(province.name);
  return parts;
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  if (!loaderData) return [{ title: pageTitle(t("catalogue.heading")) }];
  const filters = describeFilters(t, loaderData.params, loaderData.provinces);
  const title = filters.length
    ? pageTitle(filters.join(", "), t("catalogue.heading"))
    : pageTitle(t("catalogue.heading"));
  return [
    { title },
    {
      name: "description",
      content: t("catalogue.description", {
        count: loaderData.totalCount,
        filters: filters.length ? ` (${filters.join(", ")})` : "",
      }),
    },
    ...localeLinks(loaderData.urls),
  ];
}

export default function Catalogue({ loaderData }: Route.ComponentProps) {
  const { params, products, provinces, facets, totalCount, hasNextPage, endCursor } = loaderData;
  // Facet counts: each ignores its own filter, so every option says how many products choosing it gives.
  const groupCount = new Map(facets.groups.map((f) => [f.group as string, f.count]));
  const provinceCount = new Map(facets.provinces.map((f) => [f.province.code, f.count]));
  const starsAtLeast = (min: number) => facets.stars.filter((f) => f.stars >= min).reduce((sum, f) => sum + f.count, 0);
  const t = useTranslations();
  const locale = useLocale();
  const filters = describeFilters(t, params, provinces);
  // Remount the form when the URL changes so the selects show the current filters.
  const formKey = catalogueHref({ ...params, after: null }, locale);
  const navigate = useNavigate();
  // With JavaScript, drop empty selects from the URL (?nhom=FOOD rather than ?nhom=FOOD&sao=&tinh=).
  // Without it, the browser submits the GET form itself and the loader ignores the empty values.
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const search = new URLSearchParams();
    for (const [name, value] of form) if (typeof value === "string") search.append(name, value);
    void navigate(catalogueHref({ ...parseCatalogueParams(search), after: null }, locale));
  };

  return (
    <>
      <h1>{t("catalogue.heading")}</h1>

      <Form
        method="get"
        action={catalogueHref({}, locale)}
        className="filters"
        key={formKey}
        onSubmit={onSubmit}
      >
        <div className="field">
          <label htmlFor="loc-nhom">{t("catalogue.filterGroup")}</label>
          <select id="loc-nhom" name={CATALOGUE_PARAMS.group} defaultValue={params.group ?? ""}>
            <option value="">{t("catalogue.allGroups")}</option>
            {PRODUCT_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t("catalogue.withCount", { label: groupLabel(t, g), count: groupCount.get(g) ?? 0 })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="loc-sao">{t("catalogue.filterStars")}</label>
          <select
            id="loc-sao"
            name={CATALOGUE_PARAMS.minStars}
            defaultValue={params.minStars ? String(params.minStars) : ""}
          >
            <option value="">{t("catalogue.allStars")}</option>
            {STAR_LEVELS.map((s) => (
              <option key={s} value={s}>
                {t("catalogue.withCount", {
                  label: s === 5 ? t("common.starsExactly", { stars: s }) : t("common.starsAtLeast", { stars: s }),
                  count: starsAtLeast(s),
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="loc-tinh">{t("catalogue.filterProvince")}</label>
          <select
            id="loc-tinh"
            name={CATALOGUE_PARAMS.provinceCode}
            defaultValue={params.provinceCode ?? ""}
          >
            <option value="">{t("catalogue.allProvinces")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {t("catalogue.withCount", { label: p.name, count: provinceCount.get(p.code) ?? 0 })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="loc-xep">{t("catalogue.sort")}</label>
          <select id="loc-xep" name={CATALOGUE_PARAMS.sort} defaultValue={params.sort}>
            {SORT_OPTIONS.map((s) => (
              <option key={s} value={s}>
                {t(`catalogue.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--check">
          <input type="checkbox" id="loc-con-hang" name={CATALOGUE_PARAMS.inStock} value="1" defaultChecked={params.inStock} />
          <label htmlFor="loc-con-hang">{t("catalogue.inStock")}</label>
        </div>
        <button type="submit" className="button">
          {t("catalogue.submit")}
        </button>
      </Form>

      <p className="result-count">
        <strong>{t("common.productCount", { count: totalCount })}</strong>
        {filters.length > 0 ? <> · {filters.join(" · ")}</> : null}
      </p>

      {products.length > 0 ? (
        <ProductGrid products={products} headingLevel={2} label={t("catalogue.listLabel")} />
      ) : (
        <div className="empty">
          <p>{t("catalogue.empty")}</p>
          {hasFilters(params) ? <Link to={catalogueHref({}, locale)}>{t("catalogue.clearFilters")}</Link> : null}
        </div>
      )}

      {params.after || (hasNextPage && endCursor) ? (
        <nav className="pager" aria-label={t("catalogue.pager")}>
          {params.after ? (
            <Link to={catalogueHref({ ...params, after: null }, locale)}>
              <span aria-hidden="true">« </span>
              {t("catalogue.firstPage")}
            </Link>
          ) : null}
          {hasNextPage && endCursor ? (
            <Link className="button" rel="next" to={catalogueHref({ ...params, after: endCursor }, locale)}>
              {t("catalogue.nextPage")}
              <span aria-hidden="true"> »</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
