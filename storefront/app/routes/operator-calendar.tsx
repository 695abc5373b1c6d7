import { data, Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { WorkspaceLayout } from "../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { mutate, query } from "../lib/apollo.server";
import { formatDate, formatDateTime } from "../lib/format";
import {
  BookingCompleteMutation,
  BookingConfirmMutation,
  BookingDeclineMutation,
  BookingOperatorCancelMutation,
  CalendarOperatorsQuery,
  CalendarSlotCloseMutation,
  OperatorCalendarQuery,
} from "../lib/operations.server";
import { pageTitle } from "../lib/seo";
import { formText } from "../lib/shop";
import { requireViewer } from "../lib/workspace.server";
import type { Route } from "./+types/operator-calendar";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("booking.calendarTitle")) }, { name: "robots", content: "noindex" }];
}

const DAY = 86_400_000;
const VIETNAM_OFFSET = 7 * 3_600_000;

/** The Monday (Vietnam calendar) of the week holding `day` (YYYY-MM-DD), or of today. */
export function weekStart(day: string | null, now = new Date()): string {
  const valid = day && /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`));
  const base = valid ? new Date(`${day}T00:00:00Z`) : new Date(new Date(now.getTime() + VIETNAM_OFFSET).toISOString().slice(0, 10) + "T00:00:00Z");
  const weekday = (base.getUTCDay() + 6) % 7;
  return new Date(base.getTime() - weekday * DAY).toISOString().slice(0, 10);
}

const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * The operator's week (`?tuan=<a day of it>`, `?don-vi=<operator slug>`): days × slots with their
 * places (booked, held, free) and bookings, from operatorBookings (members of the operator, admins).
 */
export async function loader({ context, url }: Route.LoaderArgs) {
  const { viewer, access } = await requireViewer(context, url, "operator");
  // Members see their operators; an admin may open any approved operator's calendar.
  const operators = access.admin
    ? (await query(context, CalendarOperatorsQuery)).tourismOperators.nodes
    : viewer.roles.flatMap((r) => ("operator" in r && r.operator ? [r.operator] : []));
  const wanted = url.searchParams.get("don-vi");
  const operator = operators.find((o) => o.slug === wanted) ?? operators[0] ?? null;
  const week = weekStart(url.searchParams.get("tuan"));
  if (!operator) return { operator: null, operators, week, days: [] };
  // Vietnam midnight of the Monday, for 7 days.
  const from = new Date(Date.parse(`${week}T00:00:00Z`) - VIETNAM_OFFSET);
  const to = new Date(from.getTime() + 7 * DAY);
  const { operatorBookings } = await query(context, OperatorCalendarQuery, { operatorId: operator.id, from: from.toISOString(), to: to.toISOString() });
  // Slots already started (their confirmed bookings can be marked as having come), by the request's clock.
  const now = Date.now();
  const started = operatorBookings.days.flatMap((d) => d.slots).filter((s) => new Date(s.startsAt).getTime() <= now).map((s) => s.id);
  return { operator, operators, week, days: operatorBookings.days, started };
}

type Intent = "confirm" | "complete" | "decline" | "cancel" | "close";
type Answer = { intent: Intent; target: string; reason: string; error: string | null };

const ERRORS = ["NOT_FOUND", "INVALID_STATE", "REASON_REQUIRED", "PAYMENT_GATEWAY_FAILED", "NOT_STARTED", "RESPONSE_DEADLINE_PASSED"];
const errorKey = (code: string) => (ERRORS.includes(code) ? code : "generic");

/** One form per action: confirm, decline (reason), cancel (reason) a booking; close a slot (reason). */
export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url, "operator");
  const form = await request.formData();
  const intent = formText(form, "intent") as Intent;
  const target = formText(form, "target");
  const reason = formText(form, "reason").slice(0, 600);
  const answer = (error: string | null) => data<Answer>({ intent, target, reason, error }, { status: error ? 400 : 200 });
  let codes: { code: string }[];
  if (intent === "confirm") codes = (await mutate(context, BookingConfirmMutation, { input: { bookingId: target } })).bookingConfirm.userErrors;
  else if (intent === "complete") codes = (await mutate(context, BookingCompleteMutation, { input: { bookingId: target } })).bookingComplete.userErrors;
  else if (intent === "decline") codes = (await mutate(context, BookingDeclineMutation, { input: { bookingId: target, reason } })).bookingDecline.userErrors;
  else if (intent === "cancel") codes = (await mutate(context, BookingOperatorCancelMutation, { input: { bookingId: target, reason } })).bookingOperatorCancel.userErrors;
  else if (intent === "close") codes = (await mutate(context, CalendarSlotCloseMutation, { input: { slotId: target, reason: reason.trim() || null } })).experienceSlotClose.userErrors;
  else return answer("generic");
  return answer(codes.length ? errorKey(codes[0]!.code) : null);
}

/** One button acting on one booking (confirm, the party came), with its error beside it. */
function ButtonForm({ intent, target, label, answer }: { intent: Intent; target: string; label: string; answer: Answer | undefined }) {
  const t = useTranslations("booking");
  const mine = answer?.intent === intent && answer.target === target ? answer : undefined;
  return (
    <Form method="post" className="calendar-action">
      <input type="hidden" name="target" value={target} />
      <button type="submit" name="intent" value={intent} className="button button--small">
        {label}
      </button>
      {mine?.error ? (
        <p className="field-error" role="alert">
          {t(`errors.${mine.error as "generic"}`)}
        </p>
      ) : null}
    </Form>
  );
}

function ReasonForm({ intent, target, label, answer }: { intent: Intent; target: string; label: string; answer: Answer | undefined }) {
  const t = useTranslations("booking");
  const mine = answer?.intent === intent && answer.target === target ? answer : undefined;
  const id = `${intent}-${target}`;
  // Folded until needed (native <details>: no script); open again when its answer is an error.
  return (
    <details className="calendar-details" open={mine?.error ? true : undefined}>
      <summary>{label}</summary>
    <Form method="post" className="calendar-action">
      <input type="hidden" name="target" value={target} />
      <label htmlFor={id} className="visually-hidden">
        {intent === "close" ? t("closeReasonLabel") : t("reasonLabel")}
      </label>
      <input
        id={id}
        name="reason"
        placeholder={intent === "close" ? t("closeReasonLabel") : t("reasonLabel")}
        defaultValue={mine?.error ? mine.reason : ""}
        aria-invalid={mine?.error ? true : undefined}
        aria-describedby={mine?.error ? `${id}-error` : undefined}
      />
      <button type="submit" name="intent" value={intent} className="button button--small button--secondary">
        {label}
      </button>
      {mine?.error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t(`errors.${mine.error as "generic"}`)}
        </p>
      ) : null}
    </Form>
    </details>
  );
}

export default function OperatorCalendar({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("booking");
  const tOperator = useTranslations("operator");
  const locale = useLocale();
  const dataLang = locale === "vi" ? undefined : "vi";
  const { operator, operators, week, days } = loaderData;
  const here = localeHref("operatorCalendar", locale);
  const nav = [
    { href: localeHref("operatorWorkspace", locale), label: t("profileNav"), end: true },
    { href: here, label: t("calendarNav") },
  ];
  if (!operator) {
    return (
      <WorkspaceLayout title={tOperator("title")} nav={nav}>
        <h1>{t("calendarTitle")}</h1>
        <p>{t("noOperator")}</p>
      </WorkspaceLayout>
    );
  }
  const link = (day: string) => `${here}?tuan=${day}${operators.length > 1 ? `&don-vi=${encodeURIComponent(operator.slug)}` : ""}`;
  const others = operators.filter((o) => o.slug !== operator.slug);
  const done = actionData && !actionData.error ? actionData.intent : null;
  return (
    <WorkspaceLayout title={tOperator("title")} nav={nav}>
      <h1>{t("calendarTitle")}</h1>
      <p lang={dataLang} data-testid="calendar-operator">
        <strong>{operator.name}</strong>
      </p>
      {others.length ? (
        <Form method="get" className="filters filters--inline" data-testid="other-operators">
          <input type="hidden" name="tuan" value={week} />
          <div className="field">
            <label htmlFor="don-vi">{t("operatorLabel")}</label>
            <select id="don-vi" name="don-vi" defaultValue={operator.slug}>
              {operators.map((o) => (
                <option key={o.id} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t("showOperator")}
          </button>
        </Form>
      ) : null}
      <p>{t("weekOf", { from: formatDate(week, locale), to: formatDate(shiftDay(week, 6), locale) })}</p>
      <p className="calendar-nav">
        <Link to={link(shiftDay(week, -7))}>{t("previousWeek")}</Link> · <Link to={link(weekStart(null))}>{t("thisWeek")}</Link> ·{" "}
        <Link to={link(shiftDay(week, 7))}>{t("nextWeek")}</Link>
      </p>
      {done ? (
        <p className="notice notice--success" role="status">
          {t(`done.${done === "confirm" ? "confirmed" : done === "complete" ? "completed" : done === "decline" ? "declined" : done === "cancel" ? "cancelled" : "closed"}`)}
        </p>
      ) : null}
      <div className="calendar-week" data-testid="calendar-week">
        {days.map((day) => (
          <section key={day.date} className="calendar-day" aria-labelledby={`ngay-${day.date}`} data-testid="calendar-day">
            <h2 id={`ngay-${day.date}`}>{formatDate(day.date, locale)}</h2>
            {day.slots.length === 0 ? <p className="muted">{t("noSlotsDay")}</p> : null}
            {day.slots.map((slot) => (
              <article key={slot.id} className={`calendar-slot${slot.closed ? " calendar-slot--closed" : ""}`} data-testid="calendar-slot">
                <h3>
                  <span className="mono">{formatDateTime(slot.startsAt, locale).replace(/\s.*$/, "")}</span> <span lang={dataLang}>{slot.experienceName}</span>
                </h3>
                <p className="muted" data-testid="slot-places">
                  {t("slotPlaces", { booked: slot.booked, held: slot.held, remaining: slot.remaining, capacity: slot.capacity })}
                </p>
                {slot.closed ? (
                  <p className="badge">
                    {t("slotClosed")}
                    {slot.closeReason ? `: ${slot.closeReason}` : ""}
                  </p>
                ) : null}
                {slot.awaitingOperator ? <p className="badge badge--warning">{t("awaiting", { count: slot.awaitingOperator })}</p> : null}
                <ul className="plain-list calendar-bookings">
                  {slot.bookings.map((b) => {
                    const live = b.state === "PENDING_PAYMENT" || b.state === "AWAITING_OPERATOR" || b.state === "CONFIRMED";
                    return (
                      <li key={b.id} data-testid="calendar-booking" className={live ? undefined : "muted"}>
                        <span className={`state state--${b.state.toLowerCase()}`}>{t(`states.${b.state as "CONFIRMED"}`)}</span>{" "}
                        {b.units.map((u) => t("unitLine", { quantity: u.quantity, unit: t(`units.${u.unitType as "ADULT"}`) })).join(", ")} ·{" "}
                        <span className="mono">{b.orderNumber}</span>
                        {b.customer ? (
                          <span className="calendar-customer">
                            {" "}
                            · {b.customer.name ? `${b.customer.name}, ` : ""}
                            {b.customer.phone} · {b.customer.email}
                          </span>
                        ) : null}
                        {b.cancelledBy === "OPERATOR" && b.cancelReason ? <span className="muted"> · {t("reason", { reason: b.cancelReason })}</span> : null}
                        {b.cancelledBy === "SHOPPER" ? <span className="muted"> · {t("cancelledByShopper")}</span> : null}
                        {b.cancelledBy === "SYSTEM" ? <span className="muted"> · {t(b.state === "DECLINED" ? "declinedUnanswered" : "cancelledBySystem")}</span> : null}
                        {b.state === "AWAITING_OPERATOR" ? (
                          <>
                            {b.operatorResponseDeadline ? (
                              <p className="badge badge--warning calendar-deadline" data-testid="operator-response-deadline" title={t("answerByHint")}>
                                {t("answerBy", { time: formatDateTime(b.operatorResponseDeadline, locale) })}
                              </p>
                            ) : null}
                            <ButtonForm intent="confirm" target={b.id} label={t("confirm")} answer={actionData} />
                            <ReasonForm intent="decline" target={b.id} label={t("decline")} answer={actionData} />
                          </>
                        ) : null}
                        {b.state === "CONFIRMED" && loaderData.started.includes(slot.id) ? (
                          <ButtonForm intent="complete" target={b.id} label={t("complete")} answer={actionData} />
                        ) : null}
                        {live ? <ReasonForm intent="cancel" target={b.id} label={t("operatorCancel")} answer={actionData} /> : null}
                      </li>
                    );
                  })}
                </ul>
                {!slot.closed ? <ReasonForm intent="close" target={slot.id} label={t("closeSlot")} answer={actionData} /> : null}
              </article>
            ))}
          </section>
        ))}
      </div>
    </WorkspaceLayout>
  );
}
