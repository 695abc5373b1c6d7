import { describe, expect, it } from 'vitest';
import { AccountErrorCode } from './account-errors.js';
import { emailSchema, hashPassword, passwordProblem, verifyPassword } from './password.js';

describe('sign-up password rules', () => {
  const email = 'lan.nguyen@example.vn';

  it('refuses passwords under 10 characters', () => {
    expect(passwordProblem('ngan9kytu', email)?.code).toBe(AccountErrorCode.PASSWORD_TOO_SHORT);
  });

  it('refuses passwords on the common list, whatever their case', () => {
    expect(passwordProblem('1234567890', email)?.code).toBe(AccountErrorCode.PASSWORD_TOO_COMMON);
    expect(passwordProblem('MatKhau123', email)?.code).toBe(AccountErrorCode.PASSWORD_TOO_COMMON);
    expect(passwordProblem('aaaaaaaaaaaa', email)?.code).toBe(AccountErrorCode.PASSWORD_TOO_COMMON);
  });

  it("refuses passwords containing the email's local part", () => {
    expect(passwordProblem('xx-Lan.Nguyen-2025', email)?.code).toBe(AccountErrorCode.PASSWORD_CONTAINS_EMAIL);
  });

  it('refuses absurdly long passwords', () => {
    expect(passwordProblem('x'.repeat(199) + 'y!', email)?.code).toBe(AccountErrorCode.PASSWORD_TOO_LONG);
  });

  it('accepts a long uncommon passphrase', () => {
    expect(passwordProblem('banh-dau-xanh-hai-duong', email)).toBeNull();
  });
});

describe('emails', () => {
  it('are trimmed and keep the local part but lower-case the domain', () => {
    expect(emailSchema.parse('  Lan.Nguyen@Example.VN ')).toBe('Lan.Nguyen@example.vn');
  });

  it('must be addresses', () => {
    expect(emailSchema.safeParse('lan@').success).toBe(false);
    expect(emailSchema.safeParse('không phải email').success).toBe(false);
  });
});

describe('password hashes', () => {
  it('are argon2id and verify only the right password', async () => {
    const hash = await hashPassword('banh-dau-xanh-hai-duong');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'banh-dau-xanh-hai-duong')).toBe(true);
    expect(await verifyPassword(hash, 'banh-dau-xanh-hai-phong')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });
});
