import { describe, expect, it } from 'vitest';
import { rows } from '../../lib/sql.js';
import { createServices } from '../../modules/services.js';
import { testDatabase } from '../../test/database.js';
import { DEMO_ACCOUNTS, DEMO_OPERATOR, DEMO_PASSWORD } from './demo-accounts.js';
import { seed } from './seed.js';
import { DEMO_TOURISM } from './tourism.js';

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
      kinds[name] = (await services.accounts.rolesOf(result.viewer!.userId)).map((r) => `${r.kind}:${r.councilLevel ?? r.producerRole ?? r.operatorRole ?? ''}`);
    }
    expect(kinds).toEqual({
      admin: ['ADMIN:'],
      council: ['COUNCIL_MEMBER:PROVINCE'],
      ministry: ['COUNCIL_MEMBER:MINISTRY'],
      producer: ['PRODUCER_MEMBER:OWNER'],
      operator: ['OPERATOR_MEMBER:OWNER'],
      salesPointManager: ['SALES_POINT_MANAGER:', 'SALES_POINT_MANAGER:'],
      shopper: [],
    });
    // Its tourism operator is approved, and there is one only (beside the demo tourism catalogue's), however often the seed runs.
    const viewer = await createServices(orm.em.fork()).accounts.logIn({ email: DEMO_ACCOUNTS.operator, password: DEMO_PASSWORD }, { ip: null });
    const role = viewer.viewer!.roles[0]!;
    const [operator] = await createServices(orm.em.fork()).tourismOperators.byIds([role.operatorId!]);
    expect(operator).toMatchObject({ name: DEMO_OPERATOR.name, slug: 'htx-du-lich-cong-dong-lang-co-duong-lam' });
    expect(operator!.approvedAt).not.toBeNull();
    const page = await createServices(orm.em.fork()).tourismOperators.list({ approval: null, first: 10, after: null });
    expect(page.totalCount).toBe(1 + DEMO_TOURISM.filter((o) => o.slug).length);
    // The demo sales points too: approved, kept once across reseeds, with confirmed listings.
    const points = await rows<{ n: number; approved: number; listed: number }>(
      orm.em.fork(),
      `select count(*)::int as n, count(approved_at)::int as approved,
         (select count(*)::int from sales_point_product where state = 'CONFIRMED') as listed from sales_point`,
    );
    expect(points[0]).toMatchObject({ n: 22, approved: 22 });
    expect(points[0]!.listed).toBeGreaterThan(20);
  });

  it('give the demo producer listings at Hà Nội points and a request waiting for the demo manager', async () => {
    const { orm } = await testDatabase();
    await seed(orm);
    const listings = await rows<{ state: string; slug: string; owner: string }>(
      orm.em.fork(),
      `select l.state, sp.slug, u.email as owner from sales_point_product l join sales_point sp on sp.id = l.point_id
       join product p on p.id = l.product_id join role_assignment r on r.producer_id = p.producer_id and r.kind = 'PRODUCER_MEMBER'
       join user_account u on u.id = r.user_id where u.email = ? order by l.state, sp.slug`,
      [DEMO_ACCOUNTS.producer],
    );
    expect(listings.filter((l) => l.state === 'CONFIRMED').map((l) => l.slug)).toContain('diem-ocop-ha-noi-hoan-kiem');
    expect(listings.filter((l) => l.state === 'REQUESTED')).toEqual([{ state: 'REQUESTED', slug: 'showroom-ocop-cau-giay', owner: DEMO_ACCOUNTS.producer }]);
  });

  it('give the Hà Nội council a queue: open evaluation requests from the demo owner', async () => {
    const { orm } = await testDatabase();
    await seed(orm);
    const open = await rows<{ submitter: string; province: string }>(
      orm.em.fork(),
      `select u.email as submitter, pv.code as province from evaluation_request r
       join user_account u on u.id = r.submitted_by_user_id
       join product p on p.id = r.product_id join producer pr on pr.id = p.producer_id
       join province pv on pv.id = coalesce((select successor_id from province where id = pr.province_id), pr.province_id)
       where r.state = 'OPEN'`,
    );
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThanOrEqual(3);
    expect(new Set(open.map((r) => `${r.submitter} ${r.province}`))).toEqual(new Set([`${DEMO_ACCOUNTS.producer} 01`]));
  });
});
