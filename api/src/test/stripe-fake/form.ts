/**
 * Stripe's request encoding: `application/x-www-form-urlencoded` with bracketed keys, as the SDK
 * writes it (qs, `arrayFormat: 'indices'`): `metadata[order_id]=x`, `expand[0]=latest_charge`,
 * `payment_method_data[card][number]=4242…`. Parsed into nested objects and arrays of strings.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };

export function parseStripeForm(text: string): Record<string, FormValue> {
  const root: Record<string, FormValue> = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(rawKey);
    if (!match) continue;
    const path = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
    let node: Record<string, FormValue> | FormValue[] = root;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      const last = i === path.length - 1;
      const slot: string | number = Array.isArray(node) ? (key === '' ? node.length : Number(key)) : key;
      if (last) {
        (node as Record<string | number, FormValue>)[slot] = value;
      } else {
        const nextIsIndex = /^\d*$/.test(path[i + 1]!);
        const existing = (node as Record<string | number, FormValue>)[slot];
        const child: FormValue = existing && typeof existing === 'object' ? existing : nextIsIndex ? [] : {};
        (node as Record<string | number, FormValue>)[slot] = child;
        node = child as Record<string, FormValue> | FormValue[];
      }
    }
  }
  return root;
}

/** Same parameters in any key order → the same string (idempotency fingerprints). */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
