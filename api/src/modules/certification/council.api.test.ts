import { beforeAll, describe, expect, it } from 'vitest';
import type { ProductRow } from '../../db/seed/generate.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { testApi, type GraphQLResult } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { province } from '../../test/fixtures.js';
import { createRoleWorld, databaseFingerprint, refusalCode, TEST_PASSWORD, type RoleWorld } from '../../test/roles.js';
import { SESSION_COOKIE } from '../../http/session-cookie.js';
import { createServices } from '../services.js';

const { orm } = await testDatabase();
const api = await testApi(orm, { now: () => new Date('2026-11-23T03:00:00Z') });
let world: RoleWorld;
type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult>;
let ministry: Gql;
let councilHaiPhong: Gql;
const products: Record<string, ProductRow> = {};

beforeAll(async () => {
  world = await createRoleWorld(orm, api, {
    catalogue: (builder, { a }) => {
      for (const name of ['Chè shan tuyết', 'Chè móc câu', 'Chè nõn tôm', 'Chè đinh']) products[name] = builder.product(name, a);
      // Registered in Hải Dương before the 2025 merger: its council today is Hải Phòng's.
      const historic = builder.producer('HTX Bánh gai Ninh Giang', province.historic('30'));
      products['Bánh gai'] = builder.product('Bánh gai Ninh Giang', historic);
    },
  });
  const services = createServices(orm.em.fork());
  const minister = await services.accounts.signUp({ email: 'ministry@council.test', password: TEST_PASSWORD });
  await services.roles.grantUnchecked(minister.viewer!.userId, { kind: 'COUNCIL_MEMBER', councilLevel: 'MINISTRY' });
  const haiPhong = await services.accounts.signUp({ email: 'hai-phong@council.test', password: TEST_PASSWORD });
  await services.roles.grantUnchecked(haiPhong.viewer!.userId, { kind: 'COUNCIL_MEMBER', councilLevel: 'PROVINCE', provinceId: province.current('31').id });
  const as = (token: string) => (query: string, variables?: Record<string, unknown>) =>
    api.gql(query, variables, { headers: { cookie: `${SESSION_COOKIE.development}=${token}` } });
  ministry = as(minister.session!.token);
  councilHaiPhong = as(haiPhong.session!.token);
});

const EVALUATE = `mutation ($input: EvaluationRecordInput!) {
  evaluationRecord(input: $input) { evaluation { id total stars councilLevel { code } parts { code score max } } userErrors { field code message } } }`;
const RECOGNISE = `mutation ($input: CertificateRecogniseInput!) {
  certificateRecognise(input: $input) { certificate { id number stars issuedBy validUntil state } userErrors { field code message } } }`;
const REVOKE = `mutation ($input: CertificateRevokeInput!) {
  certificateRevoke(input: $input) { certificate { state revokedOn revokedReason validToday } userErrors { field code } } }`;

const scores = (a: number, b: number, c: number) => [{ part: 'A', score: a }, { part: 'B', score: b }, { part: 'C', score: c }];
const evaluationInput = (product: { id: string }, patch: Record<string, unknown> = {}) => ({
  productId: toGlobalId('Product', product.id), criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2025-09-01', scores: scores(30, 20, 25), ...patch,
});

describe('evaluationRecord', () => {
  it('rejects part C 36 of 35 with SCORE_OUT_OF_RANGE on scores.C, and stores nothing', async () => {
    const before = await databaseFingerprint(orm);
    const res = await world.gqlAs('councilX')(EVALUATE, { input: evaluationInput(world.products.a, { scores: scores(30, 20, 36) }) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.evaluationRecord).toEqual({
      evaluation: null,
      userErrors: [{ field: ['input', 'scores', 'C'], code: 'SCORE_OUT_OF_RANGE', message: 'Part C (Chất lượng sản phẩm) scores 0 to 35 under 148/2023, got 36.' }],
    });
    expect(await databaseFingerprint(orm)).toEqual(before);
  });

  it('rejects a district council evaluation after 06/07/2025', async () => {
    const res = await world.gqlAs('councilX')(EVALUATE, { input: evaluationInput(world.products.a, { councilLevel: 'DISTRICT', evaluatedOn: '2025-07-06' }) });
    expect(res.data!.evaluationRecord.userErrors).toEqual([{ field: ['input', 'councilLevel'], code: 'COUNCIL_LEVEL_NOT_IN_FORCE', message: expect.any(String) }]);
    // On the last day of the district councils it still counts (and the province council enters it).
    const lastDay = await world.gqlAs('councilX')(EVALUATE, { input: evaluationInput(world.products.a, { councilLevel: 'DISTRICT', evaluatedOn: '2025-07-05', scores: scores(25, 15, 20) }) });
    expect(lastDay.data!.evaluationRecord.evaluation).toMatchObject({ stars: 3, councilLevel: { code: 'DISTRICT' } });
  });

  it('names duplicated parts, and unknown or other-type ids as NOT_FOUND', async () => {
    const gql = world.gqlAs('councilX');
    const twice = await gql(EVALUATE, { input: evaluationInput(world.products.a, { scores: [...scores(30, 20, 25), { part: 'A', score: 1 }] }) });
    expect(twice.data!.evaluationRecord.userErrors.map((e: any) => [e.code, e.field])).toEqual([['DUPLICATE_PART', ['input', 'scores', 'A']]]);
    for (const productId of ['xyz', toGlobalId('Product', 'prd_none'), toGlobalId('Producer', world.producers.a.id)]) {
      const res = await gql(EVALUATE, { input: { ...evaluationInput(world.products.a), productId } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.evaluationRecord.userErrors.map((e: any) => [e.code, e.field])).toEqual([['NOT_FOUND', ['input', 'productId']]]);
    }
  });

  it("lets the council of the producer's current province evaluate, not another province's", async () => {
    const bánhGai = products['Bánh gai']!;
    const before = await databaseFingerprint(orm);
    const otherProvince = await world.gqlAs('councilX')(EVALUATE, { input: evaluationInput(bánhGai) });
    expect(refusalCode(otherProvince, 'evaluationRecord')).toBe('FORBIDDEN');
    const y = await world.gqlAs('councilY')(EVALUATE, { input: evaluationInput(world.products.a) });
    expect(refusalCode(y, 'evaluationRecord')).toBe('FORBIDDEN');
    expect(await databaseFingerprint(orm)).toEqual(before);
    const current = await councilHaiPhong(EVALUATE, { input: evaluationInput(bánhGai) });
    expect(current.data!.evaluationRecord).toMatchObject({ evaluation: { total: 75, stars: 4 }, userErrors: [] });
  });

  it("leaves central evaluations to the ministry's council, which may evaluate any province's product", async () => {
    const central = evaluationInput(world.products.a, { councilLevel: 'CENTRAL' });
    expect(refusalCode(await world.gqlAs('councilX')(EVALUATE, { input: central }), 'evaluationRecord')).toBe('FORBIDDEN');
    expect((await ministry(EVALUATE, { input: central })).data!.evaluationRecord.userErrors).toEqual([]);
    expect(refusalCode(await ministry(EVALUATE, { input: evaluationInput(world.products.a) }), 'evaluationRecord')).toBe('FORBIDDEN');
  });
});

describe('certificateRecognise and certificateRevoke', () => {
  async function evaluated(product: { id: string }, a: number, b: number, c: number, councilLevel = 'PROVINCE'): Promise<string> {
    const gql = councilLevel === 'CENTRAL' ? ministry : world.gqlAs('councilX');
    const res = await gql(EVALUATE, { input: evaluationInput(product, { scores: scores(a, b, c), councilLevel }) });
    expect(res.data!.evaluationRecord.userErrors).toEqual([]);
    return res.data!.evaluationRecord.evaluation.id;
  }

  it('derives 4★ from 75 points under 148/2023; once recognised the public catalogue shows 4 stars', async () => {
    const product = products['Chè shan tuyết']!;
    const id = await evaluated(product, 30, 20, 25);
    const res = await world.gqlAs('councilX')(RECOGNISE, { input: { evaluationId: id, number: '1205/QĐ-UBND', decisionDate: '2025-09-20' } });
    expect(res.data!.certificateRecognise).toEqual({
      certificate: { id: expect.any(String), number: '1205/QĐ-UBND', stars: 4, issuedBy: 'UBND thành phố Hà Nội', validUntil: '2028-09-20', state: 'RECOGNISED' },
      userErrors: [],
    });
    const shown = await world.gqlAs('anonymous')(`query ($slug: String!) { product(slug: $slug) { ocop { stars certificateNumber } } }`, { slug: product.slug });
    expect(shown.data!.product.ocop).toEqual({ stars: 4, certificateNumber: '1205/QĐ-UBND' });
  });

  it('refuses a province council recognising 92 points as 5★ (FORBIDDEN); the rules refuse it even to an admin', async () => {
    const product = products['Chè móc câu']!;
    const id = await evaluated(product, 38, 24, 30);
    const before = await databaseFingerprint(orm);
    const input = { evaluationId: id, number: '99/QĐ-UBND', decisionDate: '2025-09-20' };
    const council = await world.gqlAs('councilX')(RECOGNISE, { input });
    expect(refusalCode(council, 'certificateRecognise')).toBe('FORBIDDEN');
    expect(council.errors![0]!.message).toBe('Only the ministry council recognises 5 stars.');
    expect(refusalCode(await ministry(RECOGNISE, { input }), 'certificateRecognise')).toBe('STARS_NOT_ALLOWED_FOR_LEVEL');
    const admin = await world.gqlAs('admin')(RECOGNISE, { input });
    expect(admin.data!.certificateRecognise.userErrors).toEqual([
      { field: ['input', 'evaluationId'], code: 'STARS_NOT_ALLOWED_FOR_LEVEL', message: expect.stringContaining('Hội đồng cấp tỉnh recognises 3–4★') },
    ]);
    expect(await databaseFingerprint(orm)).toEqual(before);
  });

  it("lets the ministry's council recognise a central 5★ evaluation, and revoke it; a province council cannot revoke 5★", async () => {
    const id = await evaluated(products['Chè nõn tôm']!, 38, 24, 30, 'CENTRAL');
    const res = await ministry(RECOGNISE, { input: { evaluationId: id, number: '15/QĐ-BNNMT', decisionDate: '2025-10-01' } });
    expect(res.data!.certificateRecognise.certificate).toMatchObject({ stars: 5, issuedBy: 'Bộ Nông nghiệp và Môi trường' });
    const certificateId = res.data!.certificateRecognise.certificate.id;
    const revoke = { certificateId, reason: 'Không duy trì chất lượng', revokedOn: '2026-01-15' };
    expect(refusalCode(await world.gqlAs('councilX')(REVOKE, { input: revoke }), 'certificateRevoke')).toBe('FORBIDDEN');
    const revoked = await ministry(REVOKE, { input: revoke });
    expect(revoked.data!.certificateRevoke).toEqual({
      certificate: { state: 'REVOKED', revokedOn: '2026-01-15', revokedReason: 'Không duy trì chất lượng', validToday: false },
      userErrors: [],
    });
    const again = await ministry(REVOKE, { input: revoke });
    expect(again.data!.certificateRevoke.userErrors).toEqual([{ field: ['input', 'certificateId'], code: 'CERTIFICATE_NOT_ACTIVE' }]);
  });

  it('answers NOT_FOUND for unknown or other-type evaluation and certificate ids', async () => {
    const gql = world.gqlAs('admin');
    for (const evaluationId of ['%%', toGlobalId('Evaluation', 'evl_none'), toGlobalId('Product', world.products.a.id)]) {
      const res = await gql(RECOGNISE, { input: { evaluationId, number: '1/QĐ', decisionDate: '2025-09-20' } });
      expect(res.data!.certificateRecognise.userErrors.map((e: any) => [e.code, e.field])).toEqual([['NOT_FOUND', ['input', 'evaluationId']]]);
    }
    const res = await gql(REVOKE, { input: { certificateId: toGlobalId('Batch', 'x'), reason: 'x' } });
    expect(res.data!.certificateRevoke.userErrors).toEqual([{ field: ['input', 'certificateId'], code: 'NOT_FOUND' }]);
  });

  it('revokes on today by default, and needs a reason', async () => {
    const id = await evaluated(products['Chè đinh']!, 30, 20, 25);
    const recognised = await world.gqlAs('councilX')(RECOGNISE, { input: { evaluationId: id, number: '7/QĐ-UBND', decisionDate: '2025-09-20' } });
    const certificateId = recognised.data!.certificateRecognise.certificate.id;
    const blank = await world.gqlAs('councilX')(REVOKE, { input: { certificateId, reason: '  ' } });
    expect(blank.data!.certificateRevoke.userErrors).toEqual([{ field: ['input', 'reason'], code: 'REQUIRED' }]);
    const revoked = await world.gqlAs('councilX')(REVOKE, { input: { certificateId, reason: 'Giải thể' } });
    expect(revoked.data!.certificateRevoke.certificate).toMatchObject({ state: 'REVOKED', revokedOn: '2026-11-23' });
  });
});
