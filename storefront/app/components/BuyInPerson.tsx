import { Form, Link, useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import type { SalesPointCardFieldsFragment } from "../gql/graphql";
import { localeHref } from "../i18n";
import { NearMeButton } from "./NearMeButton";
import { SalesPointCard } from "./SalesPointList";

/**
 * "Mua trực tiếp tại": the nearest approved points that carry the product, from a chosen province's
 * centre (a GET select, works without JavaScript) or the browser's location (on consent).
 */
export function BuyInPerson(props: {
  productSlug: string;
  points: readonly SalesPointCardFieldsFragment[];
  total: number;
  provinces: readonly { code: string; name: string }[];
  provinceCode: string | null;
  origin: { kind: "location" | "province"; provinceName: string | null } | null;
}) {
  const t = useTranslations("salesPoints");
  const locale = useLocale();
  const { pathname } = useLocation();
  const mapHref = `${localeHref("salesPoints", locale)}?san-pham=${encodeURIComponent(props.productSlug)}${props.provinceCode ? `&tinh=${props.provinceCode}` : ""}`;
  return (
    <section className="buy-in-person" aria-labelledby="mua-truc-tiep" id="mua-truc-tiep-tai">
      <h2 id="mua-truc-tiep">{t("buyInPerson")}</h2>
      <Form method="get" action={`${pathname}#mua-truc-tiep-tai`} className="filter-row" id="mua-truc-tiep-form" preventScrollReset>
        <div className="field">
          <label htmlFor="mtt-tinh">{t("province")}</label>
          <select id="mtt-tinh" name="tinh" defaultValue={props.provinceCode ?? ""}>
            <option value="">{t("allProvinces")}</option>
            {props.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("show")}
        </button>
        <NearMeButton formId="mua-truc-tiep-form" />
      </Form>
      {props.origin ? (
        <p className="hint">
          {t("sortedFrom", { place: props.origin.kind === "location" ? t("yourLocation") : t("provinceCentre", { province: props.origin.provinceName ?? "" }) })}
        </p>
      ) : null}
      {props.points.length === 0 ? (
        <p>{t("buyInPersonNone")}</p>
      ) : (
        <ol className="sales-point-list">
          {props.points.map((p, i) => (
            <SalesPointCard key={p.id} point={p} index={i} />
          ))}
        </ol>
      )}
      <p>
        <Link to={mapHref}>{t("seeOnMap")}</Link>
      </p>
    </section>
  );
}
