/**
 * When the operator must have answered an on-request booking that started awaiting them at
 * `awaitingSince` (paid, or placed to pay at the point):
 *   min(awaitingSince + responseHours, startsAt − bookingCutoffHours)
 * so the shopper knows before the cut-off, like any booking made in time. A booking that starts
 * awaiting after the cut-off (a bank transfer arriving late, within its hold) cannot keep that rule;
 * its deadline is then min(awaitingSince + responseHours, startsAt): the operator may still answer
 * until the start, never after.
 */
export function operatorResponseDeadline(
  awaitingSince: Date,
  slot: { startsAt: Date; bookingCutoffHours: number },
  responseHours: number,
): Date {
  const HOUR = 3_600_000;
  const answered = awaitingSince.getTime() + responseHours * HOUR;
  const cutoff = slot.startsAt.getTime() - slot.bookingCutoffHours * HOUR;
  const limit = cutoff > awaitingSince.getTime() ? cutoff : slot.startsAt.getTime();
  return new Date(Math.min(answered, limit));
}

/** Default of BOOKING_OPERATOR_RESPONSE_HOURS (config.ts). */
export const DEFAULT_OPERATOR_RESPONSE_HOURS = 48;

/** Why the system declined a booking the operator left unanswered (stored and mailed: both languages). */
export const UNANSWERED_REASON = 'Đơn vị điều hành không trả lời trước hạn. / The operator did not answer in time.';
