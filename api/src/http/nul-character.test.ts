import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsNulCharacter } from './nul-character.js';

describe('containsNulCharacter', () => {
  it('finds U+0000 in strings, keys and nested values of a request body', () => {
    expect(containsNulCharacter({ query: '{ a }', variables: { input: { name: ['ok', 'a\u0000b'] } } })).toBe(true);
    expect(containsNulCharacter({ variables: { 'k\u0000': 1 } })).toBe(true);
    expect(containsNulCharacter({ query: '{ a }', variables: { input: { name: 'Chè 🍵', n: 1, b: null } } })).toBe(false);
  });

  it('agrees with every key and string JSON.stringify visits, for any JSON value (property)', () => {
    const unit = fc.constantFrom('a', 'ờ', '\u0000', '\\', 'u', '0');
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: unit }), (value) => {
        const seen: string[] = [];
        JSON.stringify(value, (key, v: unknown) => {
          seen.push(key);
          if (typeof v === 'string') seen.push(v);
          return v;
        });
        expect(containsNulCharacter(value)).toBe(seen.some((s) => s.includes('\u0000')));
      }),
    );
  });

  it('walks a deeply nested body without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let k = 0; k < 200_000; k++) deep = [deep];
    expect(containsNulCharacter(deep)).toBe(false);
  });
});
