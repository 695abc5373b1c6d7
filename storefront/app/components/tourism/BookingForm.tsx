import { useLocale, useTranslations } from "use-intl";
import type { SlotFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/format";
import { vietnamTime } from "../../lib/tourism";

export type SlotState = "OPEN" | "CLOSED" | "PAST" | "FULL";

/** Why a slot can or cannot be booked now (the API's `bookable` decides; this says why not). */
export function slotState(slot: Pick<SlotFieldsFragment, "bookable" | "closedAt" | "remaining">): SlotState {
  if (slot.bookable) return "OPEN";
  if (slot.closedAt) return "CLOSED";
  if (slot.remaining <= 0) return "FULL";
  return "PAST";
}

/**
 * The slots of one Vietnam day with the places left: the area of the experience page where a visitor
 * books. It lists the slots (read-only for now); the booking part (party size per unit type, a slot
 * radio, `<form method="post">` with `intent=book` to the current route) is added by the bookings work
 * in this component, which is why it carries the experience's prices already.
 */
export function BookingForm({
  date,
  slots,
}: {
  experienceId: string;
  date: string;
  slots: readonly SlotFieldsFragment[];
  prices: readonly { unitType: string; label?: string | null; seats: number; price: { amount: number } }[];
  maxPartySize: number;
}) {
  const t = useTranslations("tourism");
  const locale = useLocale();
  const stateLabel: Record<SlotState, string> = { OPEN: t("slotOpen"), CLOSED: t("slotClosed"), PAST: t("slotPast"), FULL: t("slotFull") };
  return (
    <div className="booking" data-testid="booking-slots">
      <h3>{t("slotsOn", { date: formatDate(date, locale) })}</h3>
      {slots.length ? (
        <ul className="slot-list">
          {slots.map((slot) => {
            const state = slotState(slot);
            return (
              <li key={slot.id} className={`slot slot--${state.toLowerCase()}`} data-testid="slot">
                <span className="slot__time">
                  {vietnamTime(slot.startsAt, locale)}–{vietnamTime(slot.endsAt, locale)}
                </span>
                <span className="slot__remaining">{state === "CLOSED" ? stateLabel.CLOSED : t("remaining", { count: Math.max(slot.remaining, 0) })}</span>
                <span className="slot__state">{state === "OPEN" || state === "CLOSED" ? (slot.closeReason ?? "") : stateLabel[state]}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="notice">{t("noSlots")}</p>
      )}
    </div>
  );
}
