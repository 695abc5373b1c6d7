import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { AUTH_RULES } from './auth.js';
import { getSchema } from './schema.js';

describe('authorisation rules', () => {
  it('every Mutation field declares one (public ones say PUBLIC)', async () => {
    const schema = await getSchema();
    const storage = getMetadataStorage();
    const fields = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(fields.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const field of fields) {
      const resolver = storage.mutations.find((m) => m.schemaName === field);
      if (!resolver) throw new Error(`no resolver metadata for Mutation.${field}`);
      const onMethod = storage.authorizedFields.find((a) => a.target === resolver.target && a.fieldName === resolver.methodName);
      const onClass = storage.authorizedResolver.find((a) => a.target === resolver.target);
      const roles = (onMethod ?? onClass)?.roles;
      if (!roles?.length) {
        missing.push(field);
        continue;
      }
      for (const role of roles) expect(AUTH_RULES, `Mutation.${field} names an unknown rule`).toContain(role);
    }
    expect(missing, 'mutations without @Rule(...): add one (PUBLIC when anyone may call it)').toEqual([]);
  });
});
