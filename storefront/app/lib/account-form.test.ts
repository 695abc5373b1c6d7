import { describe, expect, it } from "vitest";
import { translatorFor } from "../i18n/translator.server";
import { ACCOUNT_ERROR_CODES, accountErrorMessage, checkAccountForm, errorsFromApi, fieldErrorsFromApi, newPasswordProblem, readAccountForm } from "./account-form";

describe("account forms", () => {
  it("check email and password length before calling the API", () => {
    expect(checkAccountForm({ email: "", password: "" }, "signUp")).toEqual({
      email: "EMAIL_REQUIRED",
      password: "PASSWORD_REQUIRED",
    });
    expect(checkAccountForm({ email: "lan@", password: "ngan" }, "signUp")).toEqual({
      email: "INVALID_EMAIL",
      password: "PASSWORD_TOO_SHORT",
    });
    expect(checkAccountForm({ email: "lan@example.vn", password: "ngan" }, "logIn")).toEqual({});
  });

  it("put API error codes next to the field they name", () => {
    expect(errorsFromApi([{ field: ["input", "email"], code: "EMAIL_TAKEN" }])).toEqual({ email: "EMAIL_TAKEN" });
    expect(errorsFromApi([{ field: null, code: "INVALID_CREDENTIALS" }])).toEqual({ form: "INVALID_CREDENTIALS" });
    expect(errorsFromApi([{ field: null, code: "SOMETHING_NEW" }])).toEqual({ form: "UNKNOWN" });
  });

  it("show every code in Vietnamese and English, never the API's text", () => {
    const vi = translatorFor("vi");
    const en = translatorFor("en");
    expect(accountErrorMessage(vi, "INVALID_CREDENTIALS")).toBe("Email hoặc mật khẩu không đúng.");
    expect(accountErrorMessage(en, "INVALID_CREDENTIALS")).toBe("Wrong email or password.");
    expect(accountErrorMessage(vi, "PASSWORD_TOO_SHORT")).toBe("Mật khẩu cần ít nhất 10 ký tự.");
    expect(accountErrorMessage(en, "PASSWORD_TOO_SHORT")).toBe("The password needs at least 10 characters.");
    expect(accountErrorMessage(en, "PASSWORD_TOO_LONG")).toBe("The password is too long (at most 200 characters).");
    expect(accountErrorMessage(en, "SOMETHING_NEW")).toBe("Something went wrong. Please try again.");
    for (const code of ACCOUNT_ERROR_CODES) {
      expect(accountErrorMessage(vi, code), code).not.toMatch(/account\.errors/);
      expect(accountErrorMessage(en, code), code).not.toBe(accountErrorMessage(vi, code));
    }
  });

  it("read trimmed email and untouched password", () => {
    const form = new FormData();
    form.set("email", "  lan@example.vn ");
    form.set("password", " pass with spaces ");
    expect(readAccountForm(form)).toEqual({ email: "lan@example.vn", password: " pass with spaces " });
  });
});

describe("the page after signing in", () => {
  it("is a path on this site, never another site", async () => {
    const { safeRedirect } = await import("./account-form");
    expect(safeRedirect("/san-pham?nhom=FOOD")).toBe("/san-pham?nhom=FOOD");
    expect(safeRedirect("//evil.test")).toBe("/");
    expect(safeRedirect("/\\evil.test")).toBe("/");
    expect(safeRedirect("https://evil.test")).toBe("/");
    expect(safeRedirect(null)).toBe("/");
  });

  it("put any form's API error codes next to its own fields, the rest on the form", () => {
    expect(fieldErrorsFromApi([{ field: ["input", "currentPassword"], code: "WRONG_PASSWORD" }], ["currentPassword", "newPassword"])).toEqual({
      currentPassword: "WRONG_PASSWORD",
    });
    expect(fieldErrorsFromApi([{ field: ["input", "token"], code: "TOKEN_EXPIRED" }], ["password"])).toEqual({ form: "TOKEN_EXPIRED" });
    expect(newPasswordProblem("")).toBe("PASSWORD_REQUIRED");
    expect(newPasswordProblem("ngan")).toBe("PASSWORD_TOO_SHORT");
    expect(newPasswordProblem("banh-cuon-thanh-tri")).toBeNull();
  });

  it("explain invitation and token failures in both languages", () => {
    expect(accountErrorMessage(translatorFor("vi"), "INVITATION_EMAIL_MISMATCH")).toBe(
      "Lời mời này dành cho một địa chỉ email khác. Hãy đăng nhập bằng đúng email được mời.",
    );
    expect(accountErrorMessage(translatorFor("en"), "LAST_OWNER")).toBe("The last owner of a producer cannot be removed.");
  });
});
