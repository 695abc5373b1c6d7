import { describe, expect, it } from "vitest";
import { certificateHref, certificateStateLabel, formatScore } from "./certificates";

describe("certificateHref", () => {
  it("keeps the slashes and Vietnamese letters of a number inside one path segment", () => {
    expect(certificateHref("123/QĐ-UBND")).toBe("/chung-nhan/123%2FQ%C4%90-UBND");
    expect(decodeURIComponent(certificateHref("45/QĐ-BNN-VPĐP").slice("/chung-nhan/".length))).toBe("45/QĐ-BNN-VPĐP");
  });
});

describe("certificateStateLabel", () => {
  it("names every state in Vietnamese", () => {
    expect(certificateStateLabel("RECOGNISED", true)).toBe("Còn hiệu lực");
    expect(certificateStateLabel("RECOGNISED", false)).toBe("Chưa có hiệu lực");
    expect(certificateStateLabel("EXPIRED", false)).toBe("Hết hiệu lực");
    expect(certificateStateLabel("REVOKED", false)).toBe("Đã thu hồi");
    expect(certificateStateLabel("SUPERSEDED", false)).toBe("Đã được thay thế");
    expect(certificateStateLabel("NEW_STATE", false)).toBe("NEW_STATE");
  });
});

describe("formatScore", () => {
  it("writes tenths with a decimal comma", () => {
    expect(formatScore(31.5)).toBe("31,5");
    expect(formatScore(30)).toBe("30");
  });
});
