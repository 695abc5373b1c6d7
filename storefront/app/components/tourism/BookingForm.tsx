import { Form, useNavigation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import type { SlotFieldsFragment } from "../../gql/graphql";
import type { BookingFormAnswer } from "../../lib/booking-form";
import { formatDate, formatVnd } from "../../lib/format";
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
 * The slots of one Vietnam day with the places left, and the booking form over them: a slot radio,
 * a quantity per unit type (the experience's prices), "Thêm vào giỏ" posting `intent=book` to the
 * experience page's own action (lib/booking-form.server.ts → cartBookingAdd → the cart). Works
 * without JavaScript; a refusal comes back with the slot and the quantities as chosen and the
 * reason in the page's language.
 */
export function BookingForm({
  date,
  slots,
  prices,
  maxPartySize,
  answer,
}: {
  experienceId: string;
  date: string;
  slots: readonly SlotFieldsFragment[];
  prices: readonly { unitType: string; label?: string | null; seats: number; price: { amount: number } }[];
  maxPartySize: number;
  answer?: BookingFormAnswer | null;
}) {
  const t = useTranslations("tourism");
  const tBooking = useTranslations("booking");
  const locale = useLocale();
  const busy = useNavigation().state === "submitting";
  const stateLabel: Record<SlotState, string> = { OPEN: t("slotOpen"), CLOSED: t("slotClosed"), PAST: t("slotPast"), FULL: t("slotFull") };
  const chosen = answer?.slotId ?? slots.find((s) => s.bookable)?.id ?? "";
  const slotError = answer?.field === "slotId" ? tBooking(`errors.${answer.error}`) : null;
  const unitsError = answer?.field === "units" ? tBooking(`errors.${answer.error}`) : null;
  const bookable = slots.some((s) => s.bookable);
  return (
    <div className="booking" data-testid="booking-slots">
      {slots.length ? (
        <Form method="post" className="workspace-form booking__form" noValidate>
          <fieldset className="choice-group" aria-describedby={slotError ? "slot-error" : undefined}>
            <legend>{t("slotsOn", { date: formatDate(date, locale) })}</legend>
            <ul className="slot-list">
              {slots.map((slot) => {
                const state = slotState(slot);
                return (
                  <li key={slot.id} className={`slot slot--${state.toLowerCase()}`} data-testid="slot">
                    <label className="choice">
                      <input type="radio" name="slotId" value={slot.id} defaultChecked={chosen === slot.id} disabled={state !== "OPEN"} />
                      <span className="slot__time">
                        {vietnamTime(slot.startsAt, locale)}–{vietnamTime(slot.endsAt, locale)}
                      </span>{" "}
                      <span className="slot__remaining">{state === "CLOSED" ? stateLabel.CLOSED : t("remaining", { count: Math.max(slot.remaining, 0) })}</span>{" "}
                      <span className="slot__state">{state === "OPEN" || state === "CLOSED" ? (slot.closeReason ?? "") : stateLabel[state]}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
            {slotError ? (
              <p className="field-error" id="slot-error" role="alert">
                {slotError}
              </p>
            ) : null}
          </fieldset>
          {bookable ? (
            <>
              <fieldset aria-describedby={unitsError ? "units-error" : "units-hint"}>
                <legend>{tBooking("partyHeading")}</legend>
                <p className="muted" id="units-hint">
                  {tBooking("partyMax", { count: maxPartySize })}
                </p>
                {prices.map((p, k) => (
                  <div key={p.unitType} className="field field--inline">
                    <label htmlFor={`unit-${p.unitType}`}>
                      {p.label ?? tBooking(`units.${p.unitType as "ADULT"}`)}{" "}
                      <span className="muted">({tBooking("unitPrice", { price: formatVnd(p.price.amount, locale) })})</span>
                    </label>
                    <input
                      id={`unit-${p.unitType}`}
                      name={`unit:${p.unitType}`}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={maxPartySize}
                      defaultValue={answer ? (answer.quantities[p.unitType] ?? "0") : k === 0 ? "2" : "0"}
                      aria-invalid={unitsError ? true : undefined}
                    />
                  </div>
                ))}
                {unitsError ? (
                  <p className="field-error" id="units-error" role="alert">
                    {unitsError}
                  </p>
                ) : null}
              </fieldset>
              <div>
                <button type="submit" name="intent" value="book" className="button" disabled={busy} data-testid="book">
                  {tBooking("addToCart")}
                </button>
              </div>
            </>
          ) : null}
        </Form>
      ) : (
        <>
          <h3>{t("slotsOn", { date: formatDate(date, locale) })}</h3>
          <p className="notice">{t("noSlots")}</p>
        </>
      )}
    </div>
  );
}
