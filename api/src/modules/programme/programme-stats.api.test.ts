import { beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../../db/orm.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';

// The API clock: 23/11/2026 in Vietnam, after every seeded plan's period.
const TODAY = new Date('2026-11-23T03:00:00Z');
const offline = [{ label: 'hộp', price: 90_000, stock: 0 }];

const catalogue = new CatalogueBuilder();
const hpOld = catalogue.producer('HTX Hải Phòng cũ', province.historic('31'));
const hdOld = catalogue.producer('HTX Hải Dương', province.historic('30'));
const hpNew = catalogue.producer('HTX Hải Phòng mới', province.current('31'));
const hanoi = catalogue.producer('HTX Hà Nội', province.current('01'));
const pending = catalogue.producer('HTX chưa duyệt', province.historic('31'), 'COOPERATIVE', { verified: false });

const a = catalogue.product('A', hpOld, { variants: offline });
catalogue.certificate(a, 4, '2022-03-01', '2025-03-01'); // expired today, recognised in 2022
const b = catalogue.product('B', hpOld, { group: 'BEVERAGES' }); // sold online
catalogue.certificate(b, 5, '2024-06-01', '2027-06-01');
const c = catalogue.product('C', hpOld, { variants: offline });
catalogue.certificate(c, 3, '2020-05-01', '2023-05-01'); // before the Hải Phòng plan
const d = catalogue.product('D', hpOld, { variants: offline });
catalogue.certificate(d, 3, '2023-01-10', '2026-01-10', 'REVOKED');
const e = catalogue.product('E', hpOld, { variants: offline, group: 'HANDICRAFTS' }); // upgraded: counts once
catalogue.certificate(e, 3, '2021-05-01', '2024-05-01', 'SUPERSEDED');
catalogue.certificate(e, 4, '2024-05-01', '2027-05-01');
const f = catalogue.product('F', hdOld, { variants: offline });
catalogue.certificate(f, 3, '2023-04-01', '2026-04-01');
const g = catalogue.product('G', hdOld, { variants: offline });
catalogue.certificate(g, 4, '2024-02-01', '2027-02-01'); // expires within 90 days
const h = catalogue.product('H', hdOld, { variants: offline, group: 'HERBAL' });
catalogue.certificate(h, 5, '2025-03-01', '2028-03-01');
const i = catalogue.product('I', hpNew); // sold online
catalogue.certificate(i, 3, '2025-09-01', '2028-09-01');
const j = catalogue.product('J', hanoi, { variants: offline });
catalogue.certificate(j, 4, '2026-01-15', '2029-01-15');
catalogue.evaluation(j, '2019-06-01');
catalogue.evaluation(j, '2020-03-01');
catalogue.evaluation(j, '2021-01-01');
const hidden = catalogue.product('Hidden', pending);
catalogue.certificate(hidden, 5, '2024-01-01', '2027-01-01');
// SUPERSEDED needs its successor: the builder leaves superseded_by empty, so E's first certificate is written as RECOGNISED below.
catalogue.data.certificates.find((x) => x.productId === e.id && x.stars === 3)!.state = 'RECOGNISED';

const STATS = /* GraphQL */ `
  query Stats($code: String, $asIssued: Boolean, $period: ProgrammePeriodInput) {
    programmeStats(provinceCode: $code, asIssued: $asIssued, period: $period) {
      province { code name validTo } asIssued asOf period { fromYear toYear }
      figures {
        certifiedProducts producers producersSellingOnline shareProducersSellingOnline certificatesExpiringSoon
        productsByStars { stars count } productsByGroup { group count } recognitionsByYear { year count }
      }
      provinces { province { code } certifiedProducts progressPercent status }
    }
  }
`;
const PLANS = /* GraphQL */ `
  query Plans($code: String) {
    plans(provinceCode: $code, first: 50) {
      nodes { id title periodStart periodEnd province { code name } targets { kind label targetValue minStars progress { value target expected percent status years { year value } share { count total } } } }
    }
  }
`;

let orm: Orm;
let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  ({ orm } = await testDatabase());
  await catalogue.write(orm);
  api = await testApi(orm, { now: () => TODAY });
});

const targetsOf = (plans: any[], title: string) => plans.find((p) => p.title === title)!.targets;

describe('programme figures', () => {
  it('rolls historic Hải Dương and Hải Phòng up into today’s Hải Phòng', async () => {
    const { data, errors } = await api.gql(STATS, { code: '31', period: { fromYear: 2022, toYear: 2026 } });
    expect(errors).toBeUndefined();
    const stats = data!.programmeStats;
    expect(stats).toMatchObject({ province: { code: '31', name: 'Hải Phòng', validTo: null }, asIssued: false, asOf: '2026-11-23' });
    // Valid today: B 5★, E 4★, G 4★, H 5★, I 3★ (A, C, F expired; D revoked; the pending producer's never counts).
    expect(stats.figures).toMatchObject({
      certifiedProducts: 5, producers: 3, producersSellingOnline: 2, shareProducersSellingOnline: 66.7, certificatesExpiringSoon: 1,
      productsByStars: [{ stars: 3, count: 1 }, { stars: 4, count: 2 }, { stars: 5, count: 2 }],
      recognitionsByYear: [{ year: 2022, count: 1 }, { year: 2023, count: 1 }, { year: 2024, count: 3 }, { year: 2025, count: 2 }, { year: 2026, count: 0 }],
    });
    expect(stats.figures.productsByGroup.slice(0, 3)).toEqual([{ group: 'FOOD', count: 2 }, { group: 'BEVERAGES', count: 1 }, { group: 'HERBAL', count: 1 }]);
    expect(stats.figures.productsByGroup).toHaveLength(6);
    expect(stats.provinces).toEqual([{ province: { code: '31' }, certifiedProducts: 5, progressPercent: expect.any(Number), status: 'BEHIND' }]);
  });

  it('shows a historic unit as issued, without the roll-up', async () => {
    const { data } = await api.gql(STATS, { code: '30', asIssued: true });
    expect(data!.programmeStats).toMatchObject({
      province: { code: '30', name: 'Hải Dương', validTo: '2025-06-30' }, asIssued: true, period: { fromYear: 2022, toYear: 2026 },
      figures: { certifiedProducts: 2, producers: 1, producersSellingOnline: 0, shareProducersSellingOnline: 0, certificatesExpiringSoon: 1 },
    });
  });

  it('adds up the country, with every current province on the map', async () => {
    const { data } = await api.gql(STATS, {});
    const stats = data!.programmeStats;
    expect(stats.province).toBeNull();
    expect(stats.figures).toMatchObject({ certifiedProducts: 6, producers: 4, producersSellingOnline: 2, shareProducersSellingOnline: 50 });
    expect(stats.provinces).toHaveLength(34);
    expect(stats.provinces.find((p: any) => p.province.code === '01')).toMatchObject({ certifiedProducts: 1, status: 'BEHIND' });
    expect(stats.provinces.find((p: any) => p.province.code === '79')).toMatchObject({ certifiedProducts: 0, progressPercent: null, status: null });
  });

  it('refuses an unknown province code and a reversed period', async () => {
    expect((await api.gql(STATS, { code: '99' })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(STATS, { period: { fromYear: 2025, toYear: 2021 } })).errors![0]!.message).toContain('period');
  });
});

describe('programme targets, recomputed', () => {
  it('measures every kind of the seeded plans', async () => {
    const { data, errors } = await api.gql(PLANS, {});
    expect(errors).toBeUndefined();
    const plans = data!.plans.nodes;
    // The four plans of issue 7 and the national programme 2021–2025 (919/QĐ-TTg, its craft-village target).
    expect(plans).toHaveLength(5);
    const haiPhong = targetsOf(plans, 'Hải Phòng 2021–2025');
    // Recognised 2021–2025 in Hải Phòng as issued or in today's Hải Phòng: A, B, E (once), I. Not C (2020), not D (revoked), not Hải Dương's.
    expect(haiPhong[0]).toMatchObject({ kind: 'PRODUCTS_CERTIFIED_MIN_STARS', targetValue: 335, minStars: 3, progress: { value: 4, target: 335, expected: 335, percent: 1.2, status: 'BEHIND' } });
    expect(haiPhong[1]).toMatchObject({ targetValue: 5, minStars: 5, progress: { value: 1, status: 'BEHIND' } });
    const haiDuong = targetsOf(plans, 'Hải Dương 2023–2025');
    // 2023: F; 2024: G; 2025: H and I (registered in today's Hải Phòng, which carries Hải Dương's plan on).
    expect(haiDuong[0]).toMatchObject({
      kind: 'PRODUCTS_PER_YEAR_MIN_STARS', targetValue: 50,
      progress: { value: 4, target: 150, status: 'BEHIND', years: [{ year: 2023, value: 1 }, { year: 2024, value: 1 }, { year: 2025, value: 2 }] },
    });
    expect(haiDuong[1]).toMatchObject({ targetValue: 150, progress: { value: 4 } });
    expect(haiDuong[2]).toMatchObject({ targetValue: 3, minStars: 5, progress: { value: 1 } });
    // J's evaluations of 2019 and 2020 count, not 2021's.
    expect(targetsOf(plans, 'Hà Nội 2019–2020')[0]).toMatchObject({ kind: 'PRODUCTS_EVALUATED', progress: { value: 2, target: 1000, status: 'BEHIND' } });
    const national = targetsOf(plans, 'Kênh bán hiện đại và điểm bán OCOP 2021–2025');
    // OCOP producers today: Hải Phòng cũ, Hải Dương, Hải Phòng mới, Hà Nội; online: Hải Phòng cũ (B) and mới (I).
    expect(national[0]).toMatchObject({ kind: 'SHARE_PRODUCERS_MODERN_CHANNELS', targetValue: 30, progress: { value: 50, percent: 166.7, status: 'ACHIEVED', share: { count: 2, total: 4 } } });
    // No craft village is recorded in this fixture (craftvillages/craft-villages.api.test.ts measures them): nothing to take a share of.
    expect(targetsOf(plans, 'Chương trình OCOP quốc gia 2021–2025')[0]).toMatchObject({
      kind: 'SHARE_CRAFT_VILLAGES_WITH_OCOP', targetValue: 50, progress: { value: null, share: null, status: 'NOT_MEASURED' },
    });
  });

  it('lists plans of today’s Hải Phòng with those of the units merged into it', async () => {
    const { data } = await api.gql(PLANS, { code: '31' });
    expect(data!.plans.nodes.map((p: any) => [p.title, p.province.name])).toEqual([
      ['Hải Dương 2023–2025', 'Hải Dương'],
      ['Hải Phòng 2021–2025', 'Hải Phòng'],
    ].sort((x, y) => (x[0]! < y[0]! ? 1 : -1)));
  });

  it('judges pace at the API clock: a 2024–2027 plan is on track at the end of 2025 and behind in late 2026', async () => {
    await orm.em.fork().getConnection().execute(
      `insert into programme_plan (id, province_id, title, period_start, period_end, created_at, updated_at) values ('pln_test', 'prv_31', 'Hải Phòng 2024–2027', '2024-01-01', '2027-12-31', now(), now());
       insert into programme_target (id, plan_id, kind, label, target_value, min_stars, position) values ('tgt_test', 'pln_test', 'PRODUCTS_CERTIFIED_MIN_STARS', '8 sản phẩm', 8, 3, 0)`,
    );
    const query = `{ plans(provinceCode: "31") { nodes { title targets { progress { value expected status } } } } }`;
    const at = async (iso: string) => {
      const clocked = await testApi(orm, { now: () => new Date(iso) });
      const { data } = await clocked.gql(query);
      return data!.plans.nodes.find((p: any) => p.title === 'Hải Phòng 2024–2027').targets[0].progress;
    };
    // B, E (2024), G, H, I: 5 products by 2025-09-01. Expected 8 × 731/1461 = 4 on 31/12/2025; 8 × 1058/1461 = 5.8 on 23/11/2026.
    expect(await at('2025-12-31T03:00:00Z')).toEqual({ value: 5, expected: 4, status: 'ON_TRACK' });
    expect(await at('2026-11-23T03:00:00Z')).toEqual({ value: 5, expected: 5.8, status: 'BEHIND' });
    // On 01/06/2024 only B, E and G were decided: 3 against 8 × 153/1461 = 0.8.
    expect(await at('2024-06-01T03:00:00Z')).toEqual({ value: 3, expected: 0.8, status: 'ON_TRACK' });
  });
});

describe('programme dashboard SQL', () => {
  it('costs the same handful of statements for a province and for the country', async () => {
    const province = await api.gql(STATS, { code: '31' });
    const country = await api.gql(STATS, {});
    expect(province.sqlStatements).toBeLessThanOrEqual(5);
    expect(country.sqlStatements).toBe(province.sqlStatements);
    // Plans with targets and progress: the page, targets, provinces, targets' periods, units, one measuring statement.
    const plans = await api.gql(PLANS, {});
    expect(plans.sqlStatements).toBeLessThanOrEqual(6);
  });
});

describe('re-evaluation queue', () => {
  it('shows a council the certificates of its province (historic units included) expiring within 90 days', async () => {
    const { createServices } = await import('../services.js');
    const { SESSION_COOKIE } = await import('../../http/session-cookie.js');
    const tokenOf = async (email: string, grant: 'HAI_PHONG' | 'HA_NOI') =>
      orm.em.fork().transactional(async (em) => {
        const services = createServices(em);
        const result = await services.accounts.signUp({ email, password: 'nuoc-mam-phu-quoc-40' });
        await services.roles.grantUnchecked(result.viewer!.userId, {
          kind: 'COUNCIL_MEMBER', provinceId: grant === 'HAI_PHONG' ? 'prv_31' : 'prv_01', councilLevel: 'PROVINCE',
        });
        return (await services.accounts.createSession(result.viewer!.userId)).token;
      });
    const QUEUE = `{ reevaluationQueue(first: 10) { totalCount nodes { product { name } validUntil daysLeft warning certificate { stars } } } }`;
    const haiPhong = await api.gql(QUEUE, {}, { headers: { cookie: `${SESSION_COOKIE.development}=${await tokenOf('hoidong.hp@queue.test', 'HAI_PHONG')}` } });
    expect(haiPhong.errors).toBeUndefined();
    // G (Hải Dương as issued) expires 01/02/2027: 70 days after 23/11/2026.
    expect(haiPhong.data!.reevaluationQueue).toEqual({
      totalCount: 1, nodes: [{ product: { name: 'G' }, validUntil: '2027-02-01', daysLeft: 70, warning: 'WITHIN_90_DAYS', certificate: { stars: 4 } }],
    });
    const hanoi = await api.gql(QUEUE, {}, { headers: { cookie: `${SESSION_COOKIE.development}=${await tokenOf('hoidong.hn@queue.test', 'HA_NOI')}` } });
    expect(hanoi.data!.reevaluationQueue.totalCount).toBe(0);
    expect((await api.gql(QUEUE)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('sales points in the programme (last: it adds points and listings)', () => {
  it('counts approved sales points, and a confirmed online-channel listing makes its producer sell online', async () => {
    await orm.em.fork().getConnection().execute(
      `insert into sales_point (id, slug, name, kind, province_id, latitude, longitude, url, approved_at, created_at, updated_at) values
         ('spt_a', 'cua-hang-ocop-hai-phong', 'Cửa hàng OCOP Hải Phòng', 'OCOP_SHOWROOM', 'prv_31', 20.86, 106.68, null, now(), now(), now()),
         ('spt_b', 'gian-hang-ocop-online', 'Gian hàng OCOP trực tuyến', 'ONLINE_CHANNEL', 'prv_31', null, null, 'https://example.vn/ocop', now(), now(), now()),
         ('spt_c', 'diem-ban-cho-duyet', 'Điểm bán chờ duyệt', 'OCOP_SHOWROOM', 'prv_01', 21.02, 105.85, null, null, now(), now());
       insert into sales_point_product (point_id, product_id, state, created_at, updated_at) values ('spt_b', '${g.id}', 'CONFIRMED', now(), now())`,
    );
    const { data } = await api.gql(PLANS, {});
    const national = targetsOf(data!.plans.nodes, 'Kênh bán hiện đại và điểm bán OCOP 2021–2025');
    // Two approved points (the pending one does not count) against 8.
    expect(national[1]).toMatchObject({ kind: 'SALES_POINTS_COUNT', targetValue: 8, progress: { value: 2, target: 8, status: 'BEHIND' } });
    // Hải Dương's producer now sells G through an online channel: 3 of 4 OCOP producers.
    expect(national[0]).toMatchObject({ progress: { value: 75 } });
    const stats = await api.gql(STATS, { code: '31' });
    expect(stats.data!.programmeStats.figures).toMatchObject({ producers: 3, producersSellingOnline: 3, shareProducersSellingOnline: 100 });
  });
});
