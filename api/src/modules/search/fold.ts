/**
 * Folding of Vietnamese text for search, the JavaScript twin of the SQL function `ocop_fold()`
 * (migration search_index): NFC, lower case, diacritics off, đ → d, anything but a–z and 0–9 becomes
 * a space. Queries are folded here; indexed text is folded in SQL; search.test.ts checks they agree.
 */
export function foldText(text: string): string {
  return foldChars(text.normalize('NFC')).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Folds one (NFC) character or string without touching separators: "Đậu" → "dau". */
export function foldChars(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/** Queries longer than this are refused (a search box, not a document). */
export const MAX_QUERY_LENGTH = 200;
/** More distinct words than this add nothing to a product search and only slow it down. */
const MAX_TERMS = 16;

export interface SearchTerms {
  /** The folded query: "Bánh  ĐẬU xanh!" → "banh dau xanh". */
  folded: string;
  /** Distinct folded words, in query order; the last one is matched as a prefix too. */
  words: string[];
}

/** The words a query searches for; no words (only punctuation, other scripts) means no match. */
export function searchTerms(query: string): SearchTerms {
  const words = [...new Set(foldText(query).split(' ').filter(Boolean))].slice(0, MAX_TERMS);
  return { folded: words.join(' '), words };
}

/**
 * A `to_tsquery('simple', …)` expression: every word required, the last one also as a prefix, so a
 * query typed halfway ("banh dau xa") already finds "Bánh đậu xanh". Words are [a-z0-9]+ only, so
 * nothing a user types can inject tsquery operators.
 */
export function toTsQuery(words: readonly string[]): string {
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
}
