import { randomBytes } from 'node:crypto';

/**
 * Public trace codes: 10 characters of Crockford's base32 alphabet in lower case (no i, l, o, u, so a
 * code copied by hand from a label survives), 50 random bits. Random, not derived from an id: a code
 * seen on one package tells nothing about any other batch.
 */
export const TRACE_CODE_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const TRACE_CODE_LENGTH = 10;
const TRACE_CODE = /^[0-9abcdefghjkmnpqrstvwxyz]{10}$/;

/** A code from any source of random numbers in [0, 1) (the seed passes its own PRNG). */
export function traceCodeFrom(random: () => number): string {
  let code = '';
  for (let i = 0; i < TRACE_CODE_LENGTH; i++) code += TRACE_CODE_ALPHABET[Math.floor(random() * 32)];
  return code;
}

/** A fresh code from the operating system's cryptographic random source (32 divides 256: no bias). */
export function newTraceCode(): string {
  return Array.from(randomBytes(TRACE_CODE_LENGTH), (b) => TRACE_CODE_ALPHABET[b & 31]).join('');
}

/**
 * The canonical form of a code typed or scanned by a person (case and Crockford's look-alikes
 * i/l → 1, o → 0 folded), or null when it cannot be a trace code at all.
 */
export function normaliseTraceCode(input: string): string | null {
  const folded = input.trim().toLowerCase().replace(/[il]/g, '1').replace(/o/g, '0');
  return TRACE_CODE.test(folded) ? folded : null;
}

/** Where the QR of a batch points: the storefront's trace page. */
export function traceUrl(storefrontUrl: string, code: string): string {
  return `${storefrontUrl.replace(/\/+$/, '')}/truy-xuat/${code}`;
}

/** QR images are served to the public through the storefront (which proxies /qr/* to this API). */
export function qrCodeUrl(storefrontUrl: string, code: string, format: 'svg' | 'png'): string {
  return `${storefrontUrl.replace(/\/+$/, '')}/qr/${code}.${format}`;
}
