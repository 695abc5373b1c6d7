/** What the booking form shows again after a refusal: what was chosen and typed, and why (a key of booking.errors). */
export const BOOKING_FORM_ERRORS = [
  "SLOT_REQUIRED",
  "SLOT_NOT_FOUND",
  "SLOT_IN_PAST",
  "SLOT_CLOSED",
  "BOOKING_CUTOFF_PASSED",
  "PARTY_SIZE_INVALID",
  "UNIT_TYPE_NOT_OFFERED",
  "CAPACITY_EXCEEDED",
  "TOO_MANY_BOOKINGS",
  "generic",
] as const;
export type BookingFormError = (typeof BOOKING_FORM_ERRORS)[number];

export interface BookingFormAnswer {
  slotId: string;
  quantities: Record<string, string>;
  error: BookingFormError;
  field: "slotId" | "units";
}
