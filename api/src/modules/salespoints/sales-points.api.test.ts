import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, type RoleWorld } from '../../test/roles.js';
import { isOpenAt, nextOpening, type OpeningHours } from './opening-hours.js';

const { orm } = await testDatabase();
let now = new Date('2026-03-02T03:00:00Z'); // Monday 10:00 in Hà Nội
const api = await testApi(orm, { now: () => now });
let world: RoleWorld;
let tea: string;
let honey: string;

const WEEKDAYS_8_TO_17: OpeningHours = [1, 2, 3, 4, 5].map((day) => ({ day, opens: '08:00', closes: '17:00' }));
/** A night-market kiosk: Friday and Saturday 18:00 to 02:00 the next morning. */
const NIGHT_MARKET: OpeningHours = [{ day: 5, opens: '18:00', closes: '02:00' }, { day: 6, opens: '18:00', closes: '02:00' }];
/** An OCOP corner in a Paris shop (the diaspora market): Monday to Saturday 10:00–19:00, Paris time. */
const PARIS: OpeningHours = [1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: '10:00', closes: '19:00' }));

const POINTS = [
  { slug: 'showroom', name: 'Showroom OCOP Hà Nội', hours: WEEKDAYS_8_TO_17, timeZone: 'Asia/Ho_Chi_Minh', lat: 21.03, lng: 105.85 },
  { slug: 'cho-dem', name: 'Ki-ốt chợ đêm Đồng Xuân', hours: NIGHT_MARKET, timeZone: 'Asia/Ho_Chi_Minh', lat: 21.038, lng: 105.849 },
  { slug: 'paris', name: 'Góc OCOP Paris 13', hours: PARIS, timeZone: 'Europe/Paris', lat: 48.8266, lng: 2.3622 },
];

beforeAll(async () => {
  world = await createRoleWorld(orm, api, {
    catalogue: (builder, { a }) => {
      tea = builder.product('Chè Shan tuyết', a).id;
      honey = builder.product('Mật ong bạc hà', a).id;
    },
  });
  const em = orm.em.fork();
  for (const p of POINTS) {
    await rows(
      em,
      `insert into sales_point (id, slug, name, kind, province_id, latitude, longitude, opening_hours, time_zone, approved_at, created_at, updated_at)
       values (?, ?, ?, 'OCOP_SHOWROOM', 'prv_01', ?, ?, ?::jsonb, ?, now(), now(), now())`,
      [`spt_${p.slug}`, p.slug, p.name, p.lat, p.lng, JSON.stringify(p.hours), p.timeZone],
    );
  }
});

const OPEN_NOW = `{ salesPoints(openNow: true, first: 50) { nodes { slug openNow } } }`;

describe('opening hours', () => {
  const INSTANTS: [string, string[]][] = [
    ['2026-03-02T03:00:00Z', ['showroom']], // Mon 10:00 in Hà Nội, 04:00 in Paris
    ['2026-03-02T09:30:00Z', ['paris', 'showroom']], // Mon 16:30 in Hà Nội, 10:30 in Paris
    ['2026-03-06T12:30:00Z', ['cho-dem', 'paris']], // Fri 19:30 in Hà Nội, 13:30 in Paris
    ['2026-03-06T18:59:00Z', ['cho-dem']], // Sat 01:59 in Hà Nội: Friday's night market still open
    ['2026-03-08T18:30:00Z', []], // Mon 01:30 in Hà Nội: no market on Sunday night
    ['2026-03-09T10:00:00Z', ['paris']], // Mon 17:00 in Hà Nội (the showroom just closed), 11:00 in Paris
  ];
  it('agree between the SQL filter and the displayed openNow, in each point’s time zone, across midnight', async () => {
    for (const [instant, open] of INSTANTS) {
      now = new Date(instant);
      expect(POINTS.filter((p) => isOpenAt(p.hours, p.timeZone, now)).map((p) => p.slug).sort(), instant).toEqual(open);
      const res = await api.gql(OPEN_NOW);
      expect(res.errors).toBeUndefined();
      const found = res.data!.salesPoints.nodes.filter((n: any) => POINTS.some((p) => p.slug === n.slug));
      expect(found.map((n: any) => n.slug).sort(), instant).toEqual(open);
      expect(found.every((n: any) => n.openNow)).toBe(true);
    }
  });

  it('knows the rules: closing time excluded, past midnight into the next day, other time zones', () => {
    const hn = 'Asia/Ho_Chi_Minh';
    expect(isOpenAt(WEEKDAYS_8_TO_17, hn, new Date('2026-03-02T01:00:00Z'))).toBe(true); // Mon 08:00
    expect(isOpenAt(WEEKDAYS_8_TO_17, hn, new Date('2026-03-02T00:59:00Z'))).toBe(false); // Mon 07:59
    expect(isOpenAt(WEEKDAYS_8_TO_17, hn, new Date('2026-03-02T10:00:00Z'))).toBe(false); // Mon 17:00
    expect(isOpenAt(NIGHT_MARKET, hn, new Date('2026-03-06T18:59:00Z'))).toBe(true); // Sat 01:59 (Friday's market)
    expect(isOpenAt(NIGHT_MARKET, hn, new Date('2026-03-06T19:00:00Z'))).toBe(false); // Sat 02:00
    expect(isOpenAt(NIGHT_MARKET, hn, new Date('2026-03-07T18:30:00Z'))).toBe(true); // Sun 01:30 (Saturday's market)
    expect(isOpenAt(NIGHT_MARKET, hn, new Date('2026-03-08T18:30:00Z'))).toBe(false); // Mon 01:30
    // 10:00 in Hà Nội is 04:00 in Paris (UTC+1 in March before the change).
    expect(isOpenAt(PARIS, 'Europe/Paris', new Date('2026-03-02T03:00:00Z'))).toBe(false);
    expect(isOpenAt(PARIS, 'Europe/Paris', new Date('2026-03-02T09:00:00Z'))).toBe(true); // 10:00 Paris
    // After the switch to summer time (29/03/2026), 10:00 Paris is 08:00 UTC.
    expect(isOpenAt(PARIS, 'Europe/Paris', new Date('2026-03-30T08:00:00Z'))).toBe(true);
    expect(isOpenAt(PARIS, 'Europe/Paris', new Date('2026-03-30T07:59:00Z'))).toBe(false);
  });

  it('says when a closed point opens next, as an instant', async () => {
    expect(nextOpening(WEEKDAYS_8_TO_17, 'Asia/Ho_Chi_Minh', new Date('2026-03-06T11:00:00Z'))?.toISOString()).toBe('2026-03-09T01:00:00.000Z'); // Fri 18:00 → Mon 08:00
    expect(nextOpening(NIGHT_MARKET, 'Asia/Ho_Chi_Minh', new Date('2026-03-02T03:00:00Z'))?.toISOString()).toBe('2026-03-06T11:00:00.000Z'); // → Fri 18:00
    expect(nextOpening(PARIS, 'Europe/Paris', new Date('2026-03-28T20:00:00Z'))?.toISOString()).toBe('2026-03-30T08:00:00.000Z'); // Sat 21:00 → Mon 10:00 CEST
    now = new Date('2026-03-06T11:00:00Z');
    const res = await api.gql(`{ salesPoint(slug: "showroom") { openNow opensAt timeZone openingHours { day opens closes } } }`);
    expect(res.data!.salesPoint).toMatchObject({ openNow: false, opensAt: '2026-03-09T01:00:00.000Z', timeZone: 'Asia/Ho_Chi_Minh' });
  });
});

const REQUEST = `mutation ($input: SalesPointListingRequestInput!) { salesPointListingRequest(input: $input) { listing { state stockLevel } userErrors { code } } }`;
const CONFIRM = `mutation ($input: SalesPointListingConfirmInput!) { salesPointListingConfirm(input: $input) { listing { state stockLevel } userErrors { code } } }`;
const REJECT = `mutation ($input: SalesPointListingInput!) { salesPointListingReject(input: $input) { listing { state } userErrors { code } } }`;
const WITHDRAW = `mutation ($input: SalesPointListingInput!) { salesPointListingWithdraw(input: $input) { listing { state } userErrors { code } } }`;
const STOCK = `mutation ($input: SalesPointListingStockUpdateInput!) { salesPointListingStockUpdate(input: $input) { listing { stockLevel } userErrors { code } } }`;

describe('listings', () => {
  const at = (productId: string, pointId = world.salesPoints.p.id) => ({ salesPointId: toGlobalId('SalesPoint', pointId), productId: toGlobalId('Product', productId) });

  it('go from request to confirmation, then show on the point, the product and the filtered map list', async () => {
    const producer = world.gqlAs('producerA');
    const manager = world.gqlAs('salesPointManager');
    expect((await producer(REQUEST, { input: { ...at(tea), stockLevel: 'IN_STOCK' } })).data!.salesPointListingRequest).toEqual({ listing: { state: 'REQUESTED', stockLevel: 'IN_STOCK' }, userErrors: [] });
    expect((await producer(REQUEST, { input: at(tea) })).data!.salesPointListingRequest.userErrors).toEqual([{ code: 'ALREADY_LISTED' }]);
    // Not public before the point confirms it.
    const before = await api.gql(`query ($id: ID!) { salesPoints(productId: $id) { totalCount } }`, { id: toGlobalId('Product', tea) });
    expect(before.data!.salesPoints.totalCount).toBe(0);
    expect((await manager(STOCK, { input: { ...at(tea), stockLevel: 'LOW' } })).data!.salesPointListingStockUpdate.userErrors).toEqual([{ code: 'LISTING_NOT_CONFIRMED' }]);
    const requests = await manager(`query ($slug: String!) { salesPoint(slug: $slug) { listings(state: REQUESTED) { nodes { state product { name } } } } }`, { slug: 'cua-hang-ocop-hoan-kiem' });
    expect(requests.data!.salesPoint.listings.nodes).toEqual([{ state: 'REQUESTED', product: { name: 'Chè Shan tuyết' } }]);
    expect((await manager(CONFIRM, { input: at(tea) })).data!.salesPointListingConfirm).toEqual({ listing: { state: 'CONFIRMED', stockLevel: 'IN_STOCK' }, userErrors: [] });
    expect((await manager(CONFIRM, { input: at(tea) })).data!.salesPointListingConfirm.userErrors).toEqual([{ code: 'LISTING_NOT_REQUESTED' }]);
    expect((await manager(STOCK, { input: { ...at(tea), stockLevel: 'LOW' } })).data!.salesPointListingStockUpdate.listing).toEqual({ stockLevel: 'LOW' });

    const map = await api.gql(`query ($id: ID!) { salesPoints(productId: $id, near: { lat: 21.0287, lng: 105.8524, radiusKm: 10 }) { nodes { name distanceKm products { nodes { stockLevel product { name } } } } } }`, { id: toGlobalId('Product', tea) });
    expect(map.data!.salesPoints.nodes).toHaveLength(1);
    expect(map.data!.salesPoints.nodes[0]).toMatchObject({ name: 'Cửa hàng OCOP Hoàn Kiếm', products: { nodes: [{ stockLevel: 'LOW', product: { name: 'Chè Shan tuyết' } }] } });
    expect(map.data!.salesPoints.nodes[0].distanceKm).toBeCloseTo(0.486, 1);
    const product = await api.gql(`query ($id: ID!) { node(id: $id) { ... on Product { salesPoints(near: { lat: 21.0, lng: 105.8, radiusKm: 20 }) { totalCount nodes { name distanceKm } } } } }`, { id: toGlobalId('Product', tea) });
    expect(product.data!.node.salesPoints).toMatchObject({ totalCount: 1, nodes: [{ name: 'Cửa hàng OCOP Hoàn Kiếm' }] });
    const seller = await producer(`query ($id: ID!) { node(id: $id) { ... on Producer { salesPointListings { nodes { state salesPoint { name } product { name } } } } } }`, { id: toGlobalId('Producer', world.producers.a.id) });
    expect(seller.data!.node.salesPointListings.nodes).toContainEqual({ state: 'CONFIRMED', salesPoint: { name: 'Cửa hàng OCOP Hoàn Kiếm' }, product: { name: 'Chè Shan tuyết' } });

    expect((await producer(WITHDRAW, { input: at(tea) })).data!.salesPointListingWithdraw.userErrors).toEqual([]);
    expect((await producer(WITHDRAW, { input: at(tea) })).data!.salesPointListingWithdraw.userErrors).toEqual([{ code: 'LISTING_NOT_FOUND' }]);
  });

  it('may be asked again after a rejection, never at a pending point, never for another producer’s product', async () => {
    const producer = world.gqlAs('producerA');
    await producer(REQUEST, { input: at(honey) });
    expect((await world.gqlAs('salesPointManager')(REJECT, { input: at(honey) })).data!.salesPointListingReject.listing).toEqual({ state: 'REJECTED' });
    expect((await producer(REQUEST, { input: at(honey) })).data!.salesPointListingRequest.listing).toEqual({ state: 'REQUESTED', stockLevel: null });

    const registered = await world.gqlAs('shopper')(
      `mutation { salesPointRegister(input: { name: "Quầy OCOP chờ duyệt", kind: TOURIST_SITE_KIOSK, provinceCode: "01", latitude: 21.0, longitude: 105.8 }) { salesPoint { id slug approval } userErrors { code } } }`,
    );
    const pending = registered.data!.salesPointRegister.salesPoint;
    expect(pending.approval).toBe('PENDING');
    const request = await producer(REQUEST, { input: { salesPointId: pending.id, productId: toGlobalId('Product', honey) } });
    expect(request.data!.salesPointListingRequest.userErrors).toEqual([{ code: 'POINT_NOT_APPROVED' }]);
    // Only its manager and admins see a pending point.
    expect((await api.gql(`{ salesPoint(slug: "${pending.slug}") { name } }`)).data!.salesPoint).toBeNull();
    expect((await world.gqlAs('shopper')(`{ salesPoint(slug: "${pending.slug}") { name } }`)).data!.salesPoint).toEqual({ name: 'Quầy OCOP chờ duyệt' });
    // Another producer's product, and another point's requests: FORBIDDEN.
    const foreign = await world.gqlAs('producerB')(REQUEST, { input: at(honey) });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherManager = await world.gqlAs('shopper')(CONFIRM, { input: at(honey) });
    expect(otherManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('check a point’s details: coordinates for physical points, an https URL for online channels', async () => {
    const shopper = world.gqlAs('shopper');
    const REGISTER = `mutation ($input: SalesPointRegisterInput!) { salesPointRegister(input: $input) { salesPoint { kind url } userErrors { code field } } }`;
    const noCoordinates = await shopper(REGISTER, { input: { name: 'Siêu thị', kind: 'RETAIL_CHAIN_SHELF', provinceCode: '01' } });
    expect(noCoordinates.data!.salesPointRegister.userErrors).toEqual([{ code: 'COORDINATES_REQUIRED', field: ['input', 'latitude'] }]);
    const http = await shopper(REGISTER, { input: { name: 'Gian hàng', kind: 'ONLINE_CHANNEL', provinceCode: '01', url: 'http://shopee.vn/ocop' } });
    expect(http.data!.salesPointRegister.userErrors).toEqual([{ code: 'URL_INVALID', field: ['input', 'url'] }]);
    const hours = await shopper(REGISTER, { input: { name: 'Ki-ốt', kind: 'TOURIST_SITE_KIOSK', provinceCode: '01', latitude: 21, longitude: 105.8, openingHours: [{ day: 8, opens: '08:00', closes: '17:00' }], timeZone: 'Mars/Olympus' } });
    expect(hours.data!.salesPointRegister.userErrors.map((e: any) => e.code)).toEqual(['OPENING_HOURS_INVALID', 'TIME_ZONE_INVALID']);
    const online = await shopper(REGISTER, { input: { name: 'Gian hàng OCOP trên Shopee', kind: 'ONLINE_CHANNEL', provinceCode: '01', url: 'https://shopee.vn/ocop-hanoi' } });
    expect(online.data!.salesPointRegister).toEqual({ salesPoint: { kind: 'ONLINE_CHANNEL', url: 'https://shopee.vn/ocop-hanoi' }, userErrors: [] });
  });

  it('roll historic provinces up into the current province code', async () => {
    const [old] = await rows<{ id: string; code: string }>(orm.em.fork(), `select o.id, s.code from province o join province s on s.id = o.successor_id where o.id = 'prv_old_30'`);
    await rows(orm.em.fork(), `insert into sales_point (id, slug, name, kind, province_id, latitude, longitude, approved_at, created_at, updated_at) values ('spt_old', 'old', 'Cửa hàng Hải Dương cũ', 'OCOP_SHOWROOM', ?, 20.94, 106.33, now(), now(), now())`, [old!.id]);
    const res = await api.gql(`query ($code: String!) { salesPoints(provinceCode: $code) { nodes { slug } } }`, { code: old!.code });
    expect(res.data!.salesPoints.nodes.map((n: any) => n.slug)).toContain('old');
    expect((await api.gql(`{ salesPoints(provinceCode: "99") { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('cost the same number of statements for 2 or 20 products with their sales points', async () => {
    const QUERY = `query ($first: Int!) { products(first: $first) { nodes { name salesPoints(first: 3, near: { lat: 21, lng: 105.8, radiusKm: 30 }) { totalCount nodes { name distanceKm province { name } } } } } }`;
    const small = await api.gql(QUERY, { first: 2 });
    const large = await api.gql(QUERY, { first: 20 });
    expect(small.errors).toBeUndefined();
    expect(large.data!.products.nodes.length).toBeGreaterThan(2);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
