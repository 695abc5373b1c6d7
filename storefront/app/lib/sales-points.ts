/**
 * URL state of the sales point map (`/diem-ban`) and of "buy in person" on product pages: the same
 * Vietnamese parameter names in both languages. `lat`/`lng` come from the browser's location (on
 * consent); otherwise a chosen province's administrative centre is the origin of the distances.
 */
export const SALES_POINT_KINDS = ["OCOP_SHOWROOM", "RETAIL_CHAIN_SHELF", "CRAFT_VILLAGE_SHOP", "TOURIST_SITE_KIOSK", "ONLINE_CHANNEL"] as const;
export type SalesPointKind = (typeof SALES_POINT_KINDS)[number];

export interface MapParams {
  productSlug: string | null;
  productQuery: string | null;
  provinceCode: string | null;
  kind: SalesPointKind | null;
  openNow: boolean;
  location: { lat: number; lng: number } | null;
}

const coordinate = (text: string | null, max: number) => {
  if (!text || !/^-?\d{1,3}(\.\d{1,8})?$/.test(text)) return null;
  const n = Number(text);
  return Math.abs(n) <= max ? n : null;
};

export function mapParamsFrom(params: URLSearchParams): MapParams {
  const kind = params.get("loai");
  const lat = coordinate(params.get("lat"), 90);
  const lng = coordinate(params.get("lng"), 180);
  const province = params.get("tinh");
  return {
    productSlug: params.get("san-pham")?.trim().slice(0, 200) || null,
    productQuery: params.get("tim")?.trim().slice(0, 100) || null,
    provinceCode: province && /^\d{2}$/.test(province) ? province : null,
    kind: (SALES_POINT_KINDS as readonly string[]).includes(kind ?? "") ? (kind as SalesPointKind) : null,
    openNow: params.get("mo-cua") === "1",
    location: lat !== null && lng !== null ? { lat, lng } : null,
  };
}

/** Around the browser's location: this far. Around a province's centre: far enough to cover the province. */
export const RADIUS_NEAR_ME_KM = 50;
export const RADIUS_PROVINCE_KM = 300;

export interface ProvinceWithCentre {
  code: string;
  name: string;
  centre?: { latitude: number; longitude: number } | null;
}

/** Where distances are measured from, and how far to look; null: no origin (a list by name, no distances). */
export function originOf(params: Pick<MapParams, "location" | "provinceCode">, provinces: readonly ProvinceWithCentre[]) {
  if (params.location) return { kind: "location" as const, near: { ...params.location, radiusKm: RADIUS_NEAR_ME_KM }, province: null };
  const province = provinces.find((p) => p.code === params.provinceCode);
  if (province?.centre) {
    return { kind: "province" as const, near: { lat: province.centre.latitude, lng: province.centre.longitude, radiusKm: RADIUS_PROVINCE_KM }, province };
  }
  return null;
}

/** "0,5 km", "12 km", "125 km" in the page's language. */
export function formatKm(km: number, locale: string): string {
  const digits = km < 10 ? 1 : 0;
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(km);
}

/** When a point opens, in its own time zone: "08:00, thứ Ba" / "08:00, Tuesday". */
export function localOpening(iso: string, timeZone: string, locale: string): string {
  const tag = locale === "vi" ? "vi-VN" : "en-GB";
  const at = new Date(iso);
  const time = new Intl.DateTimeFormat(tag, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  const day = new Intl.DateTimeFormat(tag, { timeZone, weekday: "long" }).format(at);
  return `${time}, ${day}`;
}

/** Opening hours grouped by identical intervals: [{ days: [1..5], opens, closes }]. */
export function groupedHours(hours: readonly { day: number; opens: string; closes: string }[]) {
  const groups: { days: number[]; opens: string; closes: string }[] = [];
  for (const h of [...hours].sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens))) {
    const group = groups.find((g) => g.opens === h.opens && g.closes === h.closes);
    if (group) group.days.push(h.day);
    else groups.push({ days: [h.day], opens: h.opens, closes: h.closes });
  }
  return groups;
}
