import { describe, expect, it } from "vitest";
import { translatorFor } from "../i18n/translator.server";
import { approvalFilterFrom, auditChanges, auditSubjectName, cursorFrom, roleLabel, withParams } from "./admin";

describe("admin helpers", () => {
  it("read the approval filter and cursor from the URL, pending by default", () => {
    expect(approvalFilterFrom(new URLSearchParams(""))).toBe("cho-duyet");
    expect(approvalFilterFrom(new URLSearchParams("trang-thai=da-duyet"))).toBe("da-duyet");
    expect(approvalFilterFrom(new URLSearchParams("trang-thai=x"))).toBe("cho-duyet");
    expect(cursorFrom(new URLSearchParams("sau=abc_-1"))).toBe("abc_-1");
    expect(cursorFrom(new URLSearchParams("sau=a%20b"))).toBeNull();
    expect(withParams(new URLSearchParams("trang-thai=tat-ca&sau=x"), { sau: null })).toBe("?trang-thai=tat-ca");
  });

  it("name roles in the page's language", () => {
    const vi = translatorFor("vi");
    const en = translatorFor("en");
    expect(roleLabel(vi, { kind: "COUNCIL_MEMBER", level: "PROVINCE", province: { name: "Hà Nội" } })).toBe("Hội đồng đánh giá – Hội đồng Hà Nội");
    expect(roleLabel(en, { kind: "COUNCIL_MEMBER", level: "MINISTRY", province: null })).toBe("Rating council – Ministry council");
    expect(roleLabel(vi, { kind: "OPERATOR_MEMBER", operatorRole: "OWNER", operator: { name: "HTX Đường Lâm" } })).toBe(
      "Thành viên đơn vị du lịch – HTX Đường Lâm (chủ sở hữu)",
    );
  });

  it("list what an audit event changed, ids left out", () => {
    expect(auditChanges({ id: "1", state: "RECOGNISED", revokedReason: null }, { id: "1", state: "REVOKED", revokedReason: "Vi phạm" })).toEqual([
      { key: "state", before: "RECOGNISED", after: "REVOKED" },
      { key: "revokedReason", before: null, after: "Vi phạm" },
    ]);
    expect(auditChanges(null, { email: "a@b.vn", kind: "ADMIN", userId: "usr_1" })).toEqual([
      { key: "email", before: null, after: "a@b.vn" },
      { key: "kind", before: null, after: "ADMIN" },
    ]);
    // Empty fields of a new object are left out; objects and lists are shown as text, not JSON.
    expect(
      auditChanges(null, { total: 75, revokedOn: null, scores: { A: 30, B: 20, C: 25 }, parts: [{ code: "A", max: 40 }, { code: "B", max: 25 }] }),
    ).toEqual([
      { key: "total", before: null, after: "75" },
      { key: "scores", before: null, after: "A: 30, B: 20, C: 25" },
      { key: "parts", before: null, after: "code: A, max: 40; code: B, max: 25" },
    ]);
    expect(auditChanges({ kind: "COUNCIL_MEMBER", provinceId: "p1", note: null }, null)).toEqual([{ key: "kind", before: "COUNCIL_MEMBER", after: null }]);
    expect(auditSubjectName({ number: "12/QĐ" }, null)).toBe("12/QĐ");
  });
});

describe("date and time of audit events", () => {
  it("is Vietnam's wall-clock time", async () => {
    const { formatDateTime } = await import("./format");
    expect(formatDateTime("2026-11-23T07:05:00.000Z", "vi")).toBe("14:05 23/11/2026");
    expect(formatDateTime("2026-11-23T07:05:00.000Z", "en")).toBe("23/11/2026, 14:05");
  });
});
