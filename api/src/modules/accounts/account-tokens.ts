import type { ThrottleLimit } from './login-throttle.js';
import type { AccountTokenPurpose } from './account-token.entity.js';

/** How long a mailed token can be redeemed. */
export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 48 * 3600_000,
  RESET_PASSWORD: 3600_000,
};

/**
 * Password reset requests (each request counts, found or not): per email, so nobody floods one inbox;
 * per address, so nobody sprays the whole user base.
 */
export const PASSWORD_RESET_LIMITS = {
  account: { maxFailures: 3, windowMs: 60 * 60_000 },
  ip: { maxFailures: 10, windowMs: 60 * 60_000 },
} satisfies Record<'account' | 'ip', ThrottleLimit>;

/** Resending the verification mail (a signed-in user asks): per account and per address. */
export const VERIFICATION_RESEND_LIMITS = {
  account: { maxFailures: 3, windowMs: 60 * 60_000 },
  ip: { maxFailures: 10, windowMs: 60 * 60_000 },
} satisfies Record<'account' | 'ip', ThrottleLimit>;

/** Tokens are 256 random bits, base64url: 43 characters. Anything else is refused before any lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function verificationMail(storefrontUrl: string, token: string) {
  const link = `${storefrontUrl}/xac-minh-email?token=${token}`;
  return {
    subject: 'Xác minh email / Verify your email — OCOP Market',
    text: `Chào bạn,\n\nMở liên kết sau để xác minh địa chỉ email của bạn (hiệu lực 48 giờ):\nOpen this link to verify your email address (valid 48 hours):\n\n${link}\n\nNếu bạn không đăng ký, hãy bỏ qua thư này. If you did not sign up, ignore this mail.\n`,
  };
}

export function passwordResetMail(storefrontUrl: string, token: string) {
  const link = `${storefrontUrl}/dat-lai-mat-khau?token=${token}`;
  return {
    subject: 'Đặt lại mật khẩu / Reset your password — OCOP Market',
    text: `Chào bạn,\n\nMở liên kết sau để đặt mật khẩu mới (hiệu lực 1 giờ, dùng một lần):\nOpen this link to choose a new password (valid 1 hour, single use):\n\n${link}\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu của bạn không đổi. If you did not ask, ignore this mail.\n`,
  };
}
