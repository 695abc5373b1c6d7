import { describe, expect, it } from "vitest";
import { translatorFor } from "../i18n/translator.server";
import { certificateHref, certificateStateLabel, formatScore } from "./certificates";

describe("certificateHref", () => {
  it("keeps the slashes and Vietnamese letters of a number inside one path segment", () => {
    expect(certificateHref("123/QĐ-UBND")).toBe("/chung-nhan/123%2FQ%C4%90-UBND");
    expect(decodeURIComponent(certificateHref("45/QĐ-BNN-VPĐP").slice("/chung-nhan/".length))).toBe("45/QĐ-BNN-VPĐP");
  });

  it("links in the page's language and names the product with the same parameter", () => {
    expect(certificateHref("123/QĐ-UBND", "mat-ong", "en")).toBe("/en/certificates/123%2FQ%C4%90-UBND?san-pham=mat-ong");
    expect(certificateHref("123/QĐ-UBND", "mat-ong")).toBe("/chung-nhan/123%2FQ%C4%90-UBND?san-pham=mat-ong");
  });
});

describe("certificateStateLabel", () => {
  it("names every state in Vietnamese", () => {
    const t = translatorFor("vi");
    expect(certificateStateLabel(t, "RECOGNISED", true)).toBe("Còn hiệu lực");
    expect(certificateStateLabel(t, "RECOGNISED", false)).toBe("Chưa có hiệu lực");
    expect(certificateStateLabel(t, "EXPIRED", false)).toBe("Hết hiệu lực");
    expect(certificateStateLabel(t, "REVOKED", false)).toBe("Đã thu hồi");
    expect(certificateStateLabel(t, "SUPERSEDED", false)).toBe("Đã được thay thế");
    expect(certificateStateLabel(t, "NEW_STATE", false)).toBe("NEW_STATE");
  });

  it("and in English", () => {
    const t = translatorFor("en");
    expect(certificateStateLabel(t, "RECOGNISED", true)).toBe("Valid");
    expect(certificateStateLabel(t, "RECOGNISED", false)).toBe("Not yet valid");
    expect(certificateStateLabel(t, "EXPIRED", false)).toBe("Expired");
    expect(certificateStateLabel(t, "REVOKED", false)).toBe("Revoked");
    expect(certificateStateLabel(t, "SUPERSEDED", false)).toBe("Superseded");
  });
});

describe("formatScore", () => {
  it("writes tenths with the language's decimal separator", () => {
    expect(formatScore(31.5)).toBe("31,5");
    expect(formatScore(30)).toBe("30");
    expect(formatScore(31.5, "en")).toBe("31.5");
  });
});
