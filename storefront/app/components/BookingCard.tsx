import { Form } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { formatDateTime, formatVnd } from "../lib/format";
import { BookingSummary } from "./BookingSummary";

export interface BookingCardData {
  id: string;
  state: string;
  experienceName: string;
  pointName?: string | null;
  startsAt: string;
  slotChanged: boolean;
  slotClosed: boolean;
  slotStartsAt?: string | null;
  cancellable: boolean;
  cancellationDeadline: string;
  operatorResponseDeadline?: string | null;
  cancelReason?: string | null;
  cancelledBy?: string | null;
  total: { amount: number };
  refund?: { route: string; amount: { amount: number } } | null;
  units: { unitType: string; label?: string | null; quantity: number; unitPrice?: { amount: number } }[];
}

export type BookingCancelAnswer = { bookingId: string; error: string | null } | null | undefined;

/**
 * A booking on the order page and in "my bookings": its state, the free-cancellation deadline (or
 * that the operator changed the slot, which makes cancelling free at any time) and the cancel
 * button, a plain form posting `intent=cancelBooking` to the page's own action.
 */
export function BookingCard({ booking, answer }: { booking: BookingCardData; answer?: BookingCancelAnswer }) {
  const t = useTranslations("booking");
  const locale = useLocale();
  const live = booking.state === "PENDING_PAYMENT" || booking.state === "AWAITING_OPERATOR" || booking.state === "CONFIRMED";
  const mine = answer?.bookingId === booking.id ? answer : null;
  return (
    <article className="sub-order booking-card" data-testid="booking">
      <header className="sub-order__header">
        <h3>
          <BookingSummary booking={booking} prices />
        </h3>
        <span className={`state state--${booking.state.toLowerCase()}`} data-testid="booking-state">
          {t(`states.${booking.state as "CONFIRMED"}`)}
        </span>
      </header>
      <p>
        <strong>{formatVnd(booking.total.amount, locale)}</strong>
      </p>
      {live && booking.slotChanged ? (
        <p className="notice notice--warning" data-testid="slot-changed">
          {t("slotChanged")}{" "}
          {!booking.slotClosed && booking.slotStartsAt ? t("slotMovedTo", { time: formatDateTime(booking.slotStartsAt, locale) }) : null}
        </p>
      ) : null}
      {live && !booking.slotChanged ? (
        <p className="muted" data-testid="cancellation-deadline">
          {booking.cancellable
            ? t("cancellableUntil", { time: formatDateTime(booking.cancellationDeadline, locale) })
            : t("cancellationClosed", { time: formatDateTime(booking.cancellationDeadline, locale) })}
        </p>
      ) : null}
      {booking.state === "AWAITING_OPERATOR" && booking.operatorResponseDeadline ? (
        <p className="muted" data-testid="operator-response-deadline">
          {t("awaitingUntil", { time: formatDateTime(booking.operatorResponseDeadline, locale) })}
        </p>
      ) : null}
      <CancelledBy booking={booking} />
      {booking.refund ? (
        <p className="muted">
          {t(booking.refund.route === "CARD" ? "refundCard" : "refundByHand", { amount: formatVnd(booking.refund.amount.amount, locale) })}
        </p>
      ) : null}
      {mine && !mine.error ? (
        <p className="notice notice--success" role="status">
          {t("cancelled")}
        </p>
      ) : null}
      {live && booking.cancellable ? (
        <Form method="post" className="cart-line-form">
          <input type="hidden" name="bookingId" value={booking.id} />
          <button type="submit" name="intent" value="cancelBooking" className="button button--secondary" aria-label={t("cancelLabel", { name: booking.experienceName })}>
            {t("cancel")}
          </button>
        </Form>
      ) : null}
      {mine?.error ? (
        <p className="field-error" role="alert">
          {t(`errors.${mine.error as "generic"}`)}
        </p>
      ) : null}
    </article>
  );
}

/**
 * Who ended it: the operator's reason is its own words (shown as written); the shopper's and the
 * system's are said in the page's language (the API's reasons for those are English notes).
 */
export function CancelledBy({ booking }: { booking: { state: string; cancelledBy?: string | null; cancelReason?: string | null } }) {
  const t = useTranslations("booking");
  if (booking.cancelledBy === "SHOPPER") return <p className="muted">{t("cancelledByShopper")}</p>;
  if (booking.cancelledBy === "SYSTEM" && booking.state === "DECLINED") return <p className="muted">{t("declinedUnanswered")}</p>;
  if (booking.cancelledBy === "SYSTEM") return <p className="muted">{t("cancelledBySystem")}</p>;
  if (booking.cancelledBy === "OPERATOR" && booking.cancelReason) return <p className="muted">{t("cancelledByOperator", { reason: booking.cancelReason })}</p>;
  return null;
}

const BOOKING_ACTION_ERRORS = ["NOT_FOUND", "INVALID_STATE", "CANCELLATION_WINDOW_CLOSED", "REASON_REQUIRED", "PAYMENT_GATEWAY_FAILED", "RESPONSE_DEADLINE_PASSED"];

/** The API's booking userError code as a key of booking.errors ("generic" for anything else). */
export function bookingErrorKey(code: string): string {
  return BOOKING_ACTION_ERRORS.includes(code) ? code : "generic";
}
