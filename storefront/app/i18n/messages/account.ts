import { defineMessages } from "../define";

/**
 * Sign-up and log-in pages. `errors` has one message per error code: the form's own checks
 * (EMAIL_REQUIRED, PASSWORD_REQUIRED, …) and the API's AccountErrorCode values, so the API's
 * own (English) message text is never shown.
 */
export default defineMessages({
  vi: {
    signUpTitle: "Đăng ký tài khoản",
    signUpSubmit: "Đăng ký",
    haveAccount: "Đã có tài khoản?",
    logInTitle: "Đăng nhập",
    logInSubmit: "Đăng nhập",
    noAccount: "Chưa có tài khoản?",
    email: "Email",
    password: "Mật khẩu",
    passwordHint: "Ít nhất {min, number} ký tự, không dùng mật khẩu phổ biến, không chứa email.",
    errors: {
      EMAIL_REQUIRED: "Vui lòng nhập email.",
      PASSWORD_REQUIRED: "Vui lòng nhập mật khẩu.",
      INVALID_EMAIL: "Email không hợp lệ.",
      EMAIL_TAKEN: "Email này đã có tài khoản. Bạn có thể đăng nhập.",
      PASSWORD_TOO_SHORT: "Mật khẩu cần ít nhất {min, number} ký tự.",
      PASSWORD_TOO_LONG: "Mật khẩu quá dài (tối đa {max, number} ký tự).",
      PASSWORD_TOO_COMMON: "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.",
      PASSWORD_CONTAINS_EMAIL: "Mật khẩu không được chứa địa chỉ email của bạn.",
      INVALID_CREDENTIALS: "Email hoặc mật khẩu không đúng.",
      LOGIN_THROTTLED: "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
      UNKNOWN: "Đã có lỗi xảy ra. Vui lòng thử lại.",
    },
  },
  en: {
    signUpTitle: "Create an account",
    signUpSubmit: "Sign up",
    haveAccount: "Already have an account?",
    logInTitle: "Log in",
    logInSubmit: "Log in",
    noAccount: "No account yet?",
    email: "Email",
    password: "Password",
    passwordHint: "At least {min, number} characters, not a common password, not containing your email.",
    errors: {
      EMAIL_REQUIRED: "Please enter your email.",
      PASSWORD_REQUIRED: "Please enter your password.",
      INVALID_EMAIL: "This email address is not valid.",
      EMAIL_TAKEN: "This email already has an account. You can log in.",
      PASSWORD_TOO_SHORT: "The password needs at least {min, number} characters.",
      PASSWORD_TOO_LONG: "The password is too long (at most {max, number} characters).",
      PASSWORD_TOO_COMMON: "This password is too common and easy to guess. Please choose another one.",
      PASSWORD_CONTAINS_EMAIL: "The password must not contain your email address.",
      INVALID_CREDENTIALS: "Wrong email or password.",
      LOGIN_THROTTLED: "Too many failed attempts. Please try again in 15 minutes.",
      UNKNOWN: "Something went wrong. Please try again.",
    },
  },
});
