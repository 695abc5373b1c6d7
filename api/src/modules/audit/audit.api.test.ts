import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, type RoleWorld } from '../../test/roles.js';
import { createServices } from '../services.js';

const { orm } = await testDatabase();
const api = await testApi(orm);
let world: RoleWorld;
beforeAll(async () => {
  world = await createRoleWorld(orm, api);
});

const SCORES = [{ part: 'A', score: 30 }, { part: 'B', score: 20 }, { part: 'C', score: 25 }];
const EVALUATE = `mutation ($input: EvaluationRecordInput!) { evaluationRecord(input: $input) { evaluation { id } userErrors { code } } }`;
const RECOGNISE = `mutation ($input: CertificateRecogniseInput!) { certificateRecognise(input: $input) { certificate { id number } userErrors { code } } }`;
const REVOKE = `mutation ($input: CertificateRevokeInput!) { certificateRevoke(input: $input) { certificate { state } userErrors { code } } }`;
const HISTORY = `query ($number: String!) { certificate(number: $number) { history { action at actorEmail before after } } }`;

interface Event { action: string; actorUserId: string | null; subjectId: string; before: any; after: any }
const events = () =>
  rows<Event>(orm.em.fork(), `select action, actor_user_id as "actorUserId", subject_id as "subjectId", before, after from audit_event order by id`);

async function evaluate(): Promise<string> {
  const res = await world.gqlAs('councilX')(EVALUATE, {
    input: { productId: toGlobalId('Product', world.products.a.id), criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2025-09-01', scores: SCORES },
  });
  expect(res.data!.evaluationRecord.userErrors).toEqual([]);
  return res.data!.evaluationRecord.evaluation.id;
}

describe('certificate audit log', () => {
  it('writes exactly one event with before/after per change, with the actor', async () => {
    const council = world.users.councilX.userId;
    const start = (await events()).length;
    const first = await evaluate();
    let log = (await events()).slice(start);
    expect(log).toMatchObject([{ action: 'EVALUATION_RECORDED', actorUserId: council, before: null, after: { stars: 4 } }]);

    const one = await world.gqlAs('councilX')(RECOGNISE, { input: { evaluationId: first, number: 'A-1/QĐ-UBND', decisionDate: '2025-09-10' } });
    const firstCertificate = one.data!.certificateRecognise.certificate.id;
    log = (await events()).slice(start + 1);
    expect(log).toMatchObject([{ action: 'CERTIFICATE_RECOGNISED', actorUserId: council, before: null, after: { number: 'A-1/QĐ-UBND', state: 'RECOGNISED' } }]);

    // A re-evaluation's certificate supersedes the first: one event each.
    const second = await evaluate();
    await world.gqlAs('admin')(RECOGNISE, { input: { evaluationId: second, number: 'A-2/QĐ-UBND', decisionDate: '2025-10-01' } });
    log = (await events()).slice(start + 3);
    expect(log).toHaveLength(2);
    const admin = world.users.admin.userId;
    expect(log).toMatchObject([
      { action: 'CERTIFICATE_RECOGNISED', actorUserId: admin, before: null, after: { number: 'A-2/QĐ-UBND' } },
      { action: 'CERTIFICATE_SUPERSEDED', actorUserId: admin, before: { number: 'A-1/QĐ-UBND', state: 'RECOGNISED' }, after: { state: 'SUPERSEDED' } },
    ]);
    expect(log[1]!.subjectId).toBe(log[1]!.before.id);

    const revoked = await world.gqlAs('councilX')(REVOKE, { input: { certificateId: toGlobalId('Certificate', log[0]!.after.id), reason: 'Vi phạm', revokedOn: '2025-11-01' } });
    expect(revoked.data!.certificateRevoke.userErrors).toEqual([]);
    log = (await events()).slice(start + 5);
    expect(log).toMatchObject([{ action: 'CERTIFICATE_REVOKED', actorUserId: council, before: { state: 'RECOGNISED', revokedReason: null }, after: { state: 'REVOKED', revokedReason: 'Vi phạm' } }]);

    // A refused or failed change writes nothing.
    const refused = await world.gqlAs('councilX')(REVOKE, { input: { certificateId: toGlobalId('Certificate', log[0]!.after.id), reason: 'Lần nữa', revokedOn: '2025-11-02' } });
    expect(refused.data!.certificateRevoke.userErrors).toEqual([{ code: 'CERTIFICATE_NOT_ACTIVE' }]);
    expect(await events()).toHaveLength(start + 6);
    expect(firstCertificate).toBeTruthy();
  });

  it('shows the history on the certificate: actor emails to councils and admins only', async () => {
    const asPublic = await api.gql(HISTORY, { number: 'A-1/QĐ-UBND' });
    expect(asPublic.errors).toBeUndefined();
    expect(asPublic.data!.certificate.history.map((e: { action: string; actorEmail: string | null }) => [e.action, e.actorEmail])).toEqual([
      ['CERTIFICATE_RECOGNISED', null],
      ['CERTIFICATE_SUPERSEDED', null],
    ]);
    const asAdmin = await world.gqlAs('admin')(HISTORY, { number: 'A-1/QĐ-UBND' });
    expect(asAdmin.data!.certificate.history.map((e: { actorEmail: string }) => e.actorEmail)).toEqual(['councilx@matrix.test', 'admin@matrix.test']);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database', async () => {
    const em = orm.em.fork();
    await expect(rows(em, `update audit_event set action = 'X'`)).rejects.toThrow(/append-only/);
    await expect(rows(em, `delete from audit_event`)).rejects.toThrow(/append-only/);
    await expect(rows(em, `truncate audit_event`)).rejects.toThrow(/append-only/);
    expect((await events()).length).toBeGreaterThan(0);
  });

  it('lists the log to admins only (auditEvents), with a filter', async () => {
    const QUERY = `query ($filter: AuditEventFilter) { auditEvents(first: 2, filter: $filter) { totalCount nodes { action actorEmail } pageInfo { hasNextPage } } }`;
    for (const role of ['shopper', 'producerA', 'councilX'] as const) {
      const res = await world.gqlAs(role)(QUERY);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.gql(QUERY)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // 6 certificate events, and the approvals of the world's tourism operator and sales point.
    const all = await world.gqlAs('admin')(QUERY);
    expect(all.data!.auditEvents).toMatchObject({ totalCount: 8, pageInfo: { hasNextPage: true } });
    expect(all.data!.auditEvents.nodes[0]).toEqual({ action: 'CERTIFICATE_REVOKED', actorEmail: 'councilx@matrix.test' });
    const revocations = await world.gqlAs('admin')(QUERY, { filter: { action: 'EVALUATION_RECORDED' } });
    expect(revocations.data!.auditEvents.totalCount).toBe(2);
    const certificates = await world.gqlAs('admin')(QUERY, { filter: { subjectType: 'Certificate' } });
    expect(certificates.data!.auditEvents.totalCount).toBe(4);
    // The admin's events include the approval of the world's sales point (one more since the salespoints merge).
    const byAdmin = await world.gqlAs('admin')(QUERY, { filter: { actorEmail: 'ADMIN@matrix.test' } });
    expect(byAdmin.data!.auditEvents.nodes.map((e: { actorEmail: string }) => e.actorEmail)).toEqual(['admin@matrix.test', 'admin@matrix.test']);
    expect(byAdmin.data!.auditEvents.totalCount).toBe(4);
    const nobody = await world.gqlAs('admin')(QUERY, { filter: { actorEmail: 'nobody@matrix.test' } });
    expect(nobody.data!.auditEvents.totalCount).toBe(0);
  });

  it('logs the expiry sweep as the system', async () => {
    const services = createServices(orm.em.fork());
    const { expired } = await services.certification.expireOverdue('2030-01-01');
    const log = (await events()).filter((e) => e.action === 'CERTIFICATE_EXPIRED');
    expect(log).toHaveLength(expired);
    expect(log.every((e) => e.actorUserId === null && e.before.state === 'RECOGNISED' && e.after.state === 'EXPIRED')).toBe(true);
  });
});
