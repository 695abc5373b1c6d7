import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { SESSION_COOKIE } from '../../http/session-cookie.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { province } from '../../test/fixtures.js';
import { createRoleWorld, type RoleWorld } from '../../test/roles.js';
import { createServices } from '../services.js';
import type { ProductRow } from '../../db/seed/generate.js';

const SUBMIT = `mutation ($id: ID!) { evaluationRequestSubmit(input: { productId: $id }) { evaluationRequest { id state } userErrors { code field } } }`;
const WITHDRAW = `mutation ($id: ID!) { evaluationRequestWithdraw(input: { requestId: $id }) { evaluationRequest { state } userErrors { code } } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { evaluationRequestReject(input: { requestId: $id, reason: $reason }) { evaluationRequest { state rejectionReason } userErrors { code field } } }`;
const QUEUE = `query ($first: Int, $after: String) { evaluationQueue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id state submittedAt product { name status producer { name } images { totalCount } variants { nodes { sku } } openEvaluationRequest { id } evaluations { totalCount nodes { stars } } } } } }`;

const { orm } = await testDatabase();
const api = await testApi(orm);
let world: RoleWorld;
let draft: ProductRow;
let untouchedDraft: ProductRow;
let haiDuong: ProductRow;
let manyA: ProductRow[] = [];

beforeAll(async () => {
  world = await createRoleWorld(orm, api, {
    catalogue: (builder, { a }) => {
      draft = builder.product('Chè shan tuyết nháp', a);
      untouchedDraft = builder.product('Chè chưa gửi', a);
      // Registered in Hải Dương (30) before the 2025 merger: today Hải Phòng's (31).
      haiDuong = builder.product('Bánh đậu xanh Hải Dương', builder.producer('HTX Bánh Gai', province.historic('30')));
      manyA = Array.from({ length: 6 }, (_, i) => builder.product(`Trà hoa vàng ${i}`, a));
    },
  });
  const em = orm.em.fork();
  await rows(em, `update product set status = 'DRAFT' where id = any(?)`, [[draft.id, untouchedDraft.id]]);
  const services = createServices(em);
  await services.roles.grantUnchecked(world.users.shopper.userId, { kind: 'COUNCIL_MEMBER', provinceId: province.current('31').id, councilLevel: 'PROVINCE' });
});

const productId = (p: { id: string }) => toGlobalId('Product', p.id);

describe('a producer submits a product for evaluation', () => {
  it('opens one request per product, a draft included; a second submission is ALREADY_SUBMITTED', async () => {
    const first = await world.gqlAs('producerA')(SUBMIT, { id: productId(draft) });
    expect(first.data!.evaluationRequestSubmit).toMatchObject({ evaluationRequest: { state: 'OPEN' }, userErrors: [] });
    const again = await world.gqlAs('producerA')(SUBMIT, { id: productId(draft) });
    expect(again.data!.evaluationRequestSubmit).toEqual({ evaluationRequest: null, userErrors: [{ code: 'ALREADY_SUBMITTED', field: ['input', 'productId'] }] });
  });

  it("refuses another producer's member, and names an unknown product", async () => {
    const other = await world.gqlAs('producerB')(SUBMIT, { id: productId(world.products.a) });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await world.gqlAs('producerA')(SUBMIT, { id: toGlobalId('Product', 'prd_nope') });
    expect(unknown.data!.evaluationRequestSubmit.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'productId'] }]);
  });

  it('lets the producer withdraw an open request once, then submit again', async () => {
    const submitted = await world.gqlAs('producerA')(SUBMIT, { id: productId(manyA[0]!) });
    const id = submitted.data!.evaluationRequestSubmit.evaluationRequest.id;
    expect((await world.gqlAs('producerB')(WITHDRAW, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await world.gqlAs('producerA')(WITHDRAW, { id })).data!.evaluationRequestWithdraw).toEqual({ evaluationRequest: { state: 'WITHDRAWN' }, userErrors: [] });
    expect((await world.gqlAs('producerA')(WITHDRAW, { id })).data!.evaluationRequestWithdraw.userErrors).toEqual([{ code: 'REQUEST_CLOSED' }]);
    const product = await world.gqlAs('producerA')(`query ($id: ID!) { evaluationRequest(id: $id) { state closedAt product { name } } }`, { id });
    expect(product.data!.evaluationRequest).toMatchObject({ state: 'WITHDRAWN', closedAt: expect.any(String), product: { name: manyA[0]!.name } });
    const back = await world.gqlAs('producerA')(SUBMIT, { id: productId(manyA[0]!) });
    expect(back.data!.evaluationRequestSubmit.userErrors).toEqual([]);
  });
});

describe('the council queue', () => {
  it("shows a province council its province's open requests, oldest first, and nothing of another province", async () => {
    for (const p of manyA.slice(1)) await world.gqlAs('producerA')(SUBMIT, { id: productId(p) });
    const queue = await world.gqlAs('councilX')(QUEUE, { first: 3 });
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.evaluationQueue.totalCount).toBe(7);
    expect(queue.data!.evaluationQueue.nodes.map((n: { product: { name: string } }) => n.product.name)).toEqual([draft.name, manyA[0]!.name, manyA[1]!.name]);
    expect(queue.data!.evaluationQueue.nodes[0]).toMatchObject({ state: 'OPEN', product: { status: 'DRAFT', producer: { name: world.producers.a.name }, evaluations: { totalCount: 0 } } });
    const next = await world.gqlAs('councilX')(QUEUE, { first: 3, after: queue.data!.evaluationQueue.pageInfo.endCursor });
    expect(next.data!.evaluationQueue.nodes.map((n: { product: { name: string } }) => n.product.name)).toEqual(manyA.slice(2, 5).map((p) => p.name));
    const y = await world.gqlAs('councilY')(QUEUE);
    expect(y.data!.evaluationQueue.totalCount).toBe(0);
    expect((await world.gqlAs('producerA')(QUEUE)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('puts a product registered in a province since merged into the queue of its successor', async () => {
    const em = orm.em.fork();
    const services = createServices(em);
    const viewer = { userId: world.users.admin.userId, email: '', emailVerifiedAt: null, roles: world.users.admin.roles };
    expect((await services.evaluationRequests.submit(viewer, haiDuong.id)).userErrors).toEqual([]);
    const haiPhong = await world.gqlAs('shopper')(QUEUE);
    expect(haiPhong.data!.evaluationQueue.nodes.map((n: { product: { name: string } }) => n.product.name)).toEqual([haiDuong.name]);
    const admin = await world.gqlAs('admin')(QUEUE, { first: 100 });
    expect(admin.data!.evaluationQueue.totalCount).toBe(8);
  });

  it('costs the same SQL statements for a queue page of 1 and of 7', async () => {
    const one = await world.gqlAs('councilX')(QUEUE, { first: 1 });
    const many = await world.gqlAs('councilX')(QUEUE, { first: 7 });
    expect(many.data!.evaluationQueue.nodes).toHaveLength(7);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });

  it("shows the ministry's council only requests whose latest evaluation reached 5★", async () => {
    const services = createServices(orm.em.fork());
    const ministry = await services.accounts.signUp({ email: 'ministry@matrix.test', password: 'nuoc-mam-phu-quoc-40' });
    await services.roles.grantUnchecked(ministry.viewer!.userId, { kind: 'COUNCIL_MEMBER', provinceId: null, councilLevel: 'MINISTRY' });
    const gql = (q: string, v?: Record<string, unknown>) => api.gql(q, v, { headers: { cookie: `${SESSION_COOKIE.development}=${ministry.session!.token}` } });
    expect((await gql(QUEUE)).data!.evaluationQueue.totalCount).toBe(0);
    const record = (scores: Record<string, number>, evaluatedOn: string) =>
      services.certification.recordEvaluation({ productId: manyA[1]!.id, criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn, scores });
    await record({ A: 38, B: 24, C: 30 }, '2025-10-01');
    expect((await gql(QUEUE)).data!.evaluationQueue.nodes.map((n: { product: { name: string; evaluations: { nodes: unknown[] } } }) => n.product)).toEqual([
      expect.objectContaining({ name: manyA[1]!.name, evaluations: { totalCount: 1, nodes: [{ stars: 5 }] } }),
    ]);
    await record({ A: 30, B: 20, C: 25 }, '2025-10-02');
    expect((await gql(QUEUE)).data!.evaluationQueue.totalCount).toBe(0);
  });
});

describe('reviewing and deciding', () => {
  const REVIEW = `query ($id: ID!) { productForReview(id: $id) { name status openEvaluationRequest { state } certificates { totalCount } } }`;

  it('opens a submitted draft for its province council only; an unsubmitted draft for nobody', async () => {
    const x = await world.gqlAs('councilX')(REVIEW, { id: productId(draft) });
    expect(x.data!.productForReview).toEqual({ name: draft.name, status: 'DRAFT', openEvaluationRequest: { state: 'OPEN' }, certificates: { totalCount: 0 } });
    expect((await world.gqlAs('councilY')(REVIEW, { id: productId(draft) })).data!.productForReview).toBeNull();
    expect((await world.gqlAs('councilX')(REVIEW, { id: productId(untouchedDraft) })).data!.productForReview).toBeNull();
    const published = await world.gqlAs('councilX')(REVIEW, { id: productId(world.products.a) });
    expect(published.data!.productForReview).toMatchObject({ status: 'PUBLISHED', openEvaluationRequest: null });
  });

  it("hides a product's open request and evaluations from people who are not its producer's, its council or admins", async () => {
    const Q = `query ($slug: String!) { product(slug: $slug) { openEvaluationRequest { state } evaluations { totalCount } } }`;
    const slug = manyA[2]!.slug;
    expect((await world.gqlAs('producerA')(Q, { slug })).data!.product).toEqual({ openEvaluationRequest: { state: 'OPEN' }, evaluations: { totalCount: 0 } });
    expect((await world.gqlAs('producerB')(Q, { slug })).data!.product).toEqual({ openEvaluationRequest: null, evaluations: null });
    expect((await world.gqlAs('councilY')(Q, { slug })).data!.product).toEqual({ openEvaluationRequest: null, evaluations: null });
    expect((await world.gqlAs('anonymous')(Q, { slug })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('closes the request as DECIDED when a certificate is recognised for the product', async () => {
    const council = world.gqlAs('councilX');
    const evaluated = await council(
      `mutation ($input: EvaluationRecordInput!) { evaluationRecord(input: $input) { evaluation { id stars total } userErrors { code } } }`,
      { input: { productId: productId(draft), criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2025-10-01', scores: [{ part: 'A', score: 30 }, { part: 'B', score: 20 }, { part: 'C', score: 25 }] } },
    );
    expect(evaluated.data!.evaluationRecord.evaluation).toMatchObject({ stars: 4, total: 75 });
    const recognised = await council(
      `mutation ($input: CertificateRecogniseInput!) { certificateRecognise(input: $input) { certificate { number } userErrors { code } } }`,
      { input: { evaluationId: evaluated.data!.evaluationRecord.evaluation.id, number: '123/QĐ-UBND', decisionDate: '2025-10-05' } },
    );
    expect(recognised.data!.certificateRecognise.userErrors).toEqual([]);
    const [row] = await rows<{ state: string; certificateId: string | null }>(orm.em.fork(), `select state, certificate_id as "certificateId" from evaluation_request where product_id = ? order by id desc limit 1`, [draft.id]);
    expect(row).toMatchObject({ state: 'DECIDED', certificateId: expect.stringMatching(/^crt_/) });
  });

  it('rejects with a reason only, by the council of the province', async () => {
    const queue = await world.gqlAs('councilX')(QUEUE, { first: 1 });
    const id = queue.data!.evaluationQueue.nodes[0].id;
    expect((await world.gqlAs('councilY')(REJECT, { id, reason: 'Thiếu hồ sơ' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await world.gqlAs('councilX')(REJECT, { id, reason: '  ' })).data!.evaluationRequestReject.userErrors).toEqual([{ code: 'REQUIRED', field: ['input', 'reason'] }]);
    const rejected = await world.gqlAs('councilX')(REJECT, { id, reason: 'Thiếu hồ sơ' });
    expect(rejected.data!.evaluationRequestReject).toEqual({ evaluationRequest: { state: 'REJECTED', rejectionReason: 'Thiếu hồ sơ' }, userErrors: [] });
  });
});
