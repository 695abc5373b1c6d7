import { data, redirect, type RouterContextProvider } from "react-router";
import { localeHref, type Locale } from "../i18n";
import { mutate } from "./apollo.server";
import { CartBookingAddMutation } from "./operations.server";
import { formText, typedQuantity } from "./shop";
import { BOOKING_FORM_ERRORS, type BookingFormAnswer, type BookingFormError } from "./booking-form";

/**
 * The booking form's `intent=book` (posted to the experience page's own action): the slot and a
 * quantity per unit type go to cartBookingAdd (prices are the API's); on success the cart, else
 * the form again with what was typed and the error in the page's language.
 */
export async function bookFromForm(context: Readonly<RouterContextProvider>, form: FormData, locale: Locale) {
  const slotId = formText(form, "slotId");
  const quantities: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("unit:") && typeof value === "string") quantities[key.slice(5)] = value.slice(0, 10);
  }
  const fail = (error: BookingFormError, field: "slotId" | "units") =>
    data<{ book: BookingFormAnswer }>({ book: { slotId, quantities, error, field } }, { status: 400 });
  if (!slotId) return fail("SLOT_REQUIRED", "slotId");
  const units: { unitType: string; quantity: number }[] = [];
  for (const [unitType, text] of Object.entries(quantities)) {
    if (!text.trim()) continue;
    const quantity = typedQuantity(text);
    if (quantity === null) return fail("PARTY_SIZE_INVALID", "units");
    units.push({ unitType, quantity });
  }
  const result = (
    await mutate(context, CartBookingAddMutation, {
      input: { slotId, units: units as { unitType: never; quantity: number }[] },
    })
  ).cartBookingAdd;
  const problem = result.userErrors[0];
  if (problem) {
    const code = (BOOKING_FORM_ERRORS as readonly string[]).includes(problem.code) ? (problem.code as BookingFormError) : "generic";
    return fail(code, problem.field?.[1] === "slotId" ? "slotId" : "units");
  }
  throw redirect(`${localeHref("cart", locale)}?dat-cho`);
}
