/** Community tourism pages: URL parameters of the list, Vietnam-time helpers, form parsing. Pure, safe on server and client. */
import type { Locale } from "../i18n/locales";

export const TOURISM_PAGE_SIZE = 24;
/** Query parameter names, the same in every locale (like the catalogue's). */
export const TOURISM_PARAMS = { provinceCode: "tinh", minStars: "sao", date: "ngay", partySize: "khach", language: "ngon-ngu", query: "q", after: "sau" } as const;
export const TOURISM_LANGUAGES = ["vi", "en", "fr", "zh", "ko", "ja", "de", "ru", "th", "es"] as const;
export const POINT_KINDS = ["VILLAGE", "HOMESTAY", "CRAFT_VILLAGE", "FARM", "ECO_SITE", "OTHER"] as const;
export const UNIT_TYPES = ["ADULT", "YOUTH", "CHILD", "INFANT", "SENIOR", "STUDENT", "MILITARY", "FAMILY", "OTHER"] as const;
export const RELATIONS = ["TASTED", "MADE", "SOLD"] as const;

export interface TourismParams {
  provinceCode: string | null;
  minStars: number | null;
  date: string | null;
  partySize: number | null;
  language: string | null;
  query: string | null;
  after: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** Reads the list's URL; values the list cannot use are dropped (an empty select, a bad number). */
export function parseTourismParams(search: URLSearchParams): TourismParams {
  const get = (name: string) => search.get(name)?.trim() || null;
  const int = (name: string, min: number, max: number) => {
    const n = Number(get(name));
    return Number.isInteger(n) && n >= min && n <= max ? n : null;
  };
  const province = get(TOURISM_PARAMS.provinceCode);
  const language = get(TOURISM_PARAMS.language);
  const date = get(TOURISM_PARAMS.date);
  return {
    provinceCode: province && /^\d{2}$/.test(province) ? province : null,
    minStars: int(TOURISM_PARAMS.minStars, 3, 5),
    date: isIsoDate(date) ? date : null,
    partySize: int(TOURISM_PARAMS.partySize, 1, 50),
    language: language && (TOURISM_LANGUAGES as readonly string[]).includes(language) ? language : null,
    query: get(TOURISM_PARAMS.query)?.slice(0, 100) ?? null,
    after: get(TOURISM_PARAMS.after),
  };
}

export function tourismSearch(params: Partial<TourismParams>): string {
  const search = new URLSearchParams();
  for (const [key, name] of Object.entries(TOURISM_PARAMS) as [keyof TourismParams, string][]) {
    const value = params[key];
    if (value !== null && value !== undefined && value !== "") search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The Vietnam calendar day of an instant ('YYYY-MM-DD'). */
export function vietnamDate(at: Date | string = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(at));
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "08:00" — the Vietnam wall-clock time of an instant. */
export function vietnamTime(at: string, locale: Locale = "vi"): string {
  return new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(at));
}

/** 'YYYY-MM-DDTHH:MM' of an instant in Vietnam time (for datetime-local fields) and back. */
export function toVietnamLocalInput(at: string): string {
  return `${vietnamDate(at)}T${vietnamTime(at)}`;
}

export function fromVietnamLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const at = new Date(`${value}:00+07:00`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** "vi, en ,fr" → ["vi", "en", "fr"]. */
export function splitList(value: FormDataEntryValue | null): string[] {
  return String(value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What a card says "from": the adult price when there is one, else the cheapest. */
export function fromPrice(prices: readonly { unitType: string; price: { amount: number } }[]): number | null {
  const adult = prices.find((p) => p.unitType === "ADULT");
  if (adult) return adult.price.amount;
  return prices.length ? Math.min(...prices.map((p) => p.price.amount)) : null;
}

/** A whole number typed in a form, or null when empty; NaN when not a number (the API then refuses it). */
export function typedInt(value: FormDataEntryValue | null): number | null {
  const text = String(value ?? "").replace(/[\s.]/g, "").trim();
  if (!text) return null;
  const n = Number(text);
  return Number.isInteger(n) ? n : Number.NaN;
}
