import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../lib/dates.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { writeDemoAccounts } from './demo-accounts.js';
import { generateSeedData } from './generate.js';
import { loadProvinces, writeSeedData } from './seed.js';
import { DEMO_SLOT_DAYS, writeDemoTourism } from './tourism.js';

// The seed's clock: Wednesday 25/11/2026, 09:00 in Vietnam.
const NOW = new Date('2026-11-25T02:00:00Z');
const { orm } = await testDatabase();
const api = await testApi(orm, { now: () => NOW });

beforeAll(async () => {
  const data = generateSeedData({ products: 120, producersPerKind: 10, provinces: await loadProvinces(orm.em.fork()) });
  await orm.em.fork().transactional(async (em) => {
    await writeSeedData(em, data);
    await writeDemoAccounts(em);
    await writeDemoTourism(em, NOW);
  });
});

describe('demo tourism catalogue', () => {
  it('has a 4★ Lào Cai tea experience bookable for 2 adults next Saturday', async () => {
    const saturday = '2026-11-28';
    const res = await api.gql(`query ($date: LocalDate!) { experiences(filter: { provinceCode: "15", minStars: 4, date: $date, partySize: 2 }) {
      nodes { name confirmation bookingCutoffHours freeCancellationHours maxPartySize prices { unitType price { amount } }
        point { name certificate { stars } } products { nodes { relation product { name } } }
        slots(from: $date) { nodes { remaining bookable } } } } }`, { date: saturday });
    expect(res.errors).toBeUndefined();
    const [tea] = res.data!.experiences.nodes;
    expect(tea).toMatchObject({
      name: 'Hái chè Shan tuyết và thưởng trà', confirmation: 'INSTANT', bookingCutoffHours: 12, freeCancellationHours: 48, maxPartySize: 8,
      prices: [{ unitType: 'ADULT', price: { amount: 350_000 } }, { unitType: 'CHILD', price: { amount: 180_000 } }],
      point: { name: 'Đồi chè Shan tuyết Suối Giàng', certificate: { stars: 4 } },
    });
    expect(tea.slots.nodes).toEqual([{ remaining: 12, bookable: true }, { remaining: 12, bookable: true }]);
    expect(tea.products.nodes.length).toBeGreaterThan(0);
  });

  it(`gives every experience slots for ${DEMO_SLOT_DAYS} days, and Bát Tràng pottery on request`, async () => {
    const [span] = await rows<{ first: string; last: string }>(
      orm.em.fork(),
      `select min(starts_at at time zone 'Asia/Ho_Chi_Minh')::date::text as first, max(starts_at at time zone 'Asia/Ho_Chi_Minh')::date::text as last from experience_slot`,
    );
    expect(span).toEqual({ first: '2026-11-25', last: addDays('2026-11-25', DEMO_SLOT_DAYS - 1) });
    const res = await api.gql(`{ experience(slug: "lam-gom-bat-trang") { confirmation point { province { name } } } }`);
    expect(res.data!.experience).toEqual({ confirmation: 'ON_REQUEST', point: { province: { name: 'Hà Nội' } } });
    const demo = await api.gql(`{ experiences(filter: { provinceCode: "01" }) { totalCount } }`);
    expect(demo.data!.experiences.totalCount).toBe(3);
  });

  it('replaces itself when seeded again', async () => {
    const before = await rows<{ n: number }>(orm.em.fork(), `select count(*)::int as n from experience`);
    await orm.em.fork().transactional((em) => writeDemoTourism(em, NOW));
    expect(await rows<{ n: number }>(orm.em.fork(), `select count(*)::int as n from experience`)).toEqual(before);
    const [operators] = await rows<{ n: number }>(orm.em.fork(), `select count(*)::int as n from tourism_operator where approved_at is not null`);
    expect(operators!.n).toBe(4);
  });
});
