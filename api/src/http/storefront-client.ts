import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * The storefront's server calls this API on behalf of shoppers, so every such request comes from the
 * storefront's own address. To count per-address limits (rate limits, login throttles) per shopper,
 * the storefront names the shopper's address in CLIENT_ADDRESS_HEADER, and proves it is the
 * storefront with the shared secret STOREFRONT_API_TOKEN in STOREFRONT_TOKEN_HEADER. Anyone else
 * could put any address in the header, so without the right token it is ignored.
 */
export const STOREFRONT_TOKEN_HEADER = 'x-ocop-storefront-token';
export const CLIENT_ADDRESS_HEADER = 'x-ocop-client-address';

export type RelayedClient =
  /** No address header: the usual rules apply (http/client-ip.ts). */
  | { address: null; ignored: null }
  /** The storefront named its shopper. */
  | { address: string; ignored: null }
  /** An address header that is not believed, and why (for the log; the usual rules apply). */
  | { address: null; ignored: 'no token configured' | 'missing token' | 'wrong token' | 'not an IP address' };

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares in time independent of where the values differ (and of their lengths: both are hashed first). */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value?.trim();
}

/**
 * The shopper's address the storefront relays, when the request carries the storefront's token.
 * `headers` are Node's (lower-case names); a repeated header is not believed.
 */
export function relayedClient(headers: Record<string, string | string[] | undefined>, token: string | undefined): RelayedClient {
  const raw = headers[CLIENT_ADDRESS_HEADER];
  if (raw === undefined) return { address: null, ignored: null };
  if (!token) return { address: null, ignored: 'no token configured' };
  const given = single(headers[STOREFRONT_TOKEN_HEADER]);
  if (!given) return { address: null, ignored: 'missing token' };
  if (!sameSecret(given, token)) return { address: null, ignored: 'wrong token' };
  const address = single(raw)?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (!address || isIP(address) === 0) return { address: null, ignored: 'not an IP address' };
  return { address, ignored: null };
}
