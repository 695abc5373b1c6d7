import { Form, Link, useLocation } from "react-router";
import leafletCss from "leaflet/dist/leaflet.css?url";
import clusterCss from "leaflet.markercluster/dist/MarkerCluster.css?url";
import clusterDefaultCss from "leaflet.markercluster/dist/MarkerCluster.Default.css?url";
import { useMemo } from "react";
import { useLocale, useTranslations } from "use-intl";
import { NearMeButton } from "../../components/NearMeButton";
import { SalesPointCard } from "../../components/SalesPointList";
import { SalesPointMap } from "../../components/SalesPointMap";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { query } from "../../lib/apollo.server";
import { env } from "../../lib/env.server";
import { SalesPointProductQuery, SalesPointProductSearchQuery, SalesPointsMapQuery } from "../../lib/operations.server";
import { mapParamsFrom, originOf, SALES_POINT_KINDS } from "../../lib/sales-points";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../../lib/seo";
import type { Route } from "./+types/map";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: leafletCss },
  { rel: "stylesheet", href: clusterCss },
  { rel: "stylesheet", href: clusterDefaultCss },
];

export async function loader({ request, url, context }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const params = mapParamsFrom(url.searchParams);
  const [product, choices] = await Promise.all([
    params.productSlug ? query(context, SalesPointProductQuery, { slug: params.productSlug }).then((r) => r.product) : null,
    !params.productSlug && params.productQuery ? query(context, SalesPointProductSearchQuery, { query: params.productQuery }).then((r) => r.search.nodes.map((n) => n.product)) : null,
  ]);
  // The provinces (with centres) come with the list: one round trip when the origin is the device's location.
  const first = await query(context, SalesPointsMapQuery, {
    near: params.location ? { lat: params.location.lat, lng: params.location.lng, radiusKm: 50 } : null,
    provinceCode: params.provinceCode,
    productId: product?.id ?? null,
    kind: params.kind,
    openNow: params.openNow || null,
    withOnline: !params.kind,
  });
  const origin = originOf(params, first.provinces.nodes);
  // A province's centre is known only now: ask again, nearest first from it.
  const result =
    origin?.kind === "province"
      ? await query(context, SalesPointsMapQuery, {
          near: origin.near, provinceCode: params.provinceCode, productId: product?.id ?? null, kind: params.kind, openNow: params.openNow || null, withOnline: !params.kind,
        })
      : first;
  const physical = result.salesPoints.nodes.filter((p) => p.kind !== "ONLINE_CHANNEL");
  return {
    params,
    product,
    choices,
    points: physical,
    total: physical.length,
    online: params.kind === "ONLINE_CHANNEL" ? result.salesPoints.nodes : (result.online?.nodes ?? []),
    provinces: result.provinces.nodes,
    origin: origin ? { kind: origin.kind, lat: origin.near.lat, lng: origin.near.lng, provinceName: origin.province?.name ?? null } : null,
    tileUrl: env.mapTileUrl,
    urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "salesPoints"),
  };
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  const title = loaderData?.product ? `${t("salesPoints.productChosen", { name: loaderData.product.name })}` : t("salesPoints.mapTitle");
  return [{ title: pageTitle(title) }, { name: "description", content: t("salesPoints.mapIntro") }, ...(loaderData ? localeLinks(loaderData.urls) : [])];
}

export default function SalesPointsMap({ loaderData }: Route.ComponentProps) {
  const t = useTranslations("salesPoints");
  const locale = useLocale();
  const location = useLocation();
  const { params, product, choices, points, online, provinces, origin } = loaderData;
  const mapPoints = useMemo(
    () => points.filter((p) => p.latitude != null && p.longitude != null).map((p) => ({ slug: p.slug, name: p.name, latitude: p.latitude!, longitude: p.longitude!, label: p.name })),
    [points],
  );
  const centre = useMemo(() => (origin ? { lat: origin.lat, lng: origin.lng } : null), [origin]);
  const keep = (extra: Record<string, string | null>) => {
    const next = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(extra)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    const s = next.toString();
    return `${location.pathname}${s ? `?${s}` : ""}`;
  };
  return (
    <div className="sales-points-page">
      <h1>{product ? t("productChosen", { name: product.name }) : t("mapTitle")}</h1>
      <p>{t("mapIntro")}</p>
      <Form method="get" action={location.pathname} className="filters" id="loc-diem-ban" aria-label={t("filters")}>
        {product ? (
          <div className="field">
            <span className="field__label">{t("product")}</span>
            <input type="hidden" name="san-pham" value={product.slug} />
            <span lang="vi">{product.name}</span> <Link to={keep({ "san-pham": null, tim: null })}>{t("productClear")}</Link>
          </div>
        ) : (
          <div className="field">
            <label htmlFor="db-tim">{t("product")}</label>
            <input id="db-tim" name="tim" type="search" defaultValue={params.productQuery ?? ""} placeholder={t("productPlaceholder")} maxLength={100} />
          </div>
        )}
        <div className="field">
          <label htmlFor="db-tinh">{t("province")}</label>
          <select id="db-tinh" name="tinh" defaultValue={params.provinceCode ?? ""}>
            <option value="">{t("allProvinces")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="db-loai">{t("kind")}</label>
          <select id="db-loai" name="loai" defaultValue={params.kind ?? ""}>
            <option value="">{t("allKinds")}</option>
            {SALES_POINT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--check">
          <input id="db-mo-cua" type="checkbox" name="mo-cua" value="1" defaultChecked={params.openNow} />
          <label htmlFor="db-mo-cua">{t("openNow")}</label>
        </div>
        <button type="submit" className="button">
          {t("apply")}
        </button>
        <NearMeButton formId="loc-diem-ban" />
      </Form>

      {choices ? (
        <section aria-labelledby="db-chon">
          <h2 id="db-chon">{t("productChoices")}</h2>
          {choices.length === 0 ? (
            <p>{t("productNone", { query: params.productQuery ?? "" })}</p>
          ) : (
            <ul className="choice-list">
              {choices.map((c) => (
                <li key={c.id}>
                  <Link to={keep({ "san-pham": c.slug, tim: null })} lang="vi">
                    {c.name}
                  </Link>{" "}
                  <small lang="vi">{c.producer.name}</small>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <div className="sales-points-layout">
        <div className="sales-points-layout__map">
          <SalesPointMap points={mapPoints} tileUrl={loaderData.tileUrl} centre={centre} label={t("mapLabel")} />
          <p className="hint">{t("mapNoTiles")}</p>
        </div>
        <section className="sales-points-layout__list" aria-labelledby="db-ds">
          <h2 id="db-ds">{t("count", { count: points.length })}</h2>
          <p className="hint">
            {origin
              ? t("sortedFrom", { place: origin.kind === "location" ? t("yourLocation") : t("provinceCentre", { province: origin.provinceName ?? "" }) })
              : t("noDistanceHint")}
          </p>
          {points.length === 0 ? <p>{t("none")}</p> : null}
          <ol className="sales-point-list" data-testid="sales-point-list">
            {points.map((p, i) => (
              <SalesPointCard key={p.id} point={p} index={i} />
            ))}
          </ol>
          {online.length ? (
            <>
              <h2>{t("online")}</h2>
              <ul className="sales-point-list">
                {online.map((p) => (
                  <SalesPointCard key={p.id} point={p} />
                ))}
              </ul>
            </>
          ) : null}
          <p>
            <Link to={localeHref("salesPointRegister", locale)}>{t("registerLink")}</Link>
          </p>
        </section>
      </div>
    </div>
  );
}
