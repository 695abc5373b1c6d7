import { describe, expect, it } from "vitest";
import { yearTargets } from "./programme";

describe("year chart target line", () => {
  it("spreads a period target over its years and keeps the highest line where plans overlap", () => {
    const line = yearTargets([
      { periodStart: "2021-01-01", periodEnd: "2025-12-31", targets: [{ kind: "PRODUCTS_CERTIFIED_MIN_STARS", targetValue: 335, minStars: 3 }, { kind: "PRODUCTS_CERTIFIED_MIN_STARS", targetValue: 5, minStars: 5 }] },
      { periodStart: "2023-01-01", periodEnd: "2025-12-31", targets: [{ kind: "PRODUCTS_PER_YEAR_MIN_STARS", targetValue: 50, minStars: 3 }] },
    ]);
    expect([...line.entries()]).toEqual([[2021, 67], [2022, 67], [2023, 67], [2024, 67], [2025, 67]]);
    expect(yearTargets([{ periodStart: "2023-01-01", periodEnd: "2025-12-31", targets: [{ kind: "PRODUCTS_PER_YEAR_MIN_STARS", targetValue: 50 }] }]).get(2024)).toBe(50);
  });
});
