/**
 * Whether a request value holds U+0000 anywhere (strings, object keys, nested). PostgreSQL text cannot
 * store it: such a string reached the database as an internal error ("invalid byte sequence"), so the
 * HTTP layer refuses the request first (found by the fuzz test). Iterative: a deeply nested body
 * cannot overflow the stack.
 */
export function containsNulCharacter(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return true;
    } else if (Array.isArray(v)) {
      stack.push(...v);
    } else if (v !== null && typeof v === 'object') {
      for (const [key, inner] of Object.entries(v)) {
        if (key.includes('\u0000')) return true;
        stack.push(inner);
      }
    }
  }
  return false;
}
