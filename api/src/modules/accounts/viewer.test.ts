import { describe, expect, it } from 'vitest';
import { assertAdmin, assertCouncilFor, assertOperatorMember, assertProducerMember, type RoleAssignmentRecord, type Viewer } from './viewer.js';

function viewer(...roles: Partial<RoleAssignmentRecord>[]): Viewer {
  return {
    userId: 'usr_1',
    email: 'a@example.vn',
    emailVerifiedAt: null,
    roles: roles.map((r, i) => ({ id: `rol_${i}`, userId: 'usr_1', kind: 'ADMIN', producerId: null, producerRole: null, provinceId: null, councilLevel: null, operatorId: null, operatorRole: null, salesPointId: null, ...r })),
  };
}
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return (e as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('ownership checks', () => {
  const memberA = viewer({ kind: 'PRODUCER_MEMBER', producerId: 'pdc_a', producerRole: 'STAFF' });

  it('let a member of producer A act for A, not for B', () => {
    expect(code(() => assertProducerMember(memberA, 'pdc_a'))).toBe('OK');
    expect(code(() => assertProducerMember(memberA, 'pdc_b'))).toBe('FORBIDDEN');
  });

  it('keep owner-only actions from staff', () => {
    expect(code(() => assertProducerMember(memberA, 'pdc_a', { ownerOnly: true }))).toBe('FORBIDDEN');
  });

  it('ask anonymous requests to sign in, and let admins through', () => {
    expect(code(() => assertProducerMember(null, 'pdc_a'))).toBe('UNAUTHENTICATED');
    expect(code(() => assertProducerMember(viewer({ kind: 'ADMIN' }), 'pdc_b'))).toBe('OK');
    expect(code(() => assertAdmin(memberA))).toBe('FORBIDDEN');
  });

  it('let a province council recognise 3★–4★ in its own province only', () => {
    const councilX = viewer({ kind: 'COUNCIL_MEMBER', provinceId: 'prv_01', councilLevel: 'PROVINCE' });
    expect(code(() => assertCouncilFor(councilX, 'prv_01', 4, '2026-01-01'))).toBe('OK');
    expect(code(() => assertCouncilFor(councilX, 'prv_46', 4, '2026-01-01'))).toBe('FORBIDDEN');
    expect(code(() => assertCouncilFor(councilX, 'prv_01', 5, '2026-01-01'))).toBe('FORBIDDEN');
  });

  it('leave 5★ to the ministry council, anywhere', () => {
    const ministry = viewer({ kind: 'COUNCIL_MEMBER', provinceId: null, councilLevel: 'MINISTRY' });
    expect(code(() => assertCouncilFor(ministry, 'prv_46', 5, '2026-01-01'))).toBe('OK');
    expect(code(() => assertCouncilFor(ministry, 'prv_46', 4, '2026-01-01'))).toBe('FORBIDDEN');
    expect(code(() => assertCouncilFor(memberA, 'prv_01', 3, '2026-01-01'))).toBe('FORBIDDEN');
  });

  it('let a member of tourism operator O act for O only; a producer member is no operator', () => {
    const staffO = viewer({ kind: 'OPERATOR_MEMBER', operatorId: 'opr_o', operatorRole: 'STAFF' });
    expect(code(() => assertOperatorMember(staffO, 'opr_o'))).toBe('OK');
    expect(code(() => assertOperatorMember(staffO, 'opr_p'))).toBe('FORBIDDEN');
    expect(code(() => assertOperatorMember(staffO, 'opr_o', { ownerOnly: true }))).toBe('FORBIDDEN');
    expect(code(() => assertOperatorMember(memberA, 'opr_o'))).toBe('FORBIDDEN');
    expect(code(() => assertProducerMember(staffO, 'pdc_a'))).toBe('FORBIDDEN');
    expect(code(() => assertOperatorMember(viewer({ kind: 'ADMIN' }), 'opr_o'))).toBe('OK');
    expect(code(() => assertOperatorMember(null, 'opr_o'))).toBe('UNAUTHENTICATED');
  });
});
