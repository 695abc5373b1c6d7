import { describe, expect, it } from 'vitest';
import { createServices } from '../../modules/services.js';
import { testDatabase } from '../../test/database.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { seed } from './seed.js';

describe('demo accounts of a seeded database', () => {
  it('sign in with the documented password and hold one workspace each, also after seeding again', async () => {
    const { orm } = await testDatabase();
    await seed(orm, { products: 60, producersPerKind: 5 });
    await seed(orm, { products: 60, producersPerKind: 5 });
    const kinds: Record<string, string[]> = {};
    for (const [name, email] of Object.entries(DEMO_ACCOUNTS)) {
      const services = createServices(orm.em.fork());
      const result = await services.accounts.logIn({ email, password: DEMO_PASSWORD }, { ip: null });
      expect(result.userErrors, name).toEqual([]);
      kinds[name] = (await services.accounts.rolesOf(result.viewer!.userId)).map((r) => `${r.kind}:${r.councilLevel ?? r.producerRole ?? ''}`);
    }
    expect(kinds).toEqual({
      admin: ['ADMIN:'],
      council: ['COUNCIL_MEMBER:PROVINCE'],
      ministry: ['COUNCIL_MEMBER:MINISTRY'],
      producer: ['PRODUCER_MEMBER:OWNER'],
      shopper: [],
    });
  });
});
