import { isIP } from 'node:net';

/**
 * The address of the client a request comes from, for per-address login throttling. Behind a
 * trusted proxy (the storefront server, a load balancer) it is the right-most X-Forwarded-For entry
 * that is not itself a trusted proxy. When the request comes from a trusted proxy that did not say
 * who its client was, there is no client address: null, and only the per-account limit applies
 * (counting every shopper of the storefront as one address would lock them all out together).
 */
export function clientIp(remoteAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: readonly string[]): string | null {
  const normalise = (a: string) => a.trim().replace(/^::ffff:/, '');
  const trusted = new Set(trustedProxies.map(normalise));
  const remote = remoteAddress ? normalise(remoteAddress) : null;
  if (!remote) return null;
  if (!trusted.has(remote)) return remote;
  const hops = (forwardedFor ?? '').split(',').map(normalise).filter((a) => isIP(a) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.has(hops[i]!)) return hops[i]!;
  }
  return null;
}
