import { describe, expect, it } from "vitest";
import { translatorFor } from "../i18n/translator.server";
import { councilErrorMessage, criteriaInForce, errorsFromApi, readScores, totalOf, vietnamToday } from "./council-forms";
import { historyChanges } from "./certificate-history";

const PARTS = [
  { code: "A", name: "Sản phẩm và sức mạnh của cộng đồng", max: 40 },
  { code: "B", name: "Khả năng tiếp thị", max: 25 },
  { code: "C", name: "Chất lượng sản phẩm", max: 35 },
];

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};

describe("the scorecard", () => {
  it("reads 30 + 20 + 25,5 (a Vietnamese decimal comma) as the API's scores", () => {
    const { scores, errors, values } = readScores(form({ "score.A": "30", "score.B": " 20 ", "score.C": "25,5" }), PARTS);
    expect(errors).toEqual({});
    expect(scores).toEqual([{ part: "A", score: 30 }, { part: "B", score: 20 }, { part: "C", score: 25.5 }]);
    expect(values).toEqual({ A: "30", B: "20", C: "25,5" });
  });

  it("names a score above its part's maximum, a missing one and a non-number, keeping what was typed", () => {
    const { errors, values } = readScores(form({ "score.A": "41", "score.C": "abc" }), PARTS);
    expect(errors).toEqual({ "scores.A": { code: "SCORE_OUT_OF_RANGE", max: 40 }, "scores.B": { code: "MISSING_PART" }, "scores.C": { code: "SCORE_INVALID" } });
    expect(values).toEqual({ A: "41", B: "", C: "abc" });
    expect(readScores(form({ "score.A": "30.25", "score.B": "1", "score.C": "1" }), PARTS).errors).toEqual({ "scores.A": { code: "SCORE_PRECISION" } });
  });

  it("adds the live total in tenths", () => {
    expect(totalOf({ A: "33,3", B: "20.1", C: "16.6" })).toBe(70);
    expect(totalOf({ A: "", B: "x", C: "5" })).toBe(5);
  });

  it("says the API's errors next to their fields in the page's language", () => {
    const errors = errorsFromApi(
      [{ field: ["input", "scores", "C"], code: "SCORE_OUT_OF_RANGE" }, { field: ["input", "evaluationId"], code: "STARS_NOT_ALLOWED_FOR_LEVEL" }, { field: null, code: "SOMETHING_NEW" }],
      ["scores.C"],
      PARTS,
    );
    expect(errors).toEqual({ "scores.C": { code: "SCORE_OUT_OF_RANGE", max: 35 }, form: { code: "STARS_NOT_ALLOWED_FOR_LEVEL" } });
    expect(councilErrorMessage(translatorFor("vi"), errors["scores.C"]!)).toBe("Điểm phần này từ 0 đến 35 điểm.");
    expect(councilErrorMessage(translatorFor("en"), errors["scores.C"]!)).toBe("This part scores from 0 to 35 points.");
    expect(councilErrorMessage(translatorFor("vi"), { code: "SOMETHING_NEW" })).toBe("Không thực hiện được. Vui lòng thử lại.");
  });

  it("picks the criteria set in force on the day, and knows Vietnam's date", () => {
    const sets = [{ version: "148/2023", effectiveFrom: "2023-02-24", effectiveTo: null }, { version: "1048/2019", effectiveFrom: "2019-08-07", effectiveTo: "2023-02-23" }];
    expect(criteriaInForce(sets, "2026-11-23")?.version).toBe("148/2023");
    expect(criteriaInForce(sets, "2020-01-01")?.version).toBe("1048/2019");
    expect(vietnamToday(new Date("2026-11-23T18:00:00Z"))).toBe("2026-11-24");
  });
});

describe("certificate history", () => {
  const recognised = { state: "RECOGNISED", stars: 4, number: "123/QĐ-UBND", decisionDate: "2026-11-23", validUntil: "2029-11-23", issuedBy: "UBND thành phố Hà Nội", revokedReason: null, revokedOn: null };

  it("lists what a recognition set, and only what a revocation changed, in the page's language", () => {
    const t = translatorFor("vi");
    expect(historyChanges(t, "vi", null, recognised).map((c) => [c.field, c.after])).toEqual([
      ["state", "Còn hiệu lực"], ["stars", "4 sao"], ["number", "123/QĐ-UBND"], ["decisionDate", "23/11/2026"], ["validUntil", "23/11/2029"], ["issuedBy", "UBND thành phố Hà Nội"],
    ]);
    const revoked = { ...recognised, state: "REVOKED", revokedReason: "Vi phạm", revokedOn: "2026-12-01" };
    expect(historyChanges(translatorFor("en"), "en", recognised, revoked)).toEqual([
      { field: "state", before: "Valid", after: "Revoked" },
      { field: "revokedReason", before: null, after: "Vi phạm" },
      { field: "revokedOn", before: null, after: expect.stringContaining("2026") },
    ]);
  });
});
