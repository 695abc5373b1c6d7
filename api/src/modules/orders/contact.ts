import { z } from 'zod';

/**
 * A Vietnamese phone number, as people type it (spaces, dots, dashes, +84 or 84 or 0), normalised to
 * the domestic form `0xxxxxxxxx`: mobiles 03/05/07/08/09 + 8 digits, landlines 02 + 9 digits.
 * Null when it is not one.
 */
export function vietnamesePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()]/g, '');
  const national = compact.replace(/^(\+84|84)(?=\d{9,10}$)/, '0');
  if (/^0[35789]\d{8}$/.test(national) || /^02\d{9}$/.test(national)) return national;
  return null;
}

const email = z.string().trim().toLowerCase().pipe(z.email());

export function normalisedEmail(input: string): string | null {
  const parsed = email.safeParse(input);
  return parsed.success ? parsed.data : null;
}
