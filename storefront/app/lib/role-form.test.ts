import { describe, expect, it } from "vitest";
import { checkRoleForm, readRoleForm, roleErrorsFromApi } from "./role-form";

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};

describe("role assignment form", () => {
  it("asks for the scope of the chosen kind only", () => {
    expect(checkRoleForm(readRoleForm(form({ email: "", kind: "COUNCIL_MEMBER", councilLevel: "PROVINCE", producerSlug: "x" })))).toEqual({
      errors: { email: "EMAIL_REQUIRED", provinceId: "PROVINCE_REQUIRED" },
    });
    expect(checkRoleForm(readRoleForm(form({ email: "a@b.vn", kind: "COUNCIL_MEMBER", councilLevel: "MINISTRY" })))).toEqual({
      kind: "COUNCIL_MEMBER", level: "MINISTRY", producerRole: null, operatorRole: null,
    });
    expect(checkRoleForm(readRoleForm(form({ email: "a@b.vn", kind: "OPERATOR_MEMBER" })))).toEqual({
      errors: { operatorId: "OPERATOR_REQUIRED", operatorRole: "OPERATOR_ROLE_REQUIRED" },
    });
    expect(checkRoleForm(readRoleForm(form({ email: "a@b.vn" })))).toEqual({ errors: { kind: "KIND_REQUIRED" } });
  });

  it("maps API errors to the form's fields", () => {
    expect(roleErrorsFromApi([{ field: ["input", "producerId"], code: "PRODUCER_NOT_FOUND" }, { field: null, code: "ROLE_ALREADY_ASSIGNED" }])).toEqual({
      producerSlug: "PRODUCER_NOT_FOUND",
      form: "ROLE_ALREADY_ASSIGNED",
    });
  });
});
