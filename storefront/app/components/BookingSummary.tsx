import { useLocale, useTranslations } from "use-intl";
import { formatDateTime, formatVnd } from "../lib/format";

export interface BookingSummaryData {
  experienceName: string | null;
  pointName?: string | null;
  startsAt: string | null;
  units: { unitType: string; label?: string | null; quantity: number; unitPrice?: { amount: number } }[];
}

/** A booking as shoppers read it everywhere (cart, checkout, order, my bookings): what, where, when, who. */
export function BookingSummary({ booking, prices = false }: { booking: BookingSummaryData; prices?: boolean }) {
  const t = useTranslations("booking");
  const locale = useLocale();
  const dataLang = locale === "vi" ? undefined : "vi";
  return (
    <span className="booking-summary">
      <strong lang={dataLang}>{booking.experienceName}</strong>
      {booking.pointName ? (
        <span className="muted" lang={dataLang}>
          {" "}
          · {booking.pointName}
        </span>
      ) : null}
      {booking.startsAt ? <span className="booking-summary__when"> · {formatDateTime(booking.startsAt, locale)}</span> : null}
      <span className="booking-summary__units muted">
        {" "}
        ·{" "}
        {booking.units
          .map((u) => {
            const unit = t("unitLine", { quantity: u.quantity, unit: t(`units.${u.unitType as "ADULT"}`) });
            return prices && u.unitPrice ? `${unit} (${formatVnd(u.unitPrice.amount, locale)})` : unit;
          })
          .join(", ")}
      </span>
    </span>
  );
}
