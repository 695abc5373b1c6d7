import { data, Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { FormError, LabelledField } from "../../components/LabelledField";
import { slotState } from "../../components/tourism/BookingForm";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { mutate, query } from "../../lib/apollo.server";
import { formatDate, formatInstantDate } from "../../lib/format";
import {
  ExperienceSlotCloseMutation, ExperienceSlotReopenMutation, ExperienceSlotsCloseMutation, ExperienceSlotsGenerateMutation, ExperienceSlotUpdateMutation,
  OperatorSlotsQuery,
} from "../../lib/operations.server";
import { pageTitle } from "../../lib/seo";
import { addDays, isIsoDate, splitList, typedInt, vietnamDate, vietnamTime } from "../../lib/tourism";
import { operatorNav, tourismErrorMessage, tourismErrorsFromApi, type TourismFormErrors } from "../../lib/tourism-workspace";
import { operatorRead } from "../../lib/tourism-workspace.server";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/operator-slots";

/** Days of slots the page shows at once (`?tu=YYYY-MM-DD` moves the window). */
const WINDOW_DAYS = 14;

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("tourism.slots"), t("operator.title")) }, { name: "robots", content: "noindex" }];
}

export async function loader({ context, url, params }: Route.LoaderArgs) {
  await requireViewer(context, url, "operator");
  const wanted = url.searchParams.get("tu");
  const from = isIsoDate(wanted) ? wanted : vietnamDate();
  const to = addDays(from, WINDOW_DAYS - 1);
  const result = await operatorRead(query(context, OperatorSlotsQuery, { id: params.id, from, to }));
  const experience = result.node && "slots" in result.node ? result.node : null;
  if (!experience) throw data(null, { status: 404 });
  return { experience, from, to };
}

type ActionResult = { ok: string; count?: number; errors?: undefined; values?: undefined } | { ok?: undefined; errors: TourismFormErrors; values: Record<string, string>; slotId?: string };

export async function action({ request, context, url, params }: Route.ActionArgs) {
  await requireViewer(context, url, "operator");
  const form = await request.formData();
  const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  const intent = values.intent;
  const fail = (userErrors: readonly { field?: readonly string[] | null; code: string }[]) =>
    data<ActionResult>({ errors: tourismErrorsFromApi(userErrors), values, slotId: values.slotId }, { status: 400 });
  const number = (v: string | undefined) => {
    const n = typedInt(v ?? "");
    return n === null || Number.isNaN(n) ? 0 : n;
  };
  if (intent === "generate") {
    const result = (await mutate(context, ExperienceSlotsGenerateMutation, {
      input: {
        experienceId: params.id, fromDate: values.fromDate ?? "", toDate: values.toDate ?? "",
        weekdays: form.getAll("weekday").map(Number), startTimes: splitList(values.startTimes ?? ""), capacity: number(values.capacity),
      },
    }).catch(() => null))?.experienceSlotsGenerate;
    if (!result) return fail([{ field: ["toDate"], code: "DATE_RANGE_INVALID" }]);
    return result.userErrors.length ? fail(result.userErrors) : data<ActionResult>({ ok: "generated", count: result.createdCount });
  }
  if (intent === "closeRange") {
    const result = (await mutate(context, ExperienceSlotsCloseMutation, {
      input: { experienceId: params.id, fromDate: values.closeFrom ?? "", toDate: values.closeTo ?? "", reason: values.reason || null },
    }).catch(() => null))?.experienceSlotsClose;
    if (!result) return fail([{ field: ["closeTo"], code: "DATE_RANGE_INVALID" }]);
    return result.userErrors.length ? fail(result.userErrors) : data<ActionResult>({ ok: "closedRange", count: result.closedCount });
  }
  const slotId = values.slotId ?? "";
  if (intent === "close") {
    const result = (await mutate(context, ExperienceSlotCloseMutation, { input: { slotId, reason: values.reason || null } })).experienceSlotClose;
    return result.userErrors.length ? fail(result.userErrors) : data<ActionResult>({ ok: "saved" });
  }
  if (intent === "reopen") {
    const result = (await mutate(context, ExperienceSlotReopenMutation, { id: slotId })).experienceSlotReopen;
    return result.userErrors.length ? fail(result.userErrors) : data<ActionResult>({ ok: "saved" });
  }
  const result = (await mutate(context, ExperienceSlotUpdateMutation, { input: { slotId, capacity: number(values.capacity) } })).experienceSlotUpdate;
  return result.userErrors.length ? fail(result.userErrors) : data<ActionResult>({ ok: "saved" });
}

export default function OperatorSlots({ loaderData, actionData }: Route.ComponentProps) {
  const { experience, from, to } = loaderData;
  const t = useTranslations("tourism");
  const tt = useTranslations();
  const locale = useLocale();
  const failed = actionData && "errors" in actionData && actionData.errors ? actionData : null;
  const err = (field: string) => tourismErrorMessage(tt, failed?.errors[field]);
  const here = localeHref("operatorSlots", locale, { id: experience.id });
  const today = vietnamDate();
  const v = failed?.values ?? {};
  return (
    <WorkspaceLayout title={tt("operator.title")} nav={operatorNav(tt, locale)}>
      <p className="breadcrumb">
        <Link to={localeHref("operatorExperience", locale, { id: experience.id })}>{experience.name}</Link>
      </p>
      <h1>{t("slotsPageHeading", { name: experience.name })}</h1>
      {actionData?.ok ? (
        <p className="notice" role="status" data-testid="slots-notice">
          {actionData.ok === "generated" ? t("generated", { count: actionData.count ?? 0 }) : actionData.ok === "closedRange" ? t("closedRange", { count: actionData.count ?? 0 }) : t("saved")}
        </p>
      ) : null}

      <h2>{t("generateHeading")}</h2>
      <Form method="post" className="workspace-form" noValidate>
        <input type="hidden" name="intent" value="generate" />
        <LabelledField id="gen-from" name="fromDate" type="date" label={t("fromDate")} defaultValue={v.fromDate ?? today} />
        <LabelledField id="gen-to" name="toDate" type="date" label={t("toDate")} defaultValue={v.toDate ?? addDays(today, 29)} error={err("toDate") ?? err("fromDate")} />
        <fieldset>
          <legend>{t("weekdays")}</legend>
          {err("weekdays") ? <p className="field-error">{err("weekdays")}</p> : null}
          {(["1", "2", "3", "4", "5", "6", "7"] as const).map((d) => (
            <label key={d} className="checkbox-label">
              <input type="checkbox" name="weekday" value={d} defaultChecked={failed ? false : true} /> {t(`weekdayNames.${d}`)}
            </label>
          ))}
        </fieldset>
        <LabelledField id="gen-times" name="startTimes" label={t("startTimes")} defaultValue={v.startTimes ?? "08:00"} error={err("startTimes")} />
        <LabelledField id="gen-capacity" name="capacity" label={t("capacity")} inputMode="numeric" defaultValue={v.capacity ?? "12"} error={failed && !failed.slotId ? err("capacity") : null} />
        <button type="submit" className="button">
          {t("generate")}
        </button>
      </Form>

      <h2>{t("closeRangeHeading")}</h2>
      <Form method="post" className="workspace-form" noValidate>
        <input type="hidden" name="intent" value="closeRange" />
        <LabelledField id="close-from" name="closeFrom" type="date" label={t("fromDate")} defaultValue={v.closeFrom ?? today} />
        <LabelledField id="close-to" name="closeTo" type="date" label={t("toDate")} defaultValue={v.closeTo ?? today} error={err("closeTo")} />
        <LabelledField id="close-reason" name="reason" label={t("reason")} defaultValue={v.reason} />
        <button type="submit" className="button button--secondary">
          {t("closeRange")}
        </button>
      </Form>

      <h2>{t("slotsRange", { from: formatDate(from, locale), to: formatDate(to, locale) })}</h2>
      <p>
        <Link to={`${here}?tu=${addDays(from, -WINDOW_DAYS)}`}>{t("earlier")}</Link> · <Link to={`${here}?tu=${addDays(from, WINDOW_DAYS)}`}>{t("later")}</Link>
      </p>
      <FormError message={failed?.slotId ? tourismErrorMessage(tt, Object.values(failed.errors)[0]) : null} />
      <table className="workspace-table" data-testid="slots-table">
        <thead>
          <tr>
            <th scope="col">{t("slotTime")}</th>
            <th scope="col">{t("slotCapacity")}</th>
            <th scope="col">{t("slotHeld")}</th>
            <th scope="col">{t("slotBooked")}</th>
            <th scope="col">{t("slotRemaining")}</th>
            <th scope="col">{t("slotState")}</th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {experience.slots.nodes.map((slot) => {
            const state = slotState(slot);
            return (
              <tr key={slot.id}>
                <td>
                  {formatInstantDate(slot.startsAt, locale)} {vietnamTime(slot.startsAt, locale)}
                </td>
                <td>
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="capacity" />
                    <input type="hidden" name="slotId" value={slot.id} />
                    <input name="capacity" inputMode="numeric" size={4} aria-label={t("slotCapacity")} defaultValue={failed?.slotId === slot.id ? failed.values.capacity : String(slot.capacity)} />
                    <button type="submit" className="button button--small">
                      {t("setCapacity")}
                    </button>
                  </Form>
                </td>
                <td>{slot.held}</td>
                <td>{slot.booked}</td>
                <td>{slot.remaining}</td>
                <td>{state === "CLOSED" ? `${t("slotClosed")}${slot.closeReason ? ` (${slot.closeReason})` : ""}` : state === "OPEN" ? t("slotOpen") : state === "FULL" ? t("slotFull") : t("slotPast")}</td>
                <td>
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="slotId" value={slot.id} />
                    {slot.closedAt ? (
                      <button type="submit" name="intent" value="reopen" className="button button--small">
                        {t("reopenSlot")}
                      </button>
                    ) : (
                      <button type="submit" name="intent" value="close" className="button button--small button--secondary">
                        {t("closeSlot")}
                      </button>
                    )}
                  </Form>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </WorkspaceLayout>
  );
}
