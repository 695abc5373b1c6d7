import { data, Form, redirect, useLocation } from "react-router";
import { useTranslations } from "use-intl";
import { ListingActionResult, StockLevelSelect, StockLevelText } from "../../components/SalesPointListingParts";
import { SellerLayout } from "../../components/seller/SellerLayout";
import { localeFromPathname, metaTranslator } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import { SalesPointListingRequestMutation, SalesPointListingWithdrawMutation, SellerPointSearchQuery, SellerSalesPointsQuery } from "../../lib/operations.server";
import { firstError, stockLevelOf, type SalesPointErrorCode } from "../../lib/sales-point-forms";
import { sellerHref, sellerMeta } from "../../lib/seller";
import { requireSeller, sellerRead } from "../../lib/seller.server";
import type { Route } from "./+types/sales-points";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return sellerMeta(t, t("salesPoints.sellerTitle"));
}

async function seller(context: Route.LoaderArgs["context"], url: URL) {
  const { producers, current } = await requireSeller(context, url);
  if (!current) throw redirect(sellerHref("producerWorkspace", localeFromPathname(url.pathname), null));
  return { producers, producerId: current.id };
}

export async function loader({ url, context }: Route.LoaderArgs) {
  const { producers, producerId } = await seller(context, url);
  const pointQuery = url.searchParams.get("tim")?.trim().slice(0, 100) || null;
  const provinceCode = /^\d{2}$/.test(url.searchParams.get("tinh") ?? "") ? url.searchParams.get("tinh") : null;
  const searching = !!(pointQuery || provinceCode);
  const [r, points] = await Promise.all([
    sellerRead(query(context, SellerSalesPointsQuery, { producerId })),
    query(context, SellerPointSearchQuery, { pointQuery, provinceCode, searching }),
  ]);
  const producer = r.node && "salesPointListings" in r.node ? r.node : null;
  if (!producer) throw new Response("Not found", { status: 404 });
  return {
    producers,
    producerId,
    listings: producer.salesPointListings.nodes,
    products: producer.products.nodes,
    found: points.salesPoints?.nodes ?? null,
    provinces: points.provinces.nodes,
    pointQuery,
    provinceCode,
  };
}

export async function action({ request, context, url }: Route.ActionArgs) {
  await seller(context, url);
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const input = { salesPointId: text("salesPointId"), productId: text("productId") };
  const name = text("pointName");
  if (text("intent") === "withdraw") {
    const result = (await mutate(context, SalesPointListingWithdrawMutation, { input })).salesPointListingWithdraw;
    const error = firstError(result.userErrors);
    return error ? data({ error, done: null, name }, { status: 400 }) : { error: null, done: "withdrawn" as const, name };
  }
  const stockLevel = stockLevelOf(text("stockLevel"));
  if (!input.productId) return data({ error: "PRODUCT_NOT_FOUND" as SalesPointErrorCode, done: null, name }, { status: 400 });
  const result = (await mutate(context, SalesPointListingRequestMutation, { input: { ...input, stockLevel } })).salesPointListingRequest;
  const error = firstError(result.userErrors);
  return error ? data({ error, done: null, name }, { status: 400 }) : { error: null, done: "requested" as const, name };
}

export default function SellerSalesPoints({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("salesPoints");
  const { pathname, search } = useLocation();
  const { listings, products, found, provinces, producerId } = loaderData;
  const here = `${pathname}${search}`;
  return (
    <SellerLayout producerId={producerId} producers={loaderData.producers}>
      <h1>{t("sellerTitle")}</h1>
      <p>{t("sellerIntro")}</p>
      <ListingActionResult result={actionData} />

      <h2>{t("sellerListings")}</h2>
      {listings.length === 0 ? (
        <p>{t("sellerListingsNone")}</p>
      ) : (
        <table className="workspace-table">
          <thead>
            <tr>
              <th scope="col">{t("colPoint")}</th>
              <th scope="col">{t("colProduct")}</th>
              <th scope="col">{t("colState")}</th>
              <th scope="col">{t("colStock")}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {listings.map((l) => (
              <tr key={`${l.salesPoint.id}-${l.product.id}`} data-testid="seller-listing">
                <td lang="vi">{l.salesPoint.name}</td>
                <td lang="vi">{l.product.name}</td>
                <td>{t(`states.${l.state}`)}</td>
                <td>
                  <StockLevelText level={l.stockLevel} />
                </td>
                <td>
                  <Form method="post" action={here}>
                    <input type="hidden" name="intent" value="withdraw" />
                    <input type="hidden" name="salesPointId" value={l.salesPoint.id} />
                    <input type="hidden" name="productId" value={l.product.id} />
                    <input type="hidden" name="pointName" value={l.product.name} />
                    <button type="submit" className="button button--secondary">
                      {t("withdraw")}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t("findPoint")}</h2>
      <Form method="get" action={pathname} className="filter-row">
        <input type="hidden" name="chu-the" value={producerId} />
        <div className="field">
          <label htmlFor="sp-tim">{t("pointName")}</label>
          <input id="sp-tim" name="tim" type="search" defaultValue={loaderData.pointQuery ?? ""} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="sp-tinh">{t("province")}</label>
          <select id="sp-tinh" name="tinh" defaultValue={loaderData.provinceCode ?? ""}>
            <option value="">{t("allProvinces")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("search")}
        </button>
      </Form>
      {found ? (
        found.length === 0 ? (
          <p>{t("none")}</p>
        ) : products.length === 0 ? (
          <p>{t("noProducts")}</p>
        ) : (
          <table className="workspace-table">
            <thead>
              <tr>
                <th scope="col">{t("colPoint")}</th>
                <th scope="col">{t("request")}</th>
              </tr>
            </thead>
            <tbody>
              {found.map((p) => (
                <tr key={p.id} data-testid="found-point">
                  <td>
                    <strong lang="vi">{p.name}</strong>
                    <br />
                    <small lang="vi">
                      {t(`kinds.${p.kind}`)} · {p.addressLine ? `${p.addressLine}, ` : ""}
                      {p.province.name}
                    </small>
                  </td>
                  <td>
                    <Form method="post" action={here} className="inline-form">
                      <input type="hidden" name="salesPointId" value={p.id} />
                      <input type="hidden" name="pointName" value={p.name} />
                      <label>
                        <span className="visually-hidden">{t("colProduct")}</span>
                        <select name="productId" aria-label={t("colProduct")}>
                          {products.map((product) => (
                            <option key={product.id} value={product.id}>
                              {product.name}
                            </option>
                          ))}
                        </select>
                      </label>{" "}
                      <StockLevelSelect defaultValue={null} label={t("colStock")} />{" "}
                      <button type="submit" className="button">
                        {t("request")}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </SellerLayout>
  );
}
