import { describe, expect, it } from 'vitest';
import { searchTerms } from './fold.js';
import { editDistance, excerpt, Highlighter } from './highlight.js';

const marks = (query: string, text: string, others: string[] = []) =>
  new Highlighter(searchTerms(query).words, [text, ...others])
    .segments(text)
    .map((s) => (s.highlighted ? `[${s.text}]` : s.text))
    .join('');

describe('highlighting', () => {
  it('marks matched words in the original text, diacritics kept, neighbours joined', () => {
    expect(marks('banh dau xanh', 'Bánh đậu xanh hộp 200 g')).toBe('[Bánh đậu xanh] hộp 200 g');
    expect(marks('BÁNH ĐẬU XANH', 'Bánh đậu xanh hộp 200 g')).toBe('[Bánh đậu xanh] hộp 200 g');
    expect(marks('nuoc mam phu quoc', 'Nước mắm Phú Quốc chai 500 ml')).toBe('[Nước mắm Phú Quốc] chai 500 ml');
  });

  it('returns NFC text for NFD input and matches NFD queries', () => {
    const nfd = 'Bánh đậu xanh'.normalize('NFD');
    expect(marks(nfd, nfd)).toBe('[Bánh đậu xanh]');
  });

  it('marks the last word typed halfway, and nothing else', () => {
    expect(marks('dau xa', 'Bánh đậu xanh, đậu đỏ')).toBe('Bánh [đậu xanh], [đậu] đỏ');
    expect(marks('gom', 'Bánh gai')).toBe('Bánh gai');
  });

  it('marks a word within a typo of a query word that is not in the text', () => {
    expect(marks('banh dau xnah', 'Bánh đậu xanh')).toBe('[Bánh đậu xanh]');
    expect(marks('nuoc mam phu quc', 'Nước mắm Phú Quốc')).toBe('[Nước mắm Phú Quốc]');
    // "dau" is in the hit, so "dao" is not marked as a typo of it.
    expect(marks('dau', 'Dao và đậu')).toBe('Dao và [đậu]');
  });

  it('keeps markup-looking text as plain text segments', () => {
    expect(marks('script', '<script>x</script>')).toBe('<[script]>x</[script]>');
  });

  it('cuts long texts around the first mark', () => {
    const text = `${'Lời mở đầu rất dài. '.repeat(20)}Bánh đậu xanh thơm ngon. ${'Phần kết. '.repeat(20)}`;
    const segments = excerpt(new Highlighter(['banh'], [text]).segments(text), 80);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.length).toBeLessThanOrEqual(82);
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(segments.find((s) => s.highlighted)?.text).toBe('Bánh');
  });

  it('measures typos as edits, a swap counting once', () => {
    expect(editDistance('xnah', 'xanh', 1)).toBe(1);
    expect(editDistance('quc', 'quoc', 1)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBeGreaterThan(1);
    expect(editDistance('a', 'abcdef', 1)).toBeGreaterThan(1);
  });
});
