import { describe, expect, it } from 'vitest';
import { richTextToPlain, sanitizeRichText } from './rich-text.js';

describe('rich text', () => {
  it('keeps the formatting a product story needs and drops scripts, handlers and javascript: links', () => {
    const dirty = `<p onclick="x()">Bánh <strong>đậu xanh</strong><script>alert(1)</script></p><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)><a href="https://ocop.vn">OCOP</a>`;
    const clean = sanitizeRichText(dirty);
    expect(clean).toBe('<p>Bánh <strong>đậu xanh</strong></p><a rel="nofollow noopener ugc">x</a><a href="https://ocop.vn" rel="nofollow noopener ugc">OCOP</a>');
  });

  it('turns rich text into plain text for summaries', () => {
    expect(richTextToPlain('<p>Mềm &amp; thơm.</p><p>Sản phẩm của HTX.</p>')).toBe('Mềm & thơm. Sản phẩm của HTX.');
  });
});
