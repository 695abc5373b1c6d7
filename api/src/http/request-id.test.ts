import { describe, expect, it } from 'vitest';
import { requestIdOf } from './request-id.js';

describe('the request id', () => {
  it('honours a sane incoming x-request-id', () => {
    expect(requestIdOf('4bf92f3577b34da6a3ce929d0e0e4736')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(requestIdOf(['edge-1:abc.123_x', 'other'])).toBe('edge-1:abc.123_x');
  });

  it('replaces a missing, short, long or hostile one with a random UUID', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const bad of [undefined, '', 'abc', 'x'.repeat(129), 'id\nfake log line', '<script>alert(1)</script>', 'a b c d e f g h']) {
      expect(requestIdOf(bad)).toMatch(uuid);
    }
  });
});
