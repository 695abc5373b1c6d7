import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { SESSION_COOKIE } from '../../http/session-cookie.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, type RoleWorld } from '../../test/roles.js';

const uploadsDir = await mkdtemp(path.join(tmpdir(), 'ocop-tourism-uploads-'));
afterAll(() => rm(uploadsDir, { recursive: true, force: true }));
const { orm } = await testDatabase();
const api = await testApi(orm, { env: { UPLOADS_DIR: uploadsDir }, now: () => new Date('2026-11-23T03:00:00Z') });
let world: RoleWorld;
let draftProduct = '';

const CREATE_POINT = `mutation ($input: TourismPointCreateInput!) { tourismPointCreate(input: $input) {
  point { id slug name status province { code } commune { name } latitude languages } userErrors { field code } } }`;
const CREATE_EXPERIENCE = `mutation ($input: ExperienceCreateInput!) { experienceCreate(input: $input) {
  experience { id slug status languages prices { unitType seats price { amount } } products { nodes { relation product { name } } } } userErrors { field code } } }`;

beforeAll(async () => {
  world = await createRoleWorld(orm, api, {
    catalogue: (builder, { a }) => {
      draftProduct = builder.product('Chè nháp', a).id;
    },
  });
  await rows(orm.em.fork(), `update product set status = 'DRAFT' where id = ?`, [draftProduct]);
});

describe('the operator workspace over GraphQL', () => {
  let pointId = '';
  let experienceId = '';

  it('creates a draft point with a commune and checks its fields', async () => {
    const gql = world.gqlAs('operator');
    const [commune] = await rows<{ code: string }>(orm.em.fork(), `select code from commune where province_id = 'prv_01' and valid_to is null limit 1`);
    const bad = await gql(CREATE_POINT, { input: {
      operatorId: toGlobalId('TourismOperator', world.operators.o.id), name: ' ', kind: 'VILLAGE', latitude: 95, longitude: 105.5, languages: ['vi', 'xx'],
    } });
    expect(bad.data!.tourismPointCreate.userErrors.map((e: { code: string }) => e.code)).toEqual(['NAME_REQUIRED', 'INVALID_COORDINATES', 'INVALID_LANGUAGE']);
    const res = await gql(CREATE_POINT, { input: {
      operatorId: toGlobalId('TourismOperator', world.operators.o.id), name: 'Làng cổ Đường Lâm', kind: 'VILLAGE',
      communeCode: commune?.code ?? null, latitude: 21.1587, longitude: 105.4697, languages: ['vi', 'en'],
    } });
    expect(res.data!.tourismPointCreate.userErrors).toEqual([]);
    expect(res.data!.tourismPointCreate.point).toMatchObject({ slug: 'lang-co-duong-lam', status: 'DRAFT', province: { code: '01' }, latitude: 21.1587, languages: ['vi', 'en'] });
    pointId = res.data!.tourismPointCreate.point.id;
  });

  it('links only published products, and publishes only priced experiences', async () => {
    const gql = world.gqlAs('operator');
    const base = { pointId, name: 'Làm bánh chè lam', durationMinutes: 90, maxPartySize: 10 };
    const draft = await gql(CREATE_EXPERIENCE, { input: { ...base, products: [{ productId: toGlobalId('Product', draftProduct), relation: 'MADE' }] } });
    expect(draft.data!.experienceCreate.userErrors).toEqual([{ field: ['input', 'products', '0', 'productId'], code: 'PRODUCT_NOT_AVAILABLE' }]);
    const dup = await gql(CREATE_EXPERIENCE, { input: { ...base, prices: [{ unitType: 'ADULT', amount: 1 }, { unitType: 'ADULT', amount: 2 }] } });
    expect(dup.data!.experienceCreate.userErrors.map((e: { code: string }) => e.code)).toEqual(['DUPLICATE_UNIT_TYPE']);
    const created = await gql(CREATE_EXPERIENCE, { input: { ...base, products: [{ productId: toGlobalId('Product', world.products.a.id), relation: 'TASTED' }] } });
    expect(created.data!.experienceCreate.userErrors).toEqual([]);
    // Languages default to the point's.
    expect(created.data!.experienceCreate.experience).toMatchObject({ status: 'DRAFT', languages: ['vi', 'en'], products: { nodes: [{ relation: 'TASTED' }] } });
    experienceId = created.data!.experienceCreate.experience.id;
    const unpriced = await gql(`mutation ($id: ID!) { experiencePublish(experienceId: $id) { userErrors { code } } }`, { id: experienceId });
    expect(unpriced.data!.experiencePublish.userErrors).toEqual([{ code: 'PRICES_REQUIRED' }]);
    const priced = await gql(`mutation ($input: ExperienceUpdateInput!) { experienceUpdate(input: $input) { experience { prices { unitType seats price { amount } } } userErrors { code } } }`, {
      input: { experienceId, prices: [{ unitType: 'FAMILY', amount: 600_000 }, { unitType: 'INFANT', amount: 0 }, { unitType: 'ADULT', amount: 180_000 }] },
    });
    expect(priced.data!.experienceUpdate.experience.prices).toEqual([
      { unitType: 'ADULT', seats: 1, price: { amount: 180_000 } },
      { unitType: 'INFANT', seats: 0, price: { amount: 0 } },
      { unitType: 'FAMILY', seats: 4, price: { amount: 600_000 } },
    ]);
    const published = await gql(`mutation ($id: ID!) { experiencePublish(experienceId: $id) { experience { status } userErrors { code } } }`, { id: experienceId });
    expect(published.data!.experiencePublish).toEqual({ experience: { status: 'PUBLISHED' }, userErrors: [] });
  });

  it('shows drafts to the operator only, and held/booked places to the operator only', async () => {
    const QUERY = `{ experience(slug: "lam-banh-che-lam") { name slots(from: "2026-12-05") { nodes { remaining held booked bookable } } } }`;
    // The point is still a draft: the experience is not public yet.
    expect((await world.gqlAs('shopper')(QUERY)).data!.experience).toBeNull();
    const gql = world.gqlAs('operator');
    await gql(`mutation ($input: ExperienceSlotsGenerateInput!) { experienceSlotsGenerate(input: $input) { createdCount } }`, {
      input: { experienceId, fromDate: '2026-12-05', toDate: '2026-12-05', weekdays: [6], startTimes: ['09:00'], capacity: 6 },
    });
    expect((await gql(QUERY)).data!.experience.slots.nodes).toEqual([{ remaining: 6, held: 0, booked: 0, bookable: true }]);
    await gql(`mutation ($id: ID!) { tourismPointPublish(pointId: $id) { userErrors { code } } }`, { id: pointId });
    expect((await world.gqlAs('shopper')(QUERY)).data!.experience.slots.nodes).toEqual([{ remaining: 6, held: null, booked: null, bookable: true }]);
    const mine = await gql(`query ($id: ID!) { node(id: $id) { ... on TourismOperator { points { totalCount } experiences { totalCount } } } }`, { id: toGlobalId('TourismOperator', world.operators.o.id) });
    expect(mine.data!.node).toEqual({ points: { totalCount: 1 }, experiences: { totalCount: 1 } });
    const theirs = await world.gqlAs('shopper')(`query ($id: ID!) { node(id: $id) { ... on TourismOperator { experiences { totalCount } } } }`, { id: toGlobalId('TourismOperator', world.operators.o.id) });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('uploads a photo of the point through the catalogue image storage, and removes it with its files', async () => {
    const png = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#4caf50' } }).png().toBuffer();
    const res = await fetch(`${api.base}/uploads/tourism-point-images?pointId=${encodeURIComponent(pointId)}&alt=${encodeURIComponent('Cổng làng')}`, {
      method: 'POST', body: new Uint8Array(png),
      headers: { 'content-type': 'image/png', 'x-ocop-upload': '1', cookie: `${SESSION_COOKIE.development}=${world.users.operator.token}` },
    });
    expect(res.status).toBe(201);
    const refused = await fetch(`${api.base}/uploads/tourism-point-images?pointId=${encodeURIComponent(pointId)}`, {
      method: 'POST', body: new Uint8Array(png),
      headers: { 'content-type': 'image/png', 'x-ocop-upload': '1', cookie: `${SESSION_COOKIE.development}=${world.users.producerA.token}` },
    });
    expect(refused.status).toBe(403);
    expect(await readdir(uploadsDir)).toHaveLength(2);
    const point = await world.gqlAs('anonymous')(`{ tourismPoint(slug: "lang-co-duong-lam") { images { nodes { id alt width height } } } }`);
    const [image] = point.data!.tourismPoint.images.nodes;
    expect(image).toMatchObject({ alt: 'Cổng làng', width: 1600, height: 800 });
    const removed = await world.gqlAs('operator')(`mutation ($id: ID!) { tourismPointImageRemove(imageId: $id) { point { images { totalCount } } userErrors { code } } }`, { id: image.id });
    expect(removed.data!.tourismPointImageRemove).toEqual({ point: { images: { totalCount: 0 } }, userErrors: [] });
    expect(await readdir(uploadsDir)).toHaveLength(0);
  });

  it("records the point's certificate by its province's council only (5★ by the ministry), audited", async () => {
    const RECORD = `mutation ($input: TourismPointCertificateRecordInput!) { tourismPointCertificateRecord(input: $input) { certificate { stars validUntil isValid } userErrors { code } } }`;
    const input = { pointId, stars: 4, number: '12/QĐ-UBND', decisionDate: '2025-10-01' };
    expect((await world.gqlAs('councilY')(RECORD, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await world.gqlAs('councilX')(RECORD, { input: { ...input, stars: 5 } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await world.gqlAs('councilX')(RECORD, { input: { ...input, stars: 2 } })).data!.tourismPointCertificateRecord.userErrors).toEqual([{ code: 'STARS_INVALID' }]);
    const ok = await world.gqlAs('councilX')(RECORD, { input });
    expect(ok.data!.tourismPointCertificateRecord).toEqual({ certificate: { stars: 4, validUntil: '2028-10-01', isValid: true }, userErrors: [] });
    const [audit] = await rows<{ action: string }>(orm.em.fork(), `select action from audit_event where subject_type = 'TourismPointCertificate'`);
    expect(audit!.action).toBe('TOURISM_POINT_CERTIFICATE_RECORDED');
    const listed = await world.gqlAs('anonymous')(`{ experiences(filter: { minStars: 4 }) { nodes { name point { certificate { stars } } } } }`);
    expect(listed.data!.experiences.nodes).toEqual([{ name: 'Làm bánh chè lam', point: { certificate: { stars: 4 } } }]);
  });

  it('shows "experience it at…" on the product page', async () => {
    const res = await world.gqlAs('anonymous')(`query ($slug: String!) { product(slug: $slug) { experiences { nodes { name } } } }`, { slug: world.products.a.slug });
    expect(res.data!.product.experiences.nodes).toEqual([{ name: 'Làm bánh chè lam' }]);
  });
});
