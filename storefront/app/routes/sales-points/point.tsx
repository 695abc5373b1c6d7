import { data, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { productHref } from "../../components/ProductCard";
import { localeFromPathname, localeHref, translatorFor } from "../../i18n";
import { query } from "../../lib/apollo.server";
import { env } from "../../lib/env.server";
import { SalesPointPageQuery } from "../../lib/operations.server";
import { localOpening } from "../../lib/sales-points";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../../lib/seo";
import type { Route } from "./+types/point";

const MAX_SLUG_LENGTH = 200;

/** An approved sales point's page; pending or unknown points are a 404 (pending ones are for their managers only). */
export async function loader({ request, url, params, context }: Route.LoaderArgs) {
  const slug = params.slug;
  if (!slug || slug.length > MAX_SLUG_LENGTH) throw data(null, { status: 404 });
  const { salesPoint } = await query(context, SalesPointPageQuery, { slug });
  if (!salesPoint || salesPoint.approval !== "APPROVED") throw data(null, { status: 404 });
  const origin = publicOrigin(request.url, env.siteUrl);
  return { point: salesPoint, urls: pageUrls(origin, localeFromPathname(url.pathname), "salesPoint", { slug: salesPoint.slug }) };
}

export function meta({ loaderData, location }: Route.MetaArgs): Route.MetaDescriptors {
  if (!loaderData) return [];
  const t = translatorFor(localeFromPathname(location.pathname));
  const { point, urls } = loaderData;
  return [
    { title: pageTitle(point.name, t("salesPoints.nav")) },
    { name: "description", content: t("salesPoints.pointDescription", { name: point.name, kind: t(`salesPoints.kinds.${point.kind}`), place: point.province.name }) },
    ...localeLinks(urls),
  ];
}

/** OpenStreetMap at the point, with a marker: works without our map script and tiles. */
function osmHref(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
}

export default function SalesPointPage({ loaderData }: Route.ComponentProps) {
  const t = useTranslations("salesPoints");
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const { point } = loaderData;
  const dataLang = locale === "vi" ? undefined : "vi";
  const days = [1, 2, 3, 4, 5, 6, 7];
  const online = point.kind === "ONLINE_CHANNEL";
  return (
    <article className="sales-point-page narrow-page">
      <nav aria-label={tCommon("breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to={localeHref("home", locale)}>{tCommon("navHome")}</Link>
          </li>
          <li>
            <Link to={localeHref("salesPoints", locale)}>{t("nav")}</Link>
          </li>
        </ol>
      </nav>
      <h1 lang={dataLang}>{point.name}</h1>
      <p className="sales-point__kind">
        {t(`kinds.${point.kind}`)}
        {point.chainName ? ` · ${point.chainName}` : ""}
      </p>
      {point.addressLine || !online ? (
        <p lang={dataLang} data-testid="point-address">
          {point.addressLine ? `${point.addressLine}, ` : ""}
          {point.province.name}
        </p>
      ) : null}
      <p className="sales-point-page__links">
        {point.latitude != null && point.longitude != null ? (
          <>
            <a href={osmHref(point.latitude, point.longitude)} rel="noopener" target="_blank" data-testid="map-link">
              {t("openMap")}
            </a>
            {" · "}
          </>
        ) : null}
        <Link to={`${localeHref("salesPoints", locale)}#diem-${point.slug}`}>{t("seeOnMapPage")}</Link>
        {point.url ? (
          <>
            {" · "}
            <a href={point.url} rel="noopener nofollow" target="_blank">
              {t("visitShop")}
            </a>
          </>
        ) : null}
      </p>
      {point.contact.phone || point.contact.email ? (
        <p>
          {point.contact.phone ? <a href={`tel:${point.contact.phone.replace(/[^0-9+]/g, "")}`}>{point.contact.phone}</a> : null}
          {point.contact.phone && point.contact.email ? " · " : null}
          {point.contact.email ? <a href={`mailto:${point.contact.email}`}>{point.contact.email}</a> : null}
        </p>
      ) : null}

      {online ? null : (
        <section aria-labelledby="gio-mo-cua">
          <h2 id="gio-mo-cua">{t("weekHours", { zone: point.timeZone })}</h2>
          {point.openingHours.length === 0 ? (
            <p>{t("hoursUnknown")}</p>
          ) : (
            <>
              <p>
                <span className={point.openNow ? "badge badge--open" : "badge badge--closed"}>{point.openNow ? t("openNowBadge") : t("closedBadge")}</span>
                {!point.openNow && point.opensAt ? ` ${t("opensAt", { time: localOpening(point.opensAt, point.timeZone, locale) })}` : null}
              </p>
              <table className="workspace-table" data-testid="point-hours">
                <tbody>
                  {days.map((day) => {
                    const intervals = point.openingHours.filter((h) => h.day === day);
                    return (
                      <tr key={day}>
                        <th scope="row">{t(`days.${String(day) as "1"}`)}</th>
                        <td>
                          {intervals.length === 0
                            ? t("closedDay")
                            : intervals.map((h) => (h.closes <= h.opens ? t("overnight", { opens: h.opens, closes: h.closes }) : `${h.opens}–${h.closes}`)).join(", ")}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="san-pham-tai-diem">
        <h2 id="san-pham-tai-diem">{t("pointProducts")}</h2>
        {point.products.nodes.length === 0 ? (
          <p>{t("pointProductsNone")}</p>
        ) : (
          <ul className="plain-list" data-testid="point-products">
            {point.products.nodes.map((l) => (
              <li key={l.product.id}>
                <Link to={productHref(l.product.slug, locale)} lang={dataLang}>
                  {l.product.name}
                </Link>{" "}
                <span className="muted" lang={dataLang}>
                  · {l.product.producer.name}
                </span>
                {l.stockLevel ? <span className="muted"> · {t(`stock.${l.stockLevel}`)}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
