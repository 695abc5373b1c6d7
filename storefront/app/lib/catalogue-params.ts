import type { ProductFilter, ProductGroup, ProductSort } from "../gql/graphql";
import type { Locale } from "../i18n/locales";
import { localeHref } from "../i18n/paths";
import { isProductGroup } from "./labels";

/**
 * Catalogue filters live in the URL (/san-pham?..., /en/products?... — the same parameter names in
 * every language, so the language switcher keeps them), so a plain GET form works without JS and
 * every filtered page can be bookmarked and shared. Parameter names:
 *
 *   nhom  product group ("nhóm"): FOOD | BEVERAGES | HERBAL | HANDICRAFTS | ORNAMENTAL | TOURISM
 *         (case-insensitive; anything else is ignored)
 *   sao   minimum OCOP stars ("sao"): 3 | 4 | 5. Whole numbers outside are clamped into 3..5
 *         (only 3★–5★ are certified OCOP: sao=1 means "any certified" = 3, sao=9 → 5);
 *         non-numbers, 0 and negatives are ignored.
 *   tinh  current province ("tỉnh") code, two digits as in Decision 19/2025/QĐ-TTg, e.g. 01 Hà Nội;
 *         anything else is ignored
 *   xep   sort order ("xếp"): moi-nhat (default) | gia-tang | gia-giam | nhieu-sao; anything else → default
 *   con-hang  "1": only products with a variant in stock ("còn hàng")
 *   sau   opaque pagination cursor ("sau" = after): the `endCursor` of the previous page
 *
 * Example: /san-pham?nhom=FOOD&sao=5&tinh=01
 * Empty values (what a GET form sends for "Tất cả") mean "no filter".
 */
export const CATALOGUE_PARAMS = {
  group: "nhom",
  minStars: "sao",
  provinceCode: "tinh",
  sort: "xep",
  inStock: "con-hang",
  after: "sau",
} as const;

/** URL words for the API's sort orders (the default, NEWEST, is left out of URLs). */
export const SORT_WORDS = {
  "moi-nhat": "NEWEST",
  "gia-tang": "PRICE_ASC",
  "gia-giam": "PRICE_DESC",
  "nhieu-sao": "STARS_DESC",
} as const satisfies Record<string, ProductSort>;
export type SortWord = keyof typeof SORT_WORDS;
export const SORT_OPTIONS = Object.keys(SORT_WORDS) as SortWord[];
const DEFAULT_SORT: SortWord = "moi-nhat";

export const CATALOGUE_PAGE_SIZE = 24;

export type StarLevel = 3 | 4 | 5;
export const STAR_LEVELS: readonly StarLevel[] = [3, 4, 5];

export interface CatalogueParams {
  group: ProductGroup | null;
  minStars: StarLevel | null;
  provinceCode: string | null;
  sort: SortWord;
  inStock: boolean;
  after: string | null;
}

const PROVINCE_CODE = /^\d{2}$/;
const MAX_CURSOR_LENGTH = 512;

function clean(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function parseGroup(value: string | null): ProductGroup | null {
  const v = clean(value)?.toUpperCase();
  return v && isProductGroup(v) ? v : null;
}

export function parseMinStars(value: string | null): StarLevel | null {
  const v = clean(value);
  if (!v || !/^\d{1,3}$/.test(v)) return null;
  const n = Number(v);
  if (n < 1) return null;
  return Math.min(5, Math.max(3, n)) as StarLevel;
}

export function parseProvinceCode(value: string | null): string | null {
  const v = clean(value);
  return v && PROVINCE_CODE.test(v) ? v : null;
}

export function parseSort(value: string | null): SortWord {
  const v = clean(value)?.toLowerCase();
  return v && v in SORT_WORDS ? (v as SortWord) : DEFAULT_SORT;
}

export function parseCursor(value: string | null): string | null {
  const v = clean(value);
  return v && v.length <= MAX_CURSOR_LENGTH ? v : null;
}

/** Read the catalogue state from a URL's query string. Never throws. */
export function parseCatalogueParams(search: URLSearchParams): CatalogueParams {
  return {
    group: parseGroup(search.get(CATALOGUE_PARAMS.group)),
    minStars: parseMinStars(search.get(CATALOGUE_PARAMS.minStars)),
    provinceCode: parseProvinceCode(search.get(CATALOGUE_PARAMS.provinceCode)),
    sort: parseSort(search.get(CATALOGUE_PARAMS.sort)),
    inStock: clean(search.get(CATALOGUE_PARAMS.inStock)) === "1",
    after: parseCursor(search.get(CATALOGUE_PARAMS.after)),
  };
}

/** The API's ProductFilter for these params, or null when nothing is filtered. */
export function toProductFilter(params: CatalogueParams): ProductFilter | null {
  const filter: ProductFilter = {};
  if (params.group) filter.group = params.group;
  if (params.minStars) filter.minStars = params.minStars;
  if (params.provinceCode) filter.provinceCode = params.provinceCode;
  if (params.inStock) filter.inStock = true;
  return Object.keys(filter).length > 0 ? filter : null;
}

/** The API's sort order for these params. */
export function toProductSort(params: Pick<CatalogueParams, "sort">): ProductSort {
  return SORT_WORDS[params.sort];
}

export function hasFilters(params: CatalogueParams): boolean {
  return toProductFilter(params) !== null;
}

/** Query string of the given state ("" or "?nhom=FOOD&sao=4"; empty values left out, stable order). */
export function catalogueSearch(params: Partial<CatalogueParams> = {}): string {
  const search = new URLSearchParams();
  if (params.group) search.set(CATALOGUE_PARAMS.group, params.group);
  if (params.minStars) search.set(CATALOGUE_PARAMS.minStars, String(params.minStars));
  if (params.provinceCode) search.set(CATALOGUE_PARAMS.provinceCode, params.provinceCode);
  if (params.inStock) search.set(CATALOGUE_PARAMS.inStock, "1");
  if (params.sort && params.sort !== DEFAULT_SORT) search.set(CATALOGUE_PARAMS.sort, params.sort);
  if (params.after) search.set(CATALOGUE_PARAMS.after, params.after);
  const qs = search.toString();
  return qs ? `?${qs}` : "";
}

/** Canonical catalogue URL for the given state in a locale: /san-pham?nhom=FOOD, /en/products?nhom=FOOD. */
export function catalogueHref(params: Partial<CatalogueParams> = {}, locale: Locale = "vi"): string {
  return `${localeHref("catalogue", locale)}${catalogueSearch(params)}`;
}

/** GraphQL argument paths of the products query, per catalogue parameter. */
const ARGUMENT_PARAM: Record<string, "group" | "minStars" | "provinceCode" | "after"> = {
  after: "after",
  "filter.group": "group",
  "filter.minStars": "minStars",
  "filter.provinceCode": "provinceCode",
};

interface GraphQLErrorLike {
  readonly extensions?: Readonly<Record<string, unknown>> | null;
}

/**
 * When the API rejects a URL value (BAD_USER_INPUT, e.g. an unknown province code or a cursor it
 * did not issue), the params to retry with: the rejected one removed. The API names the argument
 * in `extensions.argumentName` ("filter.provinceCode", "after"); when it does not, the free-form
 * values (province, cursor) are dropped. Null when there is nothing left to drop, so a retry can
 * never loop.
 */
export function withoutRejectedParams(
  params: CatalogueParams,
  errors: readonly GraphQLErrorLike[],
): CatalogueParams | null {
  const bad = errors.filter((e) => e.extensions?.code === "BAD_USER_INPUT");
  if (bad.length === 0) return null;
  type Droppable = "group" | "minStars" | "provinceCode" | "after";
  const drop = new Set<Droppable>();
  for (const e of bad) {
    const arg = e.extensions?.argumentName;
    const param = typeof arg === "string" ? ARGUMENT_PARAM[arg] : undefined;
    if (param) drop.add(param);
    else {
      drop.add("provinceCode");
      drop.add("after");
    }
  }
  const next = { ...params };
  let changed = false;
  for (const key of drop) {
    if (next[key] !== null) {
      next[key] = null;
      changed = true;
    }
  }
  return changed ? next : null;
}
