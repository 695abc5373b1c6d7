import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatInstantDate, formatVnd, truncate } from "./format";

const NBSP = "\u00A0";

describe("formatVnd", () => {
  it("formats integer đồng the Vietnamese way, with a no-break space before ₫", () => {
    expect(formatVnd(125000)).toBe(`125.000${NBSP}₫`);
    // what a reader sees
    expect(formatVnd(125000).replace(NBSP, " ")).toBe("125.000 ₫");
  });

  it("stays VND in English, written the English way", () => {
    expect(formatVnd(125000, "en")).toBe("₫125,000");
    expect(formatVnd(1234567, "en")).toBe("₫1,234,567");
  });

  it("groups thousands with dots and has no decimals (VND is zero-decimal)", () => {
    expect(formatVnd(0)).toBe(`0${NBSP}₫`);
    expect(formatVnd(1234567)).toBe(`1.234.567${NBSP}₫`);
    expect(formatVnd(250000)).toBe(`250.000${NBSP}₫`);
  });
});

describe("counts", () => {
  it("groups thousands", () => {
    expect(formatCount(312)).toBe("312");
    expect(formatCount(15590)).toBe("15.590");
  });

  it("groups the English way in English", () => {
    expect(formatCount(15590, "en")).toBe("15,590");
  });
});

describe("formatDate", () => {
  it("writes ISO dates as dd/mm/yyyy without time-zone shifts", () => {
    expect(formatDate("2026-11-23")).toBe("23/11/2026");
    expect(formatDate("2025-07-01")).toBe("01/07/2025");
  });

  it("writes the month out in English, day first, so 01/07 cannot be misread", () => {
    expect(formatDate("2025-07-01", "en")).toBe("1 July 2025");
    expect(formatDate("2026-11-23", "en")).toBe("23 November 2026");
  });

  it("leaves anything else unchanged", () => {
    expect(formatDate("23/11/2026")).toBe("23/11/2026");
    expect(formatDate("")).toBe("");
    expect(formatDate("2026-02-30")).toBe("2026-02-30");
  });
});

describe("truncate", () => {
  it("keeps short text and collapses whitespace", () => {
    expect(truncate("  Bánh   đậu xanh\nHải Dương ")).toBe("Bánh đậu xanh Hải Dương");
  });

  it("cuts long text at a word boundary with an ellipsis", () => {
    const out = truncate("Nước mắm truyền thống ủ chượp trong thùng gỗ ".repeat(10), 60);
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out.endsWith("…")).toBe(true);
    expect(out).not.toMatch(/\s…$/);
  });
});

describe("formatInstantDate", () => {
  it("gives the day in Vietnam of an instant", () => {
    expect(formatInstantDate("2026-11-23T18:00:00.000Z", "vi")).toBe("24/11/2026");
    expect(formatInstantDate("2026-11-23T10:00:00.000Z", "en")).toBe("23 November 2026");
    expect(formatInstantDate("not a date", "vi")).toBe("not a date");
  });
});
