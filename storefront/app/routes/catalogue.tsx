import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import { Form, Link, redirect, useNavigate } from "react-router";
import { ProductGrid } from "../components/ProductCard";
import { query } from "../lib/apollo.server";
import {
  CATALOGUE_PAGE_SIZE,
  CATALOGUE_PARAMS,
  STAR_LEVELS,
  catalogueHref,
  hasFilters,
  parseCatalogueParams,
  toProductFilter,
  withoutRejectedParams,
  type CatalogueParams,
} from "../lib/catalogue-params";
import { env } from "../lib/env.server";
import { formatProductCount } from "../lib/format";
import { GROUP_LABELS, PRODUCT_GROUPS } from "../lib/labels";
import { CatalogueQuery, ProvincesQuery } from "../lib/operations.server";
import { pageTitle, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/catalogue";

// URL state: see the parameter table in app/lib/catalogue-params.ts (nhom, sao, tinh, sau).

export async function loader({ request, url, context }: Route.LoaderArgs) {
  const params = parseCatalogueParams(url.searchParams);
  const productsPromise = query(context, CatalogueQuery, {
    first: CATALOGUE_PAGE_SIZE,
    after: params.after,
    filter: toProductFilter(params),
  }).catch((error: unknown) => {
    // A URL value the API rejects (unknown province code, stale or hand-edited cursor): redirect
    // to the same page without it instead of failing.
    if (CombinedGraphQLErrors.is(error)) {
      const retry = withoutRejectedParams(params, error.errors);
      if (retry) throw redirect(catalogueHref(retry));
    }
    if (params.after && (CombinedGraphQLErrors.is(error) || ServerError.is(error))) {
      throw redirect(catalogueHref({ ...params, after: null }));
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
    canonicalUrl: `${origin}${catalogueHref({ ...params, after: null })}`,
    totalCount: products.products.totalCount,
    hasNextPage: products.products.pageInfo.hasNextPage,
    endCursor: products.products.pageInfo.endCursor ?? null,
    products: products.products.nodes,
    provinces: provinces.provinces.nodes,
  };
}

function describeFilters(
  params: CatalogueParams,
  provinces: readonly { code: string; name: string }[],
): string[] {
  const parts: string[] = [];
  if (params.group) parts.push(GROUP_LABELS[params.group]);
  if (params.minStars) parts.push(params.minStars === 5 ? "5 sao" : `từ ${params.minStars} sao`);
  const province = provinces.find((p) => p.code === params.provinceCode);
  if (province) parts.push(province.name);
  return parts;
}

export function meta({ loaderData }: Route.MetaArgs): Route.MetaDescriptors {
  if (!loaderData) return [{ title: pageTitle("Sản phẩm OCOP") }];
  const filters = describeFilters(loaderData.params, loaderData.provinces);
  const title = filters.length
    ? pageTitle(filters.join(", "), "Sản phẩm OCOP")
    : pageTitle("Sản phẩm OCOP");
  return [
    { title },
    {
      name: "description",
      content: `${formatProductCount(loaderData.totalCount)} OCOP được chứng nhận${
        filters.length ? ` (${filters.join(", ")})` : ""
      }: giá niêm yết bằng VND, mua trực tiếp từ chủ thể sản xuất.`,
    },
    { tagName: "link", rel: "canonical", href: loaderData.canonicalUrl },
  ];
}

export default function Catalogue({ loaderData }: Route.ComponentProps) {
  const { params, products, provinces, totalCount, hasNextPage, endCursor } = loaderData;
  const filters = describeFilters(params, provinces);
  // Remount the form when the URL changes so the selects show the current filters.
  const formKey = catalogueHref({ ...params, after: null });
  const navigate = useNavigate();
  // With JavaScript, drop empty selects from the URL (?nhom=FOOD rather than ?nhom=FOOD&sao=&tinh=).
  // Without it, the browser submits the GET form itself and the loader ignores the empty values.
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const search = new URLSearchParams();
    for (const [name, value] of form) if (typeof value === "string") search.append(name, value);
    void navigate(catalogueHref({ ...parseCatalogueParams(search), after: null }));
  };

  return (
    <>
      <h1>Sản phẩm OCOP</h1>

      <Form
        method="get"
        action={catalogueHref()}
        className="filters"
        key={formKey}
        onSubmit={onSubmit}
      >
        <div className="field">
          <label htmlFor="loc-nhom">Nhóm sản phẩm</label>
          <select id="loc-nhom" name={CATALOGUE_PARAMS.group} defaultValue={params.group ?? ""}>
            <option value="">Tất cả các nhóm</option>
            {PRODUCT_GROUPS.map((g) => (
              <option key={g} value={g}>
                {GROUP_LABELS[g]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="loc-sao">Hạng sao</label>
          <select
            id="loc-sao"
            name={CATALOGUE_PARAMS.minStars}
            defaultValue={params.minStars ? String(params.minStars) : ""}
          >
            <option value="">Tất cả hạng sao</option>
            {STAR_LEVELS.map((s) => (
              <option key={s} value={s}>
                {s === 5 ? "5 sao" : `Từ ${s} sao`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="loc-tinh">Tỉnh/thành</label>
          <select
            id="loc-tinh"
            name={CATALOGUE_PARAMS.provinceCode}
            defaultValue={params.provinceCode ?? ""}
          >
            <option value="">Tất cả tỉnh/thành</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Lọc
        </button>
      </Form>

      <p className="result-count">
        <strong>{formatProductCount(totalCount)}</strong>
        {filters.length > 0 ? <> · {filters.join(" · ")}</> : null}
      </p>

      {products.length > 0 ? (
        <ProductGrid products={products} headingLevel={2} label="Danh sách sản phẩm" />
      ) : (
        <div className="empty">
          <p>Không tìm thấy sản phẩm nào phù hợp với bộ lọc.</p>
          {hasFilters(params) ? <Link to={catalogueHref()}>Xoá bộ lọc</Link> : null}
        </div>
      )}

      {params.after || (hasNextPage && endCursor) ? (
        <nav className="pager" aria-label="Phân trang">
          {params.after ? (
            <Link to={catalogueHref({ ...params, after: null })}>
              <span aria-hidden="true">« </span>Trang đầu
            </Link>
          ) : null}
          {hasNextPage && endCursor ? (
            <Link className="button" rel="next" to={catalogueHref({ ...params, after: endCursor })}>
              Trang sau<span aria-hidden="true"> »</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
