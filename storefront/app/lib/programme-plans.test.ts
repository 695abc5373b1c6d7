import { describe, expect, it } from "vitest";
import {
  kindFields, mayEditPlan, parsePlanForm, parseTargetForm, planEditorScope, planErrorsFromApi, planWorkspaceOf, targetErrorsFromApi, wholeNumber,
} from "./programme-plans";

const form = (values: Record<string, string>) => Object.entries(values);

describe("target kinds", () => {
  it("asks stars of the star kinds, a % of the share kinds, and the count of craft villages only of theirs", () => {
    expect(kindFields("PRODUCTS_PER_YEAR_MIN_STARS")).toEqual({ minStars: true, share: false, denominator: false });
    expect(kindFields("SHARE_PRODUCERS_MODERN_CHANNELS")).toEqual({ minStars: false, share: true, denominator: false });
    expect(kindFields("SHARE_CRAFT_VILLAGES_WITH_OCOP")).toEqual({ minStars: false, share: true, denominator: true });
    expect(kindFields("SALES_POINTS_COUNT")).toEqual({ minStars: false, share: false, denominator: false });
  });
});

describe("wholeNumber", () => {
  it("reads Vietnamese thousands and a trailing %, and refuses anything else", () => {
    expect(wholeNumber("1.000")).toBe(1000);
    expect(wholeNumber(" 1 000 ")).toBe(1000);
    expect(wholeNumber("30%")).toBe(30);
    expect(wholeNumber("")).toBeNull();
    for (const bad of ["12a", "-5", "2,5", "ba trăm"]) expect(wholeNumber(bad)).toBeNaN();
  });
});

describe("parseTargetForm", () => {
  it("sends only the fields the kind needs", () => {
    const parsed = parseTargetForm(form({ kind: "SALES_POINTS_COUNT", label: " 8 điểm bán ", targetValue: "8", minStars: "4", denominator: "12" }));
    expect(parsed.input).toEqual({ kind: "SALES_POINTS_COUNT", label: "8 điểm bán", targetValue: 8, minStars: null, denominator: null });
    const villages = parseTargetForm(form({ kind: "SHARE_CRAFT_VILLAGES_WITH_OCOP", label: "50% làng nghề", targetValue: "50%", minStars: "3", denominator: "40" }));
    expect(villages.input).toMatchObject({ targetValue: 50, minStars: null, denominator: 40 });
    const stars = parseTargetForm(form({ kind: "PRODUCTS_CERTIFIED_MIN_STARS", label: "335 sản phẩm", targetValue: "335", minStars: "3" }));
    expect(stars.input).toMatchObject({ targetValue: 335, minStars: 3 });
  });

  it("keeps what was typed and names the field of a number that is not one", () => {
    const parsed = parseTargetForm(form({ kind: "PRODUCTS_EVALUATED", label: "Đánh giá sản phẩm", targetValue: "12a" }));
    expect(parsed.input).toBeNull();
    expect(parsed.errors).toEqual({ targetValue: "INVALID_TARGET_VALUE" });
    expect(parsed.values).toMatchObject({ kind: "PRODUCTS_EVALUATED", label: "Đánh giá sản phẩm", targetValue: "12a" });
    expect(parseTargetForm(form({ kind: "SHARE_PRODUCERS_MODERN_CHANNELS", label: "x", targetValue: "130" })).errors).toEqual({ targetValue: "INVALID_SHARE_VALUE" });
    expect(parseTargetForm(form({ kind: "PRODUCTS_CERTIFIED_MIN_STARS", label: "x", targetValue: "5", minStars: "2" })).errors).toEqual({ minStars: "INVALID_MIN_STARS" });
    expect(parseTargetForm(form({ kind: "NOPE", label: "x", targetValue: "5" })).errors).toEqual({ kind: "INVALID_KIND" });
  });
});

describe("parsePlanForm", () => {
  it("needs real dates (the API could not receive others), and passes the rest on", () => {
    expect(parsePlanForm(form({ title: "Hà Nội 2026–2030", periodStart: "2026-02-30", periodEnd: "2030-12-31" })).errors).toEqual({ periodStart: "INVALID_PERIOD" });
    const ok = parsePlanForm(form({ provinceId: "UHJvdmluY2U6cHJ2XzAx", title: " Hà Nội 2026–2030 ", periodStart: "2026-01-01", periodEnd: "2030-12-31", decisionReference: "" }));
    expect(ok.input).toEqual({ provinceId: "UHJvdmluY2U6cHJ2XzAx", title: "Hà Nội 2026–2030", periodStart: "2026-01-01", periodEnd: "2030-12-31", decisionReference: "" });
  });
});

describe("API errors", () => {
  it("puts each userError next to its field, a share's value as a share, unknown codes as UNKNOWN", () => {
    expect(planErrorsFromApi([{ field: ["input", "periodEnd"], code: "INVALID_PERIOD" }, { field: ["input", "title"], code: "TITLE_REQUIRED" }])).toEqual({
      periodEnd: "INVALID_PERIOD", title: "TITLE_REQUIRED",
    });
    expect(targetErrorsFromApi([{ field: ["input", "targetValue"], code: "INVALID_TARGET_VALUE" }], "SHARE_PRODUCERS_MODERN_CHANNELS")).toEqual({ targetValue: "INVALID_SHARE_VALUE" });
    expect(targetErrorsFromApi([{ field: ["input", "planId"], code: "SOMETHING_NEW" }], "SALES_POINTS_COUNT")).toEqual({ form: "UNKNOWN" });
  });
});

describe("who edits what", () => {
  const hanoi = { id: "UHJvdmluY2U6cHJ2XzAx", code: "01", name: "Hà Nội" };
  it("lets admins edit every plan and a province council its province's, the ministry's council none", () => {
    const admin = planEditorScope([{ kind: "ADMIN" }]);
    expect(mayEditPlan(admin, null)).toBe(true);
    const council = planEditorScope([{ kind: "COUNCIL_MEMBER", level: "PROVINCE", province: hanoi }]);
    expect(mayEditPlan(council, "01")).toBe(true);
    expect(mayEditPlan(council, "31")).toBe(false);
    expect(mayEditPlan(council, null)).toBe(false);
    const ministry = planEditorScope([{ kind: "COUNCIL_MEMBER", level: "MINISTRY", province: null }]);
    expect(ministry).toEqual({ all: false, province: null });
    expect(mayEditPlan(ministry, "01")).toBe(false);
  });

  it("tells the admin's plan pages from the council's by their path", () => {
    expect(planWorkspaceOf("/quan-tri/ke-hoach")).toBe("admin");
    expect(planWorkspaceOf("/en/admin/plans/abc")).toBe("admin");
    expect(planWorkspaceOf("/hoi-dong/ke-hoach/abc")).toBe("council");
  });
});
