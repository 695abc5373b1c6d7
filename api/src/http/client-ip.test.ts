import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip.js';

const trusted = ['127.0.0.1', '::1'];

describe('the client address for throttling', () => {
  it('is the peer when the peer is not a trusted proxy, whatever X-Forwarded-For claims', () => {
    expect(clientIp('203.0.113.7', '198.51.100.1', trusted)).toBe('203.0.113.7');
  });

  it('is the right-most untrusted X-Forwarded-For hop behind a trusted proxy', () => {
    expect(clientIp('::ffff:127.0.0.1', 'spoofed, 198.51.100.1, 127.0.0.1', trusted)).toBe('198.51.100.1');
  });

  it('is unknown when a trusted proxy names no client (the storefront without a proxy in front)', () => {
    expect(clientIp('127.0.0.1', undefined, trusted)).toBeNull();
  });
});
