import { describe, expect, it } from 'vitest';
import { foldText, searchTerms, toTsQuery } from './fold.js';

describe('folding Vietnamese text for search', () => {
  it('drops diacritics, folds đ and case, so every spelling meets', () => {
    expect(foldText('Bánh đậu xanh')).toBe('banh dau xanh');
    expect(foldText('BÁNH ĐẬU XANH')).toBe('banh dau xanh');
    expect(foldText('Nước mắm Phú Quốc')).toBe('nuoc mam phu quoc');
  });

  it('treats NFD input like NFC', () => {
    const nfd = 'Bánh đậu xanh'.normalize('NFD');
    expect(nfd).not.toBe('Bánh đậu xanh');
    expect(foldText(nfd)).toBe('banh dau xanh');
  });

  it('turns punctuation into word breaks and keeps digits', () => {
    expect(foldText('  Gạo ST25 – túi 5 kg!  ')).toBe('gao st25 tui 5 kg');
    expect(searchTerms('"><script>alert(1)</script>').words).toEqual(['script', 'alert', '1']);
    expect(searchTerms('!!! —').words).toEqual([]);
  });

  it('builds a tsquery requiring every word, the last one as a prefix', () => {
    const { words, folded } = searchTerms('Bánh bánh ĐẬU xa');
    expect(folded).toBe('banh dau xa');
    expect(toTsQuery(words)).toBe('banh & dau & xa:*');
  });
});
