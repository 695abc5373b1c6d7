import type { Translator } from "../i18n";
import type { Locale } from "../i18n/locales";
import { TIME_ZONE } from "../i18n";
import { INTL_LOCALE } from "../i18n/locales";
import { certificateStateLabel } from "./certificates";
import { formatDate } from "./format";

/** The certificate fields a history entry shows, in this order (ids and timestamps are left out). */
export const HISTORY_FIELDS = ["state", "stars", "number", "decisionDate", "validUntil", "issuedBy", "revokedReason", "revokedOn"] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export interface HistoryChange {
  field: HistoryField;
  before: string | null;
  after: string | null;
}

type Snapshot = Record<string, unknown> | null | undefined;

function asRecord(value: unknown): Snapshot {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function show(t: Translator, locale: Locale, field: HistoryField, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (field === "state") return certificateStateLabel(t, String(value), true);
  if (field === "stars") return t("certificate.starsValue", { stars: Number(value) });
  if ((field === "decisionDate" || field === "validUntil" || field === "revokedOn") && typeof value === "string") return formatDate(value, locale);
  return String(value);
}

/**
 * What an audit entry changed, field by field, in the page's language: for a creation (no `before`)
 * every field it set; otherwise only the fields whose value differs.
 */
export function historyChanges(t: Translator, locale: Locale, beforeValue: unknown, afterValue: unknown): HistoryChange[] {
  const before = asRecord(beforeValue);
  const after = asRecord(afterValue);
  const changes: HistoryChange[] = [];
  for (const field of HISTORY_FIELDS) {
    const b = before ? show(t, locale, field, before[field]) : null;
    const a = after ? show(t, locale, field, after[field]) : null;
    if (before ? b !== a : a !== null) changes.push({ field, before: b, after: a });
  }
  return changes;
}

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

/** An instant as a Vietnamese wall-clock date and time, e.g. "19:30 23/11/2026" (vi). */
export function formatDateTime(iso: string, locale: Locale = "vi"): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });
    dateTimeFormats.set(locale, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
