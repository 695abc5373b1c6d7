import { describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from './global-id.js';
import { decodeCursor, encodeCursor } from './relay.js';

describe('global ids and cursors', () => {
  it('round-trip and reject garbage', () => {
    expect(fromGlobalId(toGlobalId('Product', 'prd_01ABC'))).toEqual({ type: 'Product', id: 'prd_01ABC' });
    expect(fromGlobalId('@@')).toBeNull();
    expect(fromGlobalId(Buffer.from('no-colon').toString('base64url'))).toBeNull();
    expect(decodeCursor(encodeCursor('prd_01ABC'))).toBe('prd_01ABC');
    expect(decodeCursor(null)).toBeNull();
    expect(() => decodeCursor('Zm9v')).toThrow(/after/);
  });
});
