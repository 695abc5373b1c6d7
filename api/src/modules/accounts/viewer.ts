import { GraphQLError } from 'graphql';
import type { CouncilLevel, OperatorRole, ProducerRole, RoleKind } from './roles.js';

export interface RoleAssignmentRecord {
  id: string;
  userId: string;
  kind: RoleKind;
  producerId: string | null;
  producerRole: ProducerRole | null;
  provinceId: string | null;
  councilLevel: CouncilLevel | null;
  operatorId: string | null;
  operatorRole: OperatorRole | null;
  salesPointId: string | null;
}

/** Who sends the request: the signed-in user with every role, loaded once per request. */
export interface Viewer {
  userId: string;
  email: string;
  emailVerifiedAt: Date | null;
  roles: RoleAssignmentRecord[];
}

/**
 * Refusal of an action on something the viewer may not touch. A GraphQL error with code FORBIDDEN
 * (thrown, not a userError): services throw it from ownership checks before writing anything.
 */
export class ForbiddenError extends GraphQLError {
  constructor(message = 'You are not allowed to do this.') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

/** The request has no signed-in user but the action needs one. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in first.') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

export function isAdmin(viewer: Viewer | null): boolean {
  return !!viewer?.roles.some((r) => r.kind === 'ADMIN');
}

export function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

export function assertAdmin(viewer: Viewer | null): Viewer {
  const v = signedIn(viewer);
  if (!isAdmin(v)) throw new ForbiddenError('Only an administrator can do this.');
  return v;
}

/** The viewer's role in this producer, or null. */
export function producerRoleOf(viewer: Viewer | null, producerId: string): ProducerRole | null {
  return viewer?.roles.find((r) => r.kind === 'PRODUCER_MEMBER' && r.producerId === producerId)?.producerRole ?? null;
}

/**
 * For writes to a producer's data (profile, products, batches): members of that producer (an owner
 * when `ownerOnly`), and admins. Anyone else gets FORBIDDEN.
 */
export function assertProducerMember(viewer: Viewer | null, producerId: string, options: { ownerOnly?: boolean } = {}): Viewer {
  const v = signedIn(viewer);
  if (isAdmin(v)) return v;
  const role = producerRoleOf(v, producerId);
  if (!role || (options.ownerOnly && role !== 'OWNER')) throw new ForbiddenError('You are not a member of this producer.');
  return v;
}

/** The viewer's role in this tourism operator, or null. */
export function operatorRoleOf(viewer: Viewer | null, operatorId: string): OperatorRole | null {
  return viewer?.roles.find((r) => r.kind === 'OPERATOR_MEMBER' && r.operatorId === operatorId)?.operatorRole ?? null;
}

/**
 * For writes to a tourism operator's data (profile; later its points, experiences and slots): members
 * of that operator (an owner when `ownerOnly`), and admins. Anyone else gets FORBIDDEN.
 */
export function assertOperatorMember(viewer: Viewer | null, operatorId: string, options: { ownerOnly?: boolean } = {}): Viewer {
  const v = signedIn(viewer);
  if (isAdmin(v)) return v;
  const role = operatorRoleOf(v, operatorId);
  if (!role || (options.ownerOnly && role !== 'OWNER')) throw new ForbiddenError('You are not a member of this tourism operator.');
  return v;
}

/** Whether the viewer manages this sales point (SALES_POINT_MANAGER scoped to it). */
export function managesSalesPoint(viewer: Viewer | null, salesPointId: string): boolean {
  return !!viewer?.roles.some((r) => r.kind === 'SALES_POINT_MANAGER' && r.salesPointId === salesPointId);
}

/** For writes to a sales point and decisions on its listings: its managers, and admins. */
export function assertSalesPointManager(viewer: Viewer | null, salesPointId: string): Viewer {
  const v = signedIn(viewer);
  if (isAdmin(v) || managesSalesPoint(v, salesPointId)) return v;
  throw new ForbiddenError('You do not manage this sales point.');
}

/** Decision 1489/QĐ-TTg moved 3★ recognition from districts to provinces on this day. */
export const COUNCIL_REFORM_DATE = '2025-07-06';

/** Which council level recognises a rating (districts no longer exist; before the reform their 3★ fall to the province). */
export function councilLevelFor(stars: number, _date: string): CouncilLevel {
  // Before and after 1489/QĐ-TTg alike, 5★ is the ministry's (central) and 3–4★ the province's: the
  // district councils that recognised 3★ until COUNCIL_REFORM_DATE have no successor but the province.
  return stars >= 5 ? 'MINISTRY' : 'PROVINCE';
}

/**
 * For evaluations and certificates of a product in `provinceId` (its current province) with these
 * stars on `date`: a province council of that province for 3★–4★, the ministry's for 5★, or an admin.
 */
export function assertCouncilFor(viewer: Viewer | null, provinceId: string, stars: number, date: string): Viewer {
  const v = signedIn(viewer);
  if (isAdmin(v)) return v;
  const level = councilLevelFor(stars, date);
  const allowed = v.roles.some(
    (r) =>
      r.kind === 'COUNCIL_MEMBER' &&
      r.councilLevel === level &&
      (level === 'MINISTRY' ? r.provinceId === null : r.provinceId === provinceId),
  );
  if (!allowed) {
    throw new ForbiddenError(
      level === 'MINISTRY' ? 'Only the ministry council recognises 5 stars.' : 'Only the council of this province can do this.',
    );
  }
  return v;
}
