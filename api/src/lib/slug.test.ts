import { describe, expect, it } from 'vitest';
import { slugify } from './slug.js';

describe('slugify', () => {
  it('folds Vietnamese diacritics and đ', () => {
    expect(slugify('Bánh đậu xanh hộp 200 g')).toBe('banh-dau-xanh-hop-200-g');
    expect(slugify('ĐẶC SẢN Hải Dương – OCOP 5★')).toBe('dac-san-hai-duong-ocop-5');
  });
});
