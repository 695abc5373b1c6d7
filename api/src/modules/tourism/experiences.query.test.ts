import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';
import { tourismBuilder } from '../../test/tourism.js';
import { rows } from '../../lib/sql.js';
import { toGlobalId } from '../../graphql/global-id.js';

// "Now" is Monday 23/11/2026, 10:00 in Vietnam (03:00 UTC).
const NOW = new Date('2026-11-23T03:00:00Z');
const now = () => NOW;

const LIST = /* GraphQL */ `
  query ($first: Int, $after: String, $filter: ExperienceFilter) {
    experiences(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name slug languages
        prices { unitType price { amount } seats }
        point { name province { code } certificate { stars } images { totalCount } operator { name } }
        products { nodes { relation product { name } } }
        slots(from: "2026-11-28") { nodes { remaining bookable } }
      }
    }
  }
`;

const { orm } = await testDatabase();
const api = await testApi(orm, { now });
const names = async (filter: Record<string, unknown>) =>
  ((await api.gql(LIST, { first: 100, filter })).data!.experiences.nodes as { name: string }[]).map((n) => n.name).sort();
let chePointId = '';

beforeAll(async () => {
  const catalogue = new CatalogueBuilder();
  const laoCaiProducer = catalogue.producer('HTX Chè Shan tuyết Suối Giàng', province.current('15'));
  const tea = catalogue.product('Chè Shan tuyết cổ thụ', laoCaiProducer, { slug: 'che-shan-tuyet' });
  await catalogue.write(orm);
  const t = await tourismBuilder(orm, { now });
  const laoCai = await t.operator('HTX Du lịch Tả Van', '15');
  const hanoi = await t.operator('HTX Gốm Bát Tràng', '01');
  const pending = await t.operator('Homestay chưa duyệt', '15', false);

  const che = await t.point(laoCai.id, 'Đồi chè Suối Giàng', { kind: 'FARM', languages: ['vi', 'en'] });
  chePointId = che.id;
  await t.certificate(che.id, 4, '2025-09-01');
  const hai = await t.experience(che.id, 'Hái chè Shan tuyết', {
    languages: ['vi', 'en'], bookingCutoffHours: 12, maxPartySize: 8,
    prices: [{ unitType: 'CHILD', amount: 150_000 }, { unitType: 'ADULT', amount: 350_000 }],
    products: [{ productId: tea.id, relation: 'TASTED' }],
  });
  await t.slots(hai.id, '2026-11-24', '2026-12-06', ['08:00', '14:00'], 12);
  const gomPoint = await t.point(hanoi.id, 'Làng gốm Bát Tràng', { kind: 'CRAFT_VILLAGE' });
  await t.certificate(gomPoint.id, 3, '2025-09-01');
  const gom = await t.experience(gomPoint.id, 'Làm gốm Bát Tràng', { confirmation: 'ON_REQUEST', languages: ['vi', 'fr'], maxPartySize: 20 });
  await t.slots(gom.id, '2026-11-28', '2026-11-28', ['09:00'], 3);
  // A second Lào Cai point with an expired certificate and an experience for 2 at most.
  const homestay = await t.point(laoCai.id, 'Homestay Tả Van', { kind: 'HOMESTAY' });
  await t.certificate(homestay.id, 5, '2022-01-01', '2025-01-01');
  const nau = await t.experience(homestay.id, 'Nấu cỗ Tày', { maxPartySize: 2 });
  await t.slots(nau.id, '2026-11-28', '2026-11-28', ['18:00'], 10);
  // Not public: a draft experience, a draft point, a pending operator.
  await t.experience(che.id, 'Sao chè thủ công (nháp)', { publish: false });
  const draftPoint = await t.point(laoCai.id, 'Điểm nháp', { publish: false });
  await t.experience(draftPoint.id, 'Trải nghiệm ở điểm nháp');
  const pendingPoint = await t.point(pending.id, 'Homestay chờ duyệt');
  await t.experience(pendingPoint.id, 'Trải nghiệm của nhà chưa duyệt');
  // A point recorded under Yên Bái before the merger (legacy data) rolls up into today's Lào Cai.
  const legacy = await t.point(laoCai.id, 'Ruộng bậc thang Mù Cang Chải');
  await rows(orm.em.fork(), `update tourism_point set province_id = 'prv_old_15' where id = ?`, [legacy.id]);
  await t.experience(legacy.id, 'Mùa lúa chín Mù Cang Chải');
  // Many experiences to page through.
  const many = await t.point(hanoi.id, 'Làng cổ Đường Lâm');
  for (let i = 0; i < 30; i++) {
    const e = await t.experience(many.id, `Tham quan nhà cổ ${String(i).padStart(2, '0')}`);
    if (i < 3) await t.slots(e.id, '2026-11-28', '2026-11-28', ['10:00'], 5);
  }
});

describe('experiences query', () => {
  it('lists only published experiences of published points of approved operators', async () => {
    const all = await names({});
    expect(all).toHaveLength(34);
    expect(all).not.toContain('Sao chè thủ công (nháp)');
    expect(all).not.toContain('Trải nghiệm ở điểm nháp');
    expect(all).not.toContain('Trải nghiệm của nhà chưa duyệt');
  });

  it('filters by province, rolling historic provinces up into the current one', async () => {
    expect(await names({ provinceCode: '15' })).toEqual(['Hái chè Shan tuyết', 'Mùa lúa chín Mù Cang Chải', 'Nấu cỗ Tày']);
    const unknown = await api.gql(LIST, { filter: { provinceCode: '99' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("filters by the point's valid certificate stars (expired certificates do not count)", async () => {
    expect(await names({ minStars: 4 })).toEqual(['Hái chè Shan tuyết']);
    expect(await names({ minStars: 3, provinceCode: '01' })).toEqual(['Làm gốm Bát Tràng']);
  });

  it('filters by language', async () => {
    expect(await names({ language: 'fr' })).toEqual(['Làm gốm Bát Tràng']);
    expect(await names({ language: 'EN', provinceCode: '15' })).toEqual(['Hái chè Shan tuyết']);
  });

  it('filters by a Vietnam day with room for the party, before the cut-off', async () => {
    const saturday = await names({ date: '2026-11-28', partySize: 2 });
    expect(saturday).toEqual(['Hái chè Shan tuyết', 'Làm gốm Bát Tràng', 'Nấu cỗ Tày', 'Tham quan nhà cổ 00', 'Tham quan nhà cổ 01', 'Tham quan nhà cổ 02']);
    // 4 people: the pottery slot has 3 places, the Tày dinner takes 2 at most.
    expect(await names({ date: '2026-11-28', partySize: 4, minStars: 3 })).toEqual(['Hái chè Shan tuyết']);
    // Tomorrow 08:00 is 22 h away: before the 12 h cut-off, bookable.
    expect(await names({ date: '2026-11-24', provinceCode: '15' })).toEqual(['Hái chè Shan tuyết']);
    // No slot on a day outside the generated range.
    expect(await names({ date: '2026-12-20' })).toEqual([]);
  });

  it('does not match a day whose only slots are past the booking cut-off, or closed', async () => {
    const t = await tourismBuilder(orm, { now });
    // 23/11 20:00 is 10 h away: inside the 12 h cut-off of the tea experience.
    const tea = (await api.gql(`{ experience(slug: "hai-che-shan-tuyet") { id } }`)).data!.experience;
    expect(tea).toBeTruthy();
    const [row] = await rows<{ id: string }>(orm.em.fork(), `select id from experience where slug = 'hai-che-shan-tuyet'`);
    await t.slots(row!.id, '2026-11-23', '2026-11-23', ['20:00'], 12);
    expect(await names({ date: '2026-11-23', provinceCode: '15' })).toEqual([]);
    await rows(orm.em.fork(), `update experience_slot set closed_at = now() where experience_id = ? and starts_at >= '2026-12-01T00:00:00+07:00' and starts_at < '2026-12-02T00:00:00+07:00'`, [row!.id]);
    expect(await names({ date: '2026-12-01', provinceCode: '15' })).toEqual([]);
  });

  it('finds words of the name or point without accents', async () => {
    expect(await names({ query: 'hai che' })).toEqual(['Hái chè Shan tuyết']);
    expect(await names({ query: 'suoi giang' })).toEqual(['Hái chè Shan tuyết']);
  });

  it('pages by name with cursors', async () => {
    const first = (await api.gql(LIST, { first: 20 })).data!.experiences;
    expect(first.nodes).toHaveLength(20);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await api.gql(LIST, { first: 20, after: first.pageInfo.endCursor })).data!.experiences;
    expect(second.nodes).toHaveLength(14);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('shows prices in OCTO order, the point with its stars, linked products and slots', async () => {
    const [tea] = (await api.gql(LIST, { filter: { query: 'Hái chè' } })).data!.experiences.nodes;
    expect(tea.prices).toEqual([
      { unitType: 'ADULT', price: { amount: 350_000 }, seats: 1 },
      { unitType: 'CHILD', price: { amount: 150_000 }, seats: 1 },
    ]);
    expect(tea.point).toMatchObject({ name: 'Đồi chè Suối Giàng', province: { code: '15' }, certificate: { stars: 4 }, operator: { name: 'HTX Du lịch Tả Van' } });
    expect(tea.products.nodes).toEqual([{ relation: 'TASTED', product: { name: 'Chè Shan tuyết cổ thụ' } }]);
    expect(tea.slots.nodes).toEqual([{ remaining: 12, bookable: true }, { remaining: 12, bookable: true }]);
  });

  it('shows the experiences on the product page ("experience it at…")', async () => {
    const res = await api.gql(`{ product(slug: "che-shan-tuyet") { experiences { nodes { name point { name } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.product.experiences.nodes).toEqual([{ name: 'Hái chè Shan tuyết', point: { name: 'Đồi chè Suối Giàng' } }]);
  });

  it('answers a public point by slug and hides drafts from visitors', async () => {
    const point = await api.gql(`{ tourismPoint(slug: "doi-che-suoi-giang") { name certificate { stars isValid } experiences { nodes { name } } } }`);
    expect(point.data!.tourismPoint).toEqual({ name: 'Đồi chè Suối Giàng', certificate: { stars: 4, isValid: true }, experiences: { nodes: [{ name: 'Hái chè Shan tuyết' }] } });
    expect((await api.gql(`{ tourismPoint(slug: "diem-nhap") { name } }`)).data!.tourismPoint).toBeNull();
    expect((await api.gql(`{ experience(slug: "sao-che-thu-cong-nhap") { name } }`)).data!.experience).toBeNull();
    expect((await api.gql(`query ($id: ID!) { node(id: $id) { ... on TourismPoint { name } } }`, { id: toGlobalId('TourismPoint', chePointId) })).data!.node).toEqual({ name: 'Đồi chè Suối Giàng' });
  });

  it('answers a slot by its global id, with its experience', async () => {
    const [slot] = (await api.gql(`{ experience(slug: "hai-che-shan-tuyet") { slots(from: "2026-11-28") { nodes { id } } } }`)).data!.experience.slots.nodes;
    const res = await api.gql(`query ($id: ID!) { node(id: $id) { ... on ExperienceSlot { remaining bookable held experience { name } } } }`, { id: slot.id });
    expect(res.data!.node).toEqual({ remaining: 12, bookable: true, held: null, experience: { name: 'Hái chè Shan tuyết' } });
  });

  it('costs the same number of SQL statements for 5 or 30 experiences', async () => {
    const small = await api.gql(LIST, { first: 5 });
    const large = await api.gql(LIST, { first: 30 });
    expect(small.errors).toBeUndefined();
    expect(large.data!.experiences.nodes).toHaveLength(30);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    expect(large.sqlStatements).toBeLessThanOrEqual(14);
  });
});
