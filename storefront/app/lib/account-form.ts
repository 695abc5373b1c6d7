/**
 * The sign-up and login forms: their fields, the checks done before calling the API (the same
 * rules the API enforces, so the answer comes without a round trip) and the Vietnamese message for
 * each API error code.
 */

export const PASSWORD_MIN_LENGTH = 10;

export interface AccountFormValues {
  email: string;
  password: string;
}

export type AccountFormErrors = Partial<Record<"email" | "password" | "form", string>>;

export function readAccountForm(form: FormData): AccountFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return { email: text("email").trim(), password: text("password") };
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkAccountForm(values: AccountFormValues, mode: "signUp" | "logIn"): AccountFormErrors {
  const errors: AccountFormErrors = {};
  if (!values.email) errors.email = "Vui lòng nhập email.";
  else if (!EMAIL_PATTERN.test(values.email)) errors.email = "Email không hợp lệ.";
  if (!values.password) errors.password = "Vui lòng nhập mật khẩu.";
  else if (mode === "signUp" && values.password.length < PASSWORD_MIN_LENGTH) {
    errors.password = `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`;
  }
  return errors;
}

const MESSAGES: Record<string, string> = {
  INVALID_EMAIL: "Email không hợp lệ.",
  EMAIL_TAKEN: "Email này đã có tài khoản. Bạn có thể đăng nhập.",
  PASSWORD_TOO_SHORT: `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`,
  PASSWORD_TOO_LONG: "Mật khẩu quá dài (tối đa 200 ký tự).",
  PASSWORD_TOO_COMMON: "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.",
  PASSWORD_CONTAINS_EMAIL: "Mật khẩu không được chứa địa chỉ email của bạn.",
  INVALID_CREDENTIALS: "Email hoặc mật khẩu không đúng.",
  LOGIN_THROTTLED: "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
};

/** API userErrors → messages next to the fields they name (`["input", "email"]` → email). */
export function errorsFromApi(userErrors: readonly { field?: readonly string[] | null; code: string }[]): AccountFormErrors {
  const errors: AccountFormErrors = {};
  for (const error of userErrors) {
    const name = error.field?.[error.field.length - 1];
    const key = name === "email" || name === "password" ? name : "form";
    errors[key] ??= MESSAGES[error.code] ?? "Đã có lỗi xảy ra. Vui lòng thử lại.";
  }
  return errors;
}

/** Where to go after signing in: a path on this site only (never `//evil.test` or a full URL). */
export function safeRedirect(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  return target;
}
