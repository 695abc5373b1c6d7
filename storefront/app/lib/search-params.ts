import { CATALOGUE_PARAMS, type CatalogueParams } from "./catalogue-params";
import { localeHref, type Locale } from "../i18n";

/**
 * Search lives in the URL (/tim-kiem?q=banh+dau+xanh, /en/search?q=…), so the header's plain GET
 * form works without JavaScript and every result page can be shared. Parameters:
 *
 *   q    the query as typed (any case, with or without diacritics); cut to SEARCH_MAX_LENGTH
 *        characters, the API's limit
 *   sau  opaque pagination cursor ("sau" = after): the `endCursor` of the previous page
 */
export const SEARCH_PARAMS = { query: "q", after: "sau" } as const;
export const SEARCH_PAGE_SIZE = 24;
export const SEARCH_MAX_LENGTH = 200;
/** Suggestions start after this many characters (one letter matches half the catalogue). */
export const SUGGEST_MIN_LENGTH = 2;
export const SUGGESTIONS_PATH = "/tim-kiem/goi-y";

export interface SearchParams {
  /** Trimmed, at most SEARCH_MAX_LENGTH characters; "" when there is nothing to search. */
  query: string;
  /** True when the URL's query was longer and has been cut. */
  truncated: boolean;
  after: string | null;
}

/** Read the search state from a URL's query string. Never throws. */
export function parseSearchParams(search: URLSearchParams): SearchParams {
  const raw = (search.get(SEARCH_PARAMS.query) ?? "").replace(/\s+/g, " ").trim();
  const chars = [...raw.normalize("NFC")];
  const query = chars.slice(0, SEARCH_MAX_LENGTH).join("").trim();
  const after = search.get(SEARCH_PARAMS.after)?.trim() || null;
  return { query, truncated: chars.length > SEARCH_MAX_LENGTH, after: query && after && after.length <= 512 ? after : null };
}

/** The search page URL for a query (and page) in a locale. */
export function searchHref(
  query: string,
  locale: Locale = "vi",
  after: string | null = null,
  filters: Partial<Pick<CatalogueParams, "group" | "minStars" | "provinceCode">> = {},
): string {
  const search = new URLSearchParams();
  if (query.trim()) search.set(SEARCH_PARAMS.query, query.trim());
  // Narrowing a search uses the catalogue's filter parameters (nhom, sao, tinh).
  if (filters.group) search.set(CATALOGUE_PARAMS.group, filters.group);
  if (filters.minStars) search.set(CATALOGUE_PARAMS.minStars, String(filters.minStars));
  if (filters.provinceCode) search.set(CATALOGUE_PARAMS.provinceCode, filters.provinceCode);
  if (after) search.set(SEARCH_PARAMS.after, after);
  const qs = search.toString();
  return `${localeHref("search", locale)}${qs ? `?${qs}` : ""}`;
}

/** The suggestions resource URL for what is typed so far. */
export function suggestionsHref(typed: string): string {
  return `${SUGGESTIONS_PATH}?${new URLSearchParams({ [SEARCH_PARAMS.query]: typed.trim() })}`;
}

/** Words of a missing URL's last segment ("/san-pham/banh-dau-xanh-x" → "banh dau xanh x"), to search for. */
export function wordsFromPath(pathname: string): string {
  let last = pathname.split("/").filter(Boolean).at(-1) ?? "";
  try {
    last = decodeURIComponent(last);
  } catch {
    // A malformed escape: search for the raw text.
  }
  return last.replace(/[-_+.%]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 100);
}
