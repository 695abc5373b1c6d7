import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { localeHref } from "../i18n";
import type { SalesPointCardFieldsFragment } from "../gql/graphql";
import { formatKm, groupedHours, localOpening } from "../lib/sales-points";

/** The days of a group of intervals: "Thứ Hai–Thứ Sáu" for a run, else a list. */
function DayList({ days }: { days: number[] }) {
  const t = useTranslations("salesPoints");
  const name = (d: number) => t(`days.${String(d) as "1"}`);
  const run = days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  if (days.length === 7) return <>{`${name(1)}–${name(7)}`}</>;
  return <>{run && days.length > 2 ? `${name(days[0]!)}–${name(days.at(-1)!)}` : days.map(name).join(", ")}</>;
}

/** One sales point as the list shows it: name, kind, distance, address, today's state and hours. */
export function SalesPointCard({ point, index }: { point: SalesPointCardFieldsFragment; index?: number }) {
  const t = useTranslations("salesPoints");
  const locale = useLocale();
  return (
    <li className="sales-point" data-testid="sales-point" id={`diem-${point.slug}`}>
      <div className="sales-point__head">
        {index !== undefined ? <span className="sales-point__index" aria-hidden="true">{index + 1}</span> : null}
        <h3 className="sales-point__name" lang="vi">
          <Link to={localeHref("salesPoint", locale, { slug: point.slug })}>{point.name}</Link>
        </h3>
        {point.distanceKm != null ? (
          <span className="sales-point__distance" data-testid="distance">
            {t("distance", { km: formatKm(point.distanceKm, locale) })}
          </span>
        ) : null}
      </div>
      <p className="sales-point__kind">
        {t(`kinds.${point.kind}`)}
        {point.chainName ? ` · ${point.chainName}` : ""}
      </p>
      {point.addressLine ? (
        <p className="sales-point__address" lang="vi">
          {point.addressLine}, {point.province.name}
        </p>
      ) : null}
      {point.kind === "ONLINE_CHANNEL" && point.url ? (
        <p>
          <a href={point.url} rel="noopener nofollow" target="_blank">
            {t("visitShop")}
          </a>
        </p>
      ) : (
        <p className="sales-point__hours">
          {point.openingHours.length === 0 ? (
            t("hoursUnknown")
          ) : (
            <>
              <span className={point.openNow ? "badge badge--open" : "badge badge--closed"}>{point.openNow ? t("openNowBadge") : t("closedBadge")}</span>
              {!point.openNow && point.opensAt ? ` ${t("opensAt", { time: localOpening(point.opensAt, point.timeZone, locale) })}` : null}
              <br />
              <small>
                {groupedHours(point.openingHours).map((g, i) => (
                  <span key={i}>
                    {i > 0 ? "; " : ""}
                    <DayList days={g.days} />: {g.closes <= g.opens ? t("overnight", { opens: g.opens, closes: g.closes }) : `${g.opens}–${g.closes}`}
                  </span>
                ))}
              </small>
            </>
          )}
        </p>
      )}
      {point.contact.phone ? (
        <p>
          <a href={`tel:${point.contact.phone.replace(/[^0-9+]/g, "")}`}>{point.contact.phone}</a>
        </p>
      ) : null}
    </li>
  );
}
