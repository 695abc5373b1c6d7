import { Form, useNavigation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import type { BookingFormAnswer } from "../lib/booking-form";
import { formatDateTime, formatVnd } from "../lib/format";

export interface BookingFormSlot {
  id: string;
  startsAt: string;
  remaining: number;
  bookable: boolean;
}

export interface BookingFormPrice {
  unitType: string;
  label?: string | null;
  price: { amount: number };
}

/**
 * "Đặt chỗ" on an experience page: a slot (radio, with the places left) and a quantity per unit
 * type, posted as `intent=book` to the page's own action (lib/booking-form.server.ts), which adds
 * it to the cart. Works without JavaScript; a refusal comes back with everything as chosen.
 */
export function BookingForm({
  slots,
  prices,
  maxPartySize,
  answer,
}: {
  slots: readonly BookingFormSlot[];
  prices: readonly BookingFormPrice[];
  maxPartySize: number;
  answer?: BookingFormAnswer | null;
}) {
  const t = useTranslations("booking");
  const locale = useLocale();
  const busy = useNavigation().state === "submitting";
  const firstOpen = slots.find((s) => s.bookable)?.id ?? "";
  const chosen = answer?.slotId ?? firstOpen;
  const slotError = answer?.field === "slotId" ? t(`errors.${answer.error}`) : null;
  const unitsError = answer?.field === "units" ? t(`errors.${answer.error}`) : null;
  return (
    <section className="booking-form" aria-labelledby="dat-cho">
      <h2 id="dat-cho">{t("formHeading")}</h2>
      {slots.length === 0 ? (
        <p className="muted">{t("noSlots")}</p>
      ) : (
        <Form method="post" className="workspace-form" noValidate>
          <fieldset className="choice-group" aria-describedby={slotError ? "slot-error" : undefined}>
            <legend>{t("chooseSlot")}</legend>
            {slots.map((slot) => (
              <label key={slot.id} className="choice">
                <input type="radio" name="slotId" value={slot.id} defaultChecked={chosen === slot.id} disabled={!slot.bookable} />
                {slot.bookable
                  ? t("slotOption", { time: formatDateTime(slot.startsAt, locale), remaining: slot.remaining })
                  : t("slotFull", { time: formatDateTime(slot.startsAt, locale) })}
              </label>
            ))}
            {slotError ? (
              <p className="field-error" id="slot-error" role="alert">
                {slotError}
              </p>
            ) : null}
          </fieldset>
          <fieldset aria-describedby={unitsError ? "units-error" : "units-hint"}>
            <legend>{t("partyHeading")}</legend>
            <p className="muted" id="units-hint">
              {t("partyMax", { count: maxPartySize })}
            </p>
            {prices.map((p, k) => (
              <div key={p.unitType} className="field">
                <label htmlFor={`unit-${p.unitType}`}>
                  {p.label ?? t(`units.${p.unitType as "ADULT"}`)} · <span className="muted">{t("unitPrice", { price: formatVnd(p.price.amount, locale) })}</span>
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
            <button type="submit" name="intent" value="book" className="button" disabled={busy}>
              {t("addToCart")}
            </button>
          </div>
        </Form>
      )}
    </section>
  );
}
