import { describe, expect, it } from "vitest";
import { checkAccountForm, errorsFromApi, readAccountForm } from "./account-form";

describe("account forms", () => {
  it("check email and password length in Vietnamese before calling the API", () => {
    expect(checkAccountForm({ email: "", password: "" }, "signUp")).toEqual({
      email: "Vui lòng nhập email.",
      password: "Vui lòng nhập mật khẩu.",
    });
    expect(checkAccountForm({ email: "lan@", password: "ngan" }, "signUp")).toEqual({
      email: "Email không hợp lệ.",
      password: "Mật khẩu cần ít nhất 10 ký tự.",
    });
    expect(checkAccountForm({ email: "lan@example.vn", password: "ngan" }, "logIn")).toEqual({});
  });

  it("put API errors next to the field they name", () => {
    expect(errorsFromApi([{ field: ["input", "email"], code: "EMAIL_TAKEN" }])).toEqual({
      email: "Email này đã có tài khoản. Bạn có thể đăng nhập.",
    });
    expect(errorsFromApi([{ field: null, code: "INVALID_CREDENTIALS" }])).toEqual({ form: "Email hoặc mật khẩu không đúng." });
    expect(errorsFromApi([{ field: null, code: "SOMETHING_NEW" }]).form).toMatch(/lỗi/);
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
});
