import { foldChars } from './fold.js';

/** A run of the original text, marked when it matched the query. */
export interface Segment {
  text: string;
  highlighted: boolean;
}

interface Word {
  start: number;
  end: number;
  folded: string;
}

/** Words of `text` with their positions in it, each folded like the index folds it. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  let index = 0;
  for (const char of text) {
    const folded = foldChars(char);
    const isWord = /^[a-z0-9]+$/.test(folded);
    if (isWord) {
      if (!current) current = { start: index, end: index, folded: '' };
      current.folded += folded;
      current.end = index + char.length;
    } else if (current) {
      words.push(current);
      current = null;
    }
    index += char.length;
  }
  if (current) words.push(current);
  return words;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions); only "more than `max`" when lengths differ by more. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Typos tolerated when marking a word: none for words of 1–2 letters, one up to 7, two beyond. */
function allowedEdits(word: string): number {
  return word.length < 3 ? 0 : word.length < 8 ? 1 : 2;
}

/**
 * Decides which words of a hit's texts to mark for the query words. A word matches a query word when
 * equal, when it starts with the last query word (typed halfway), or, for query words found nowhere
 * in the hit as such (the typo case: "xnah"), when it is within a typo or two of it.
 */
export class Highlighter {
  private readonly last: string | undefined;
  private readonly fuzzy: string[];

  constructor(
    private readonly queryWords: readonly string[],
    texts: readonly string[],
  ) {
    this.last = queryWords.at(-1);
    const present = new Set(texts.flatMap((t) => wordsOf(t.normalize('NFC')).map((w) => w.folded)));
    this.fuzzy = queryWords.filter((q) => !present.has(q) && !(q === this.last && [...present].some((w) => w.startsWith(q))));
  }

  private matches(word: string): boolean {
    if (this.queryWords.includes(word)) return true;
    if (this.last && word.startsWith(this.last)) return true;
    return this.fuzzy.some((q) => allowedEdits(q) > 0 && editDistance(word, q, allowedEdits(q)) <= allowedEdits(q));
  }

  /**
   * The text (as NFC, diacritics intact) cut into segments; neighbouring marked words separated only
   * by spaces are marked as one ("<mark>Bánh đậu xanh</mark> hộp 200 g").
   */
  segments(original: string): Segment[] {
    const text = original.normalize('NFC');
    const marked = wordsOf(text).filter((w) => this.matches(w.folded));
    const ranges: { start: number; end: number }[] = [];
    for (const w of marked) {
      const previous = ranges.at(-1);
      if (previous && /^\s*$/.test(text.slice(previous.end, w.start))) previous.end = w.end;
      else ranges.push({ start: w.start, end: w.end });
    }
    const segments: Segment[] = [];
    let at = 0;
    for (const r of ranges) {
      if (r.start > at) segments.push({ text: text.slice(at, r.start), highlighted: false });
      segments.push({ text: text.slice(r.start, r.end), highlighted: true });
      at = r.end;
    }
    if (at < text.length) segments.push({ text: text.slice(at), highlighted: false });
    return segments;
  }
}

/**
 * A window of about `maxLength` characters around the first marked segment of a long text, cut at
 * word boundaries, with "…" where text was left out (for descriptions).
 */
export function excerpt(segments: Segment[], maxLength = 160): Segment[] {
  const text = segments.map((s) => s.text).join('');
  if (text.length <= maxLength) return segments;
  let firstMark = 0;
  for (const s of segments) {
    if (s.highlighted) break;
    firstMark += s.text.length;
  }
  let start = Math.max(0, firstMark - Math.floor(maxLength / 3));
  let end = Math.min(text.length, start + maxLength);
  start = Math.max(0, end - maxLength);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), firstMark + 1);
  const out: Segment[] = start > 0 ? [{ text: '…', highlighted: false }] : [];
  let at = 0;
  for (const s of segments) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + s.text.length);
    if (to > from) out.push({ text: s.text.slice(from - at, to - at), highlighted: s.highlighted });
    at += s.text.length;
  }
  if (end < text.length) out.push({ text: '…', highlighted: false });
  return out;
}

export const hasHighlight = (segments: Segment[]) => segments.some((s) => s.highlighted);
