import { beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../../db/orm.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province as provinces } from '../../test/fixtures.js';
import { CertificationService } from './certification.service.js';

const CERTIFICATE = /* GraphQL */ `
  query Certificate($number: String!) {
    certificate(number: $number) {
      id number stars decisionDate validUntil issuedBy state validToday revokedReason revokedOn
      product { slug ocop { stars } }
      evaluation { criteriaVersion parts { code name score max } total stars councilLevel { code name } evaluatedOn }
      supersededBy { number }
    }
  }
`;

const PRODUCT = /* GraphQL */ `
  query Product($slug: String!, $first: Int, $after: String) {
    product(slug: $slug) {
      ocop { stars certificateNumber }
      certificates(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { number stars state validToday decisionDate validUntil }
      }
    }
  }
`;

const catalogue = new CatalogueBuilder();
const province = provinces.current('01');
const producer = catalogue.producer('HTX Chè Tân Cương', province);
const che = catalogue.product('Chè Tân Cương', producer, { slug: 'che-tan-cuong' });
catalogue.certificate(che, 3, '2020-05-01', '2023-05-01');
const ageing = catalogue.product('Miến dong', producer, { slug: 'mien-dong' });
const agingCertificate = catalogue.certificate(ageing, 4, '2023-11-23', '2026-11-23');
const revokedProduct = catalogue.product('Rượu nếp', producer, { slug: 'ruou-nep' });
for (let i = 0; i < 30; i++) {
  const p = catalogue.product(`Trà hoa ${i}`, producer);
  catalogue.certificate(p, 3 + (i % 3), '2025-01-01', '2028-01-01');
  catalogue.certificate(p, 3, '2020-01-01', '2023-01-01', 'EXPIRED');
}

const today = () => new Date('2026-11-23T03:00:00Z');
const dayAfter = () => new Date('2026-11-24T03:00:00Z');
let orm: Orm;
let api: Awaited<ReturnType<typeof testApi>>;
let later: Awaited<ReturnType<typeof testApi>>;

beforeAll(async () => {
  ({ orm } = await testDatabase());
  await catalogue.write(orm);
  const service = new CertificationService(orm.em.fork());
  const evaluation = await service.recordEvaluation({
    productId: che.id, criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2025-08-20', scores: { A: 31.5, B: 20, C: 26 },
  });
  await service.recognise({ evaluationId: evaluation.result!.id, number: '1234/QĐ-UBND-HN', decisionDate: '2025-09-05', issuedBy: 'UBND thành phố Hà Nội' });
  const again = await service.recordEvaluation({
    productId: che.id, criteriaVersion: '148/2023', councilLevel: 'CENTRAL', evaluatedOn: '2026-03-01', scores: { A: 38, B: 24, C: 30 },
  });
  await service.recognise({ evaluationId: again.result!.id, number: '45/QĐ-BNNMT', decisionDate: '2026-04-01', issuedBy: 'Bộ Nông nghiệp và Môi trường' });
  const r = await service.recordEvaluation({
    productId: revokedProduct.id, criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2025-08-20', scores: { A: 30, B: 15, C: 20 },
  });
  const issued = await service.recognise({ evaluationId: r.result!.id, number: '9/QĐ-UBND-HN', decisionDate: '2025-09-05', issuedBy: 'UBND thành phố Hà Nội' });
  await service.revoke({ certificateId: issued.result!.certificate.id, reason: 'Không duy trì chất lượng', revokedOn: '2026-02-01' });
  api = await testApi(orm, { now: today });
  later = await testApi(orm, { now: dayAfter });
});

describe('certificate query', () => {
  it('shows a certificate with its evaluation: part scores against maxima under its criteria version', async () => {
    const { data, errors } = await api.gql(CERTIFICATE, { number: '45/QĐ-BNNMT' });
    expect(errors).toBeUndefined();
    expect(data!.certificate).toMatchObject({
      number: '45/QĐ-BNNMT', stars: 5, decisionDate: '2026-04-01', validUntil: '2029-04-01', issuedBy: 'Bộ Nông nghiệp và Môi trường',
      state: 'RECOGNISED', validToday: true, revokedReason: null, product: { slug: 'che-tan-cuong', ocop: { stars: 5 } },
      evaluation: {
        criteriaVersion: '148/2023', total: 92, stars: 5, evaluatedOn: '2026-03-01',
        councilLevel: { code: 'CENTRAL', name: 'Bộ Nông nghiệp và Môi trường (cấp Trung ương)' },
        parts: [
          { code: 'A', name: 'Sản phẩm và sức mạnh của cộng đồng', score: 38, max: 40 },
          { code: 'B', name: 'Khả năng tiếp thị', score: 24, max: 25 },
          { code: 'C', name: 'Chất lượng sản phẩm', score: 30, max: 35 },
        ],
      },
      supersededBy: null,
    });
  });

  it('re-evaluation supersedes the active certificate, and the old one says by which', async () => {
    const { data } = await api.gql(CERTIFICATE, { number: '1234/QĐ-UBND-HN' });
    expect(data!.certificate).toMatchObject({ state: 'SUPERSEDED', validToday: false, supersededBy: { number: '45/QĐ-BNNMT' }, evaluation: { total: 77.5, stars: 4 } });
  });

  it('revoked certificate shows no stars, and its reason', async () => {
    const { data } = await api.gql(CERTIFICATE, { number: '9/QĐ-UBND-HN' });
    expect(data!.certificate).toMatchObject({ state: 'REVOKED', validToday: false, revokedReason: 'Không duy trì chất lượng', revokedOn: '2026-02-01', product: { ocop: null } });
  });

  it('answers null for an unknown number, and null evaluation for an imported historic certificate', async () => {
    const missing = await api.gql(CERTIFICATE, { number: 'không có' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.certificate).toBeNull();
    const historic = await api.gql(CERTIFICATE, { number: agingCertificate.number });
    expect(historic.data!.certificate).toMatchObject({ stars: 4, evaluation: null });
  });

  it('resolves a certificate through node(id)', async () => {
    const { data } = await api.gql(CERTIFICATE, { number: '45/QĐ-BNNMT' });
    const node = await api.gql(`query($id: ID!) { node(id: $id) { __typename ... on Certificate { number } } }`, { id: data!.certificate.id });
    expect(node.data!.node).toEqual({ __typename: 'Certificate', number: '45/QĐ-BNNMT' });
  });
});

describe('certificate history and validity on the day of viewing', () => {
  it('a certificate past 36 months shows no stars from the day after but stays in history', async () => {
    const onLastDay = await api.gql(PRODUCT, { slug: 'mien-dong' });
    expect(onLastDay.data!.product.ocop).toEqual({ stars: 4, certificateNumber: agingCertificate.number });
    expect(onLastDay.data!.product.certificates.nodes).toEqual([
      expect.objectContaining({ state: 'RECOGNISED', validToday: true, validUntil: '2026-11-23' }),
    ]);
    const next = await later.gql(PRODUCT, { slug: 'mien-dong' });
    expect(next.data!.product.ocop).toBeNull();
    expect(next.data!.product.certificates).toMatchObject({
      totalCount: 1,
      nodes: [{ number: agingCertificate.number, stars: 4, state: 'EXPIRED', validToday: false }],
    });
    const listed = await later.gql(`{ products(first: 100, filter: { minStars: 4 }) { nodes { slug } } }`);
    expect(listed.data!.products.nodes.map((n: { slug: string }) => n.slug)).not.toContain('mien-dong');
  });

  it('lists every certificate of a product, newest first, in pages', async () => {
    const first = await api.gql(PRODUCT, { slug: 'che-tan-cuong', first: 2 });
    expect(first.data!.product.certificates).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
      nodes: [
        { number: '45/QĐ-BNNMT', state: 'RECOGNISED' },
        { number: '1234/QĐ-UBND-HN', state: 'SUPERSEDED' },
      ],
    });
    const rest = await api.gql(PRODUCT, { slug: 'che-tan-cuong', first: 2, after: first.data!.product.certificates.pageInfo.endCursor });
    expect(rest.data!.product.certificates).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: false },
      nodes: [{ stars: 3, state: 'EXPIRED', decisionDate: '2020-05-01' }],
    });
  });

  it('costs the same SQL statements for histories of 1 and 24 listed products', async () => {
    const LIST = `query($first: Int) { products(first: $first) { nodes { slug certificates(first: 5) { totalCount nodes { number state product { slug } evaluation { total councilLevel { name } } } } } } }`;
    const one = await api.gql(LIST, { first: 1 });
    const many = await api.gql(LIST, { first: 24 });
    expect(one.errors).toBeUndefined();
    expect(many.data!.products.nodes).toHaveLength(24);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });
});

describe('criteria sets', () => {
  it('lists the 2023 and 2019 rules as data, with their maxima and bands', async () => {
    const { data } = await api.gql(`{ criteriaSets(first: 10) { totalCount nodes { version decision effectiveFrom effectiveTo certifiedMinStars parts { code max } bands { minTotal stars } } } }`);
    expect(data!.criteriaSets.totalCount).toBe(2);
    const [current, old] = data!.criteriaSets.nodes;
    expect(current).toMatchObject({ version: '148/2023', effectiveFrom: '2023-02-24', effectiveTo: null, certifiedMinStars: 3 });
    expect(current.parts).toEqual([{ code: 'A', max: 40 }, { code: 'B', max: 25 }, { code: 'C', max: 35 }]);
    expect(old.parts).toEqual([{ code: 'A', max: 35 }, { code: 'B', max: 25 }, { code: 'C', max: 40 }]);
    expect(current.bands).toEqual([
      { minTotal: 90, stars: 5 }, { minTotal: 70, stars: 4 }, { minTotal: 50, stars: 3 }, { minTotal: 30, stars: 2 }, { minTotal: 0, stars: 1 },
    ]);
  });
});
