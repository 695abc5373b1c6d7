import {
  astFromValue,
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isAbstractType,
  isLeafType,
  isObjectType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { pick } from '../db/seed/random.js';

/**
 * A schema-driven generator of GraphQL operations for the fuzz test (graphql/schema.fuzz.test.ts):
 * random root fields (queries and mutations) with arguments of the right types drawn from pools of
 * real ids, slugs and hostile values, random selections within the depth limit; and invalid
 * operations (wrong types, missing required arguments, unknown fields, syntax garbage). Seeded:
 * the same seed gives the same operations.
 */

export interface FuzzPools {
  /** Global ids of real objects (and of objects the caller may not see). */
  ids: string[];
  slugs: string[];
  /** Order numbers and other short codes. */
  codes: string[];
}

export interface FuzzOperation {
  kind: 'valid' | 'invalid';
  /** What was broken, for invalid ones. */
  mutation?: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** Strings a hostile client sends: unicode, control characters, NUL, markup, SQL, long ones. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  'Chè Thái Nguyên',
  'banh dau xanh',
  'Mật ong hoa nhãn 🐝',
  '\u0000',
  'a\u0000b',
  '\u202Egnp.exe',
  '𝕆ℂ𝕆ℙ',
  '\uD800',
  "' or 1=1 --",
  '%_\\',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${jndi:ldap://x}',
  '../../etc/passwd',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  'null',
  'ờ'.repeat(300),
  'x'.repeat(5_000),
  '0912345678',
  'fuzz@example.test',
  'not-an-email',
];

export const HOSTILE_INTS = [0, 1, 2, 3, 5, -1, -2_147_483_648, 2_147_483_647, 100, 1000];
export const HOSTILE_FLOATS = [0, 1, 2.5, -1, 0.1, 1e-9, 1e21, 1.7976931348623157e308, -1e308, 21.0285, 105.8542, Number.MAX_SAFE_INTEGER];
export const HOSTILE_SAFE_INTS = [0, 1, 250_000, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 31];
export const MALFORMED_IDS = [
  '',
  '!!!',
  'UHJvZHVjdDo', // "Product:" without an id
  Buffer.from('Product:../../x', 'utf8').toString('base64url'),
  Buffer.from('Nope:prd_1', 'utf8').toString('base64url'),
  Buffer.from("Product:' or '1'='1", 'utf8').toString('base64url'),
  Buffer.from('Order:\u0000', 'utf8').toString('base64url'),
  'A'.repeat(401),
  'prd_01HZZZZZZZZZZZZZZZZZZZZZZZ',
];

export class OperationGenerator {
  private readonly query: GraphQLObjectType;
  private readonly mutation: GraphQLObjectType | null;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: () => number,
    private readonly pools: FuzzPools,
    private readonly options: { maxDepth: number; skipMutations?: readonly string[] } = { maxDepth: 5 },
  ) {
    this.query = schema.getQueryType()!;
    this.mutation = schema.getMutationType() ?? null;
  }

  private chance(p: number) {
    return this.random() < p;
  }

  private int(min: number, max: number) {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  /** A valid operation: one or two root fields of one kind, arguments typed right, selection within limits. */
  valid(kind: 'query' | 'mutation' = this.mutation && this.chance(0.35) ? 'mutation' : 'query'): FuzzOperation {
    const root = kind === 'mutation' ? this.mutation! : this.query;
    const fields = Object.values(root.getFields()).filter((f) => !(kind === 'mutation' && this.options.skipMutations?.includes(f.name)));
    const chosen = [pick(this.random, fields), ...(this.chance(0.25) ? [pick(this.random, fields)] : [])];
    const variableDefs: string[] = [];
    const variables: Record<string, unknown> = {};
    const selections = chosen.map((field, k) => {
      const args = field.args
        .filter((a) => a.type instanceof GraphQLNonNull || this.chance(0.5))
        .map((a) => {
          const value = this.value(a.type, a.name, 0);
          // Half the root arguments go as variables (variable coercion), half inline (literal parsing).
          if (this.chance(0.5)) {
            const name = `v${k}_${a.name}`;
            variableDefs.push(`$${name}: ${a.type.toString()}`);
            variables[name] = value;
            return `${a.name}: $${name}`;
          }
          return `${a.name}: ${this.literal(value, a.type)}`;
        });
      return `f${k}: ${field.name}${args.length ? `(${args.join(', ')})` : ''}${this.selection(field.type, 1)}`;
    });
    const header = `${kind} Fuzz${variableDefs.length ? `(${variableDefs.join(', ')})` : ''}`;
    return { kind: 'valid', query: `${header} { ${selections.join(' ')} }`, variables };
  }

  /** An operation broken in one of several ways. */
  invalid(): FuzzOperation {
    const base = this.valid();
    const how = pick(this.random, ['unknownField', 'unknownArgument', 'missingRequired', 'wrongVariableType', 'wrongLiteral', 'syntax', 'tooDeep', 'manyAliases', 'hugeNumber', 'undeclaredVariable'] as const);
    const root = this.mutation && this.chance(0.35) ? this.mutation : this.query;
    const field = pick(this.random, Object.values(root.getFields()));
    const kind = root === this.query ? 'query' : 'mutation';
    const withArgs = (args: string) => `${kind} { ${field.name}${args}${this.selection(field.type, 1)} }`;
    switch (how) {
      case 'unknownField':
        return { kind: 'invalid', mutation: how, query: base.query.replace(/\{ /, '{ zzUnknownField ').replace(/\{ f0/, '{ nope: zzUnknown f0'), variables: base.variables };
      case 'unknownArgument':
        return { kind: 'invalid', mutation: how, query: withArgs(`(zzUnknownArg: 1${field.args.filter((a) => a.type instanceof GraphQLNonNull).map((a) => `, ${a.name}: ${this.literal(this.value(a.type, a.name, 0), a.type)}`).join('')})`) };
      case 'missingRequired': {
        const required = field.args.filter((a) => a.type instanceof GraphQLNonNull);
        if (required.length === 0) return { kind: 'invalid', mutation: how, query: `${kind} { ${field.name}(id: ) }` };
        return { kind: 'invalid', mutation: how, query: withArgs('') };
      }
      case 'wrongVariableType': {
        const arg = field.args[0];
        if (!arg) return { kind: 'invalid', mutation: how, query: `query($x: Int!) { __typename }`, variables: { x: 'not a number' } };
        const wrong = this.wrongValue(arg.type);
        const others = field.args.slice(1).filter((a) => a.type instanceof GraphQLNonNull).map((a) => `, ${a.name}: ${this.literal(this.value(a.type, a.name, 0), a.type)}`).join('');
        return { kind: 'invalid', mutation: how, query: `${kind} Wrong($x: ${arg.type.toString()}) { ${field.name}(${arg.name}: $x${others})${this.selection(field.type, 1)} }`, variables: { x: wrong } };
      }
      case 'wrongLiteral': {
        const arg = field.args[0];
        const literal = pick(this.random, ['"text"', '12', '1.5', 'true', 'null', '[1, 2]', '{ a: 1 }', 'SOME_ENUM', '$undeclared']);
        return { kind: 'invalid', mutation: how, query: withArgs(arg ? `(${arg.name}: ${literal})` : `(x: ${literal})`) };
      }
      case 'syntax': {
        const cut = base.query.slice(0, this.int(1, Math.max(1, base.query.length - 1)));
        return { kind: 'invalid', mutation: how, query: pick(this.random, [cut, `${base.query} }`, base.query.replace(/\(/, '(('), '{', 'query { product(slug: "a) { name } }', '\u0000{', '#'.repeat(50)]) };
      }
      case 'tooDeep':
        return { kind: 'invalid', mutation: how, query: `{ products(first: 1) { nodes { producer { products(first: 1) { nodes { producer { products(first: 1) { nodes { name } } } } } } } } }` };
      case 'manyAliases':
        return { kind: 'invalid', mutation: how, query: `{ ${Array.from({ length: 20 }, (_, k) => `a${k}: __typename`).join(' ')} }` };
      case 'hugeNumber':
        return { kind: 'invalid', mutation: how, query: `{ products(first: 99999999999999999999) { totalCount } provinces(first: -5) { totalCount } }` };
      case 'undeclaredVariable':
        return { kind: 'invalid', mutation: how, query: withArgs(field.args[0] ? `(${field.args[0].name}: $nope)` : '') };
    }
  }

  /** A value of an input type (a JSON value, as variables carry it); null only where the type allows it. */
  value(type: GraphQLInputType, name: string, depth: number): unknown {
    if (type instanceof GraphQLNonNull) return this.present(type.ofType, name, depth);
    return depth > 0 && this.chance(0.1) ? null : this.present(type, name, depth);
  }

  private present(type: GraphQLInputType, name: string, depth: number): unknown {
    if (type instanceof GraphQLNonNull) return this.present(type.ofType, name, depth);
    if (type instanceof GraphQLList) return Array.from({ length: this.int(0, depth > 1 ? 1 : 3) }, () => this.value(type.ofType, name, depth + 1));
    if (type instanceof GraphQLEnumType) return pick(this.random, type.getValues()).value;
    if (type instanceof GraphQLInputObjectType) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(type.getFields())) {
        if (f.type instanceof GraphQLNonNull || (depth < 3 && this.chance(0.5))) out[f.name] = this.value(f.type, f.name, depth + 1);
      }
      return out;
    }
    return this.scalar(type as GraphQLScalarType, name);
  }

  private scalar(type: GraphQLScalarType, name: string): unknown {
    const lower = name.toLowerCase();
    switch (type.name) {
      case 'ID':
        return this.chance(0.8) && this.pools.ids.length ? pick(this.random, this.pools.ids) : pick(this.random, MALFORMED_IDS);
      case 'Int':
        // Page sizes mostly small, so responses stay within the cost limit and quick.
        return lower === 'first' || lower === 'last' ? pick(this.random, [1, 1, 2, 2, 3, 5, 0, -1, 101, 2_147_483_647]) : pick(this.random, HOSTILE_INTS);
      case 'Float':
        return pick(this.random, HOSTILE_FLOATS);
      case 'SafeInt':
        return pick(this.random, HOSTILE_SAFE_INTS);
      case 'Boolean':
        return this.chance(0.5);
      case 'DateTimeISO':
        return pick(this.random, ['2026-11-20T03:00:00.000Z', '2026-12-01T00:00:00Z', '1900-01-01T00:00:00Z', '2999-12-31T23:59:59Z']);
      case 'LocalDate':
        return pick(this.random, ['2026-11-20', '2025-07-01', '2026-02-28', '1900-01-01', '2999-12-31']);
      case 'JSON':
        return pick(this.random, [{}, { A: 30, B: 20, C: 25 }, [], 'x', 1, { nested: { deep: [1, 2, 3] } }]);
      default: {
        // String (and any scalar added later): real slugs, codes and ids where the name asks for them.
        if (/slug/.test(lower) && this.chance(0.8)) return pick(this.random, this.pools.slugs);
        if (/(number|code|token|lot)$/.test(lower) && this.chance(0.6)) return pick(this.random, [...this.pools.codes, ...HOSTILE_STRINGS.slice(0, 4)]);
        if (/id$/.test(lower) && this.chance(0.7)) return pick(this.random, [...this.pools.ids, ...MALFORMED_IDS]);
        if (/email/.test(lower)) return pick(this.random, ['fuzz@example.test', 'FUZZ@Example.Test ', 'not-an-email', 'a@b', `${'x'.repeat(300)}@example.test`]);
        if (/password/.test(lower)) return pick(this.random, ['short', 'nuoc-mam-phu-quoc-40', 'x'.repeat(2000), '']);
        return pick(this.random, HOSTILE_STRINGS);
      }
    }
  }

  /** A value of the wrong type for `type`. */
  private wrongValue(type: GraphQLInputType): unknown {
    const named = getNamedType(type);
    const candidates: unknown[] = [{ a: 1 }, [1, 2], 'text', 12.5, true, -1e308, '9'.repeat(40)];
    if (named.name === 'String' || named.name === 'ID') return pick(this.random, [{ a: 1 }, [{}], 1.5e300]);
    return pick(this.random, candidates);
  }

  /** The GraphQL literal of a value (fallback: a JSON-ish string literal when the value does not fit the type). */
  private literal(value: unknown, type: GraphQLInputType): string {
    try {
      const node = astFromValue(value, type);
      if (node) return print(node);
    } catch {
      // Values the scalar refuses to serialise (e.g. NaN): send them as a string.
    }
    return JSON.stringify(String(value));
  }

  /** A selection set for an output type (empty for leaves), within maxDepth. */
  selection(type: unknown, depth: number): string {
    const named = getNamedType(type as GraphQLNamedType);
    if (isLeafType(named)) return '';
    if (isAbstractType(named)) {
      const possible = this.schema.getPossibleTypes(named);
      // One fragment: two could select the same field name with different types (a validation error).
      const t = pick(this.random, possible);
      return ` { __typename ... on ${t.name}${this.selection(t, depth)} }`;
    }
    if (!isObjectType(named)) return ' { __typename }';
    const fields = Object.values(named.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !(a.type instanceof GraphQLNonNull)));
    const objects = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    const picked = new Set<GraphQLField<unknown, unknown>>();
    for (const f of leaves) if (this.chance(0.35)) picked.add(f);
    if (depth < this.options.maxDepth) {
      for (const f of objects) if (this.chance(depth <= 2 ? 0.3 : 0.15)) picked.add(f);
    }
    if (picked.size === 0) return ' { __typename }';
    const parts = [...picked].map((f) => {
      const args = f.args.filter((a) => a.type instanceof GraphQLNonNull || (a.name === 'first' ? true : this.chance(0.3))).map((a) => this.inlineArg(a));
      return `${f.name}${args.length ? `(${args.join(', ')})` : ''}${this.selection(f.type, depth + 1)}`;
    });
    return ` { ${parts.join(' ')} }`;
  }

  private inlineArg(a: GraphQLArgument): string {
    const value = a.name === 'first' ? this.int(0, 3) : this.value(a.type, a.name, 0);
    return `${a.name}: ${this.literal(value, a.type)}`;
  }
}
