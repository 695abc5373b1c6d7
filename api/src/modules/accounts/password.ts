import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { z } from 'zod';
import { AccountErrorCode } from './account-errors.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

export const PASSWORD_MIN_LENGTH = 10;
/** argon2 hashes any length, but a megabyte password is a denial-of-service vector, not a password. */
export const PASSWORD_MAX_LENGTH = 200;

/**
 * argon2id with OWASP's second recommended setting (19 MiB, 2 passes, 1 lane): ~50 ms here.
 * The parameters are inside each PHC string, so raising them later keeps old hashes verifiable.
 */
// `Algorithm` is an ambient const enum (unusable as a value under isolatedModules): 2 is Argon2id.
const ARGON2 = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random throwaway password, verified against when the email is unknown, so a failed
 * login costs the same argon2 work whether or not the account exists.
 */
let dummy: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(`dummy-${Math.random()}-${Date.now()}`);
  return dummy;
}

/** Emails as stored: trimmed; the domain lower-cased (the column is citext, so case never splits accounts). */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => {
    const at = email.lastIndexOf('@');
    return `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}`;
  });

export interface PasswordProblem {
  code: AccountErrorCode;
  message: string;
}

/** The sign-up password rules; null when the password is acceptable for this email. */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { code: AccountErrorCode.PASSWORD_TOO_SHORT, message: `Password must have at least ${PASSWORD_MIN_LENGTH} characters.` };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return { code: AccountErrorCode.PASSWORD_TOO_LONG, message: `Password must have at most ${PASSWORD_MAX_LENGTH} characters.` };
  }
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered) || /^(.)\1*$/u.test(password)) {
    return { code: AccountErrorCode.PASSWORD_TOO_COMMON, message: 'This password is too common; choose another.' };
  }
  const localPart = email.slice(0, email.lastIndexOf('@')).toLowerCase();
  if (localPart.length >= 3 && lowered.includes(localPart)) {
    return { code: AccountErrorCode.PASSWORD_CONTAINS_EMAIL, message: 'Password must not contain your email address.' };
  }
  return null;
}
