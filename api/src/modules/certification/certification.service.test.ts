import { beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../../db/orm.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province as provinces } from '../../test/fixtures.js';
import { CertificationService } from './certification.service.js';

const catalogue = new CatalogueBuilder();
const province = provinces.current('31');
const producer = catalogue.producer('HTX Nước mắm Cát Hải', province);
const products = Array.from({ length: 12 }, (_, i) => catalogue.product(`Nước mắm cốt ${i}`, producer));
const historic = catalogue.product('Nước mắm nhĩ', producer);
catalogue.certificate(historic, 3, '2021-03-01', '2024-03-01');
const current = catalogue.product('Nước mắm rươi', producer);
catalogue.certificate(current, 4, '2024-05-01', '2027-05-01');

let orm: Orm;
const service = () => new CertificationService(orm.em.fork());
beforeAll(async () => {
  ({ orm } = await testDatabase());
  await catalogue.write(orm);
});

/** A scored evaluation id, failing the test if the scorecard was refused. */
async function evaluation(productId: string, councilLevel: string, evaluatedOn: string, scores: Record<string, number>, criteriaVersion = '148/2023') {
  const { result, userErrors } = await service().recordEvaluation({ productId, criteriaVersion, councilLevel, evaluatedOn, scores });
  expect(userErrors).toEqual([]);
  return result!;
}

let numbers = 0;
const recognise = (evaluationId: string, decisionDate: string, number = `${++numbers}/QĐ-HĐOCOP`) =>
  service().recognise({ evaluationId, number, decisionDate, issuedBy: 'UBND thành phố Hải Phòng' });

describe('recording an evaluation', () => {
  it('derives 4 stars from 75 points under 148/2023', async () => {
    const e = await evaluation(products[0]!.id, 'PROVINCE', '2024-04-10', { A: 30, B: 20, C: 25 });
    expect(e).toMatchObject({ criteriaVersion: '148/2023', total: 75, stars: 4, state: 'SCORED', councilLevel: 'PROVINCE', councilLevelName: 'Hội đồng cấp tỉnh' });
    expect(e.parts.map((p) => [p.code, p.max])).toEqual([['A', 40], ['B', 25], ['C', 35]]);
  });

  it('derives stars from the bands of ITS criteria version: the same part C of 38 is only valid under 1048/2019', async () => {
    const old = await evaluation(products[0]!.id, 'PROVINCE', '2021-06-01', { A: 30, B: 20, C: 38 }, '1048/2019');
    expect(old).toMatchObject({ criteriaVersion: '1048/2019', total: 88, stars: 4 });
    const now = await service().recordEvaluation({ productId: products[0]!.id, criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2024-06-01', scores: { A: 30, B: 20, C: 38 } });
    expect(now.userErrors.map((e) => [e.code, e.field])).toEqual([['SCORE_OUT_OF_RANGE', 'scores.C']]);
  });

  it('rejects part C 36 of 35 and stores nothing', async () => {
    const before = await orm.em.fork().getConnection().execute(`select count(*)::int as n from evaluation`);
    const { result, userErrors } = await service().recordEvaluation({
      productId: products[0]!.id, criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2024-04-10', scores: { A: 30, B: 20, C: 36 },
    });
    expect(result).toBeNull();
    expect(userErrors).toEqual([{ code: 'SCORE_OUT_OF_RANGE', field: 'scores.C', message: 'Part C (Chất lượng sản phẩm) scores 0 to 35 under 148/2023, got 36.' }]);
    expect(await orm.em.fork().getConnection().execute(`select count(*)::int as n from evaluation`)).toEqual(before);
  });

  it('names a missing part, an unknown criteria version, rules not in force, unknown levels and products', async () => {
    const base = { productId: products[0]!.id, criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2024-04-10', scores: { A: 30, B: 20, C: 25 } };
    const codes = async (patch: Partial<typeof base>) => (await service().recordEvaluation({ ...base, ...patch })).userErrors.map((e) => [e.code, e.field]);
    expect(await codes({ scores: { A: 30, B: 20 } as never })).toEqual([['MISSING_PART', 'scores.C']]);
    expect(await codes({ criteriaVersion: '2026' })).toEqual([['UNKNOWN_CRITERIA_VERSION', 'criteriaVersion']]);
    expect(await codes({ criteriaVersion: '1048/2019' })).toEqual([['CRITERIA_NOT_IN_FORCE', 'criteriaVersion']]);
    expect(await codes({ councilLevel: 'COMMUNE' })).toEqual([['UNKNOWN_COUNCIL_LEVEL', 'councilLevel']]);
    expect(await codes({ councilLevel: 'DISTRICT', evaluatedOn: '2025-08-01' })).toEqual([['COUNCIL_LEVEL_NOT_IN_FORCE', 'councilLevel']]);
    expect(await codes({ evaluatedOn: '2024-02-30' })).toEqual([['INVALID_DATE', 'evaluatedOn']]);
    expect(await codes({ productId: 'prd_none' })).toEqual([['UNKNOWN_PRODUCT', 'productId']]);
  });
});

describe('recognition', () => {
  it('issues a certificate valid 36 months from the decision, with the stars of the evaluation', async () => {
    const e = await evaluation(products[1]!.id, 'PROVINCE', '2024-01-15', { A: 30, B: 20, C: 25 });
    const { result, userErrors } = await recognise(e.id, '2024-02-29', '15/QĐ-UBND-2024');
    expect(userErrors).toEqual([]);
    expect(result!.certificate).toMatchObject({
      number: '15/QĐ-UBND-2024', stars: 4, decisionDate: '2024-02-29', validUntil: '2027-02-28', state: 'RECOGNISED', evaluationId: e.id,
    });
    expect(result!.superseded).toEqual([]);
  });

  it('a district council could grant 3★ in 2024 but not after 06/07/2025', async () => {
    const in2024 = await evaluation(products[2]!.id, 'DISTRICT', '2024-05-02', { A: 25, B: 15, C: 20 });
    expect(in2024.stars).toBe(3);
    expect((await recognise(in2024.id, '2024-06-01')).result!.certificate.stars).toBe(3);
    const lastDay = await evaluation(products[3]!.id, 'DISTRICT', '2025-07-05', { A: 25, B: 15, C: 20 });
    expect((await recognise(lastDay.id, '2025-07-05')).userErrors).toEqual([]);
    const late = await evaluation(products[4]!.id, 'DISTRICT', '2025-06-20', { A: 25, B: 15, C: 20 });
    const refused = await recognise(late.id, '2025-07-06');
    expect(refused.result).toBeNull();
    expect(refused.userErrors).toEqual([{ code: 'STARS_NOT_ALLOWED_FOR_LEVEL', field: 'evaluationId', message: expect.stringContaining('no DISTRICT council') }]);
    // Since Decision 1489/QĐ-TTg the province recognises 3★ (and 4★), and no longer only 4★.
    const province3 = await evaluation(products[4]!.id, 'PROVINCE', '2025-08-01', { A: 25, B: 15, C: 20 });
    expect((await recognise(province3.id, '2025-08-15')).result!.certificate.stars).toBe(3);
    const province3Before = await evaluation(products[5]!.id, 'PROVINCE', '2025-03-01', { A: 25, B: 15, C: 20 });
    expect((await recognise(province3Before.id, '2025-03-20')).userErrors.map((e) => e.code)).toEqual(['STARS_NOT_ALLOWED_FOR_LEVEL']);
  });

  it('the ministry grants 5★ only from 90 points', async () => {
    const short = await evaluation(products[6]!.id, 'CENTRAL', '2025-09-01', { A: 38, B: 22.9, C: 29 });
    expect(short).toMatchObject({ total: 89.9, stars: 4, councilLevelName: 'Bộ Nông nghiệp và Môi trường (cấp Trung ương)' });
    const refused = await recognise(short.id, '2025-09-20');
    expect(refused.userErrors).toEqual([
      { code: 'STARS_NOT_ALLOWED_FOR_LEVEL', field: 'evaluationId', message: expect.stringContaining('recognises 5★ from 90 points') },
    ]);
    const enough = await evaluation(products[6]!.id, 'CENTRAL', '2025-10-01', { A: 38, B: 23, C: 29 });
    expect(enough).toMatchObject({ total: 90, stars: 5 });
    expect((await recognise(enough.id, '2025-10-20')).result!.certificate.stars).toBe(5);
    // The province may not grant 5★ since 06/07/2025, whatever the score.
    const province = await evaluation(products[7]!.id, 'PROVINCE', '2025-09-01', { A: 40, B: 25, C: 30 });
    expect((await recognise(province.id, '2025-09-20')).userErrors.map((e) => e.code)).toEqual(['STARS_NOT_ALLOWED_FOR_LEVEL']);
  });

  it('refuses to certify below 3★', async () => {
    const weak = await evaluation(products[8]!.id, 'PROVINCE', '2025-09-01', { A: 20, B: 10, C: 15 });
    expect(weak.stars).toBe(2);
    expect((await recognise(weak.id, '2025-09-20')).userErrors.map((e) => [e.code, e.field])).toEqual([['NOT_CERTIFIABLE', 'evaluationId']]);
  });

  it('refuses a duplicate number, a second certificate from one evaluation, and a decision before the evaluation', async () => {
    const a = await evaluation(products[9]!.id, 'PROVINCE', '2025-09-01', { A: 30, B: 20, C: 25 });
    const b = await evaluation(products[9]!.id, 'PROVINCE', '2025-09-02', { A: 30, B: 20, C: 25 });
    expect((await recognise(a.id, '2025-09-01', '77/QĐ-UBND')).userErrors).toEqual([]);
    expect((await recognise(b.id, '2025-09-20', ' 77/QĐ-UBND ')).userErrors.map((e) => [e.code, e.field])).toEqual([['DUPLICATE_CERTIFICATE_NUMBER', 'number']]);
    expect((await recognise(a.id, '2025-09-20')).userErrors.map((e) => e.code)).toEqual(['EVALUATION_ALREADY_RECOGNISED']);
    expect((await recognise(b.id, '2025-08-20')).userErrors.map((e) => [e.code, e.field])).toEqual([['DECISION_BEFORE_EVALUATION', 'decisionDate']]);
    expect((await recognise('evl_none', '2025-08-20')).userErrors.map((e) => e.code)).toEqual(['UNKNOWN_EVALUATION']);
  });

  it('re-evaluation supersedes the active certificate', async () => {
    const [before] = await service().validForProducts([current.id], '2026-01-01');
    expect(before).toMatchObject({ stars: 4 });
    const again = await evaluation(current.id, 'CENTRAL', '2025-12-01', { A: 39, B: 24, C: 30 });
    const { result } = await recognise(again.id, '2026-01-10', '5/QĐ-BNNMT');
    expect(result!.superseded).toEqual([before!.id]);
    const [old] = await service().byIds([before!.id]);
    expect(old).toMatchObject({ state: 'SUPERSEDED', supersededById: result!.certificate.id });
    const [now] = await service().validForProducts([current.id], '2026-01-10');
    expect(now).toMatchObject({ number: '5/QĐ-BNNMT', stars: 5 });
    const [history] = await service().historyForProducts([current.id], { first: 10, after: null });
    expect(history!.items.map((c) => [c.stars, c.state])).toEqual([[5, 'RECOGNISED'], [4, 'SUPERSEDED']]);
  });
});

describe('revocation and expiry', () => {
  it('revoked certificate shows no stars', async () => {
    const e = await evaluation(products[10]!.id, 'PROVINCE', '2025-09-01', { A: 30, B: 20, C: 25 });
    const issued = (await recognise(e.id, '2025-09-10')).result!.certificate;
    expect(await service().validForProducts([products[10]!.id], '2025-10-01')).toEqual([expect.objectContaining({ id: issued.id })]);
    const noReason = await service().revoke({ certificateId: issued.id, reason: '  ', revokedOn: '2025-10-01' });
    expect(noReason.userErrors.map((u) => [u.code, u.field])).toEqual([['REQUIRED', 'reason']]);
    const { result, userErrors } = await service().revoke({ certificateId: issued.id, reason: 'Vi phạm an toàn thực phẩm', revokedOn: '2025-10-01' });
    expect(userErrors).toEqual([]);
    expect(result).toMatchObject({ state: 'REVOKED', revokedReason: 'Vi phạm an toàn thực phẩm', revokedOn: '2025-10-01' });
    expect(await service().validForProducts([products[10]!.id], '2025-10-01')).toEqual([undefined]);
    const again = await service().revoke({ certificateId: issued.id, reason: 'Lần nữa', revokedOn: '2025-10-02' });
    expect(again.userErrors).toEqual([{ code: 'CERTIFICATE_NOT_ACTIVE', field: 'certificateId', message: expect.stringContaining('it is REVOKED') }]);
  });

  it('cannot revoke a certificate that had already expired', async () => {
    const [old] = (await service().historyForProducts([historic.id], { first: 1, after: null }))[0]!.items;
    const { userErrors } = await service().revoke({ certificateId: old!.id, reason: 'Quá hạn', revokedOn: '2025-01-01' });
    expect(userErrors.map((u) => u.code)).toEqual(['CERTIFICATE_NOT_ACTIVE']);
  });

  it('expiry sweep is idempotent', async () => {
    const e = await evaluation(products[11]!.id, 'PROVINCE', '2025-09-01', { A: 30, B: 20, C: 25 });
    const fresh = (await recognise(e.id, '2025-09-10')).result!.certificate;
    const first = await service().expireOverdue('2026-11-23');
    expect(first.expired).toBeGreaterThanOrEqual(1);
    expect(await service().expireOverdue('2026-11-23')).toEqual({ expired: 0 });
    const [old] = (await service().historyForProducts([historic.id], { first: 1, after: null }))[0]!.items;
    expect(old!.state).toBe('EXPIRED');
    const [stillValid] = await service().byIds([fresh.id]);
    expect(stillValid!.state).toBe('RECOGNISED');
    // The day after its 36 months it is swept too.
    expect(await service().expireOverdue('2028-09-11')).toMatchObject({ expired: expect.any(Number) });
    expect((await service().byIds([fresh.id]))[0]!.state).toBe('EXPIRED');
  });
});
