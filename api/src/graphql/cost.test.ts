import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  isEnumType, isInputObjectType, isListType, isNonNullType, Kind, parse, typeFromAST,
  type DocumentNode, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { MAX_QUERY_COST, queryCost } from './cost.js';
import { MAX_PAGE_SIZE } from './relay.js';
import { getSchema } from './schema.js';

/** Every operation the storefront sends, from its generated client (storefront/app/gql/graphql.ts). */
async function storefrontOperations(): Promise<{ name: string; document: DocumentNode }[]> {
  const source = await readFile(path.join(repoRoot, 'storefront', 'app', 'gql', 'graphql.ts'), 'utf8');
  const found = [...source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)];
  return found.map(([, name, json]) => ({ name: name!, document: JSON.parse(json!) as DocumentNode }));
}

/** Variables that make an operation as dear as it can get: `first` at the largest page, anything else required at a plain valid value. */
function dearestVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const variables: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if (name === 'first') variables[name] = MAX_PAGE_SIZE;
    else if (v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue) variables[name] = plainValue(typeFromAST(schema, v.type) as GraphQLInputType);
  }
  return variables;
}

function plainValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plainValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = plainValue(field.type);
    return value;
  }
  for (const candidate of ['x', 1, '2026-01-01', '2026-01-01T00:00:00Z', true]) {
    try {
      type.parseValue(candidate);
      return candidate;
    } catch {}
  }
  throw new Error(`no plain value for ${type.name}`);
}

describe('query cost (list fields weighted by first)', async () => {
  const schema = await getSchema();

  it('counts a page once per item it may return, with first defaulting to 24', () => {
    expect(queryCost(schema, parse(`{ provinces(first: 10) { nodes { name } } }`))).toBe(1 + 10 * (1 + 1));
    expect(queryCost(schema, parse(`{ provinces { nodes { name } } }`))).toBe(1 + 24 * 2);
    expect(queryCost(schema, parse(`query ($n: Int) { provinces(first: $n) { nodes { name } } }`), { n: 50 })).toBe(1 + 50 * 2);
  });

  it('multiplies nested pages, and counts a page size out of range at the largest page (the resolver names the argument)', () => {
    const nested = (n: number) => parse(`{ producers(first: 100) { nodes { products(first: 100) { nodes { variants(first: ${n}) { nodes { sku } } } } } } }`);
    expect(queryCost(schema, nested(1))).toBe(1 + 100 * (1 + 1 + 100 * (1 + 3)));
    expect(queryCost(schema, nested(1))).toBeLessThanOrEqual(MAX_QUERY_COST);
    expect(queryCost(schema, nested(100))).toBeGreaterThan(MAX_QUERY_COST);
    expect(queryCost(schema, parse(`{ provinces(first: 10000) { nodes { name } } }`))).toBe(1 + 100 * 2);
  });

  it('lets every storefront operation through at the largest page size', async () => {
    const operations = await storefrontOperations();
    expect(operations.length).toBeGreaterThan(50);
    const costs = operations.map(({ name, document }) => ({ name, cost: queryCost(schema, document, dearestVariables(schema, document)) }));
    const dearest = costs.reduce((a, b) => (b.cost > a.cost ? b : a));
    expect(dearest.cost, `${dearest.name} costs ${dearest.cost}`).toBeLessThanOrEqual(MAX_QUERY_COST);
  });
});
