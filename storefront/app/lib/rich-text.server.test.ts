import { describe, expect, it } from "vitest";
import { safeRichText } from "./rich-text.server";

describe("safeRichText", () => {
  it("keeps story formatting and drops script, handlers and javascript: URLs", () => {
    expect(safeRichText('<p onclick="x()">Chè <em>ngon</em><script>alert(1)</script></p><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)>')).toBe(
      '<p>Chè <em>ngon</em></p><a rel="nofollow noopener ugc">x</a>',
    );
  });
});
