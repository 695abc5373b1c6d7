import { Authorized, type AuthChecker } from 'type-graphql';
import { ForbiddenError, isAdmin, UnauthenticatedError } from '../modules/accounts/viewer.js';
import type { Context } from './context.js';
import { uncacheable } from './response-cache.js';

/**
 * Who may call a field, checked before its resolver runs. Ownership (which producer, which province)
 * is checked in the services with assertProducerMember / assertCouncilFor / assertOperatorMember, where the object is known.
 *
 * - PUBLIC           anyone, signed in or not (must be said explicitly on a mutation)
 * - SIGNED_IN        any signed-in user (every user is a shopper)
 * - ADMIN            programme administrators
 * - PRODUCER_MEMBER  a member of some producer (the service then checks it is *this* producer), or an admin
 * - COUNCIL_MEMBER   a member of some rating council (the service checks province and stars), or an admin
 * - OPERATOR_MEMBER  a member of some tourism operator (the service checks it is *this* operator), or an admin
 * - SALES_POINT_MANAGER  a manager of some sales point (the service checks it is *this* point), or an admin
 */
export const AUTH_RULES = ['PUBLIC', 'SIGNED_IN', 'ADMIN', 'PRODUCER_MEMBER', 'COUNCIL_MEMBER', 'OPERATOR_MEMBER', 'SALES_POINT_MANAGER'] as const;
export type AuthRule = (typeof AUTH_RULES)[number];

/** `@Rule('ADMIN')`: type-graphql's @Authorized, restricted to our rule names. Several rules = any of them. */
export function Rule(...rules: [AuthRule, ...AuthRule[]]): MethodDecorator & PropertyDecorator {
  return Authorized<AuthRule>(...rules) as MethodDecorator & PropertyDecorator;
}

export const authChecker: AuthChecker<Context, AuthRule> = ({ context, info }, rules) => {
  if (rules.includes('PUBLIC')) return true;
  // A guarded field's answer depends on who asks: a response holding one is never cached.
  uncacheable(info);
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  // A bare @Authorized() means "signed in".
  if (rules.length === 0 || rules.includes('SIGNED_IN')) return true;
  const admin = isAdmin(viewer);
  for (const rule of rules) {
    if (rule === 'ADMIN' && admin) return true;
    if (rule === 'PRODUCER_MEMBER' && (admin || viewer.roles.some((r) => r.kind === 'PRODUCER_MEMBER'))) return true;
    if (rule === 'COUNCIL_MEMBER' && (admin || viewer.roles.some((r) => r.kind === 'COUNCIL_MEMBER'))) return true;
    if (rule === 'OPERATOR_MEMBER' && (admin || viewer.roles.some((r) => r.kind === 'OPERATOR_MEMBER'))) return true;
    if (rule === 'SALES_POINT_MANAGER' && (admin || viewer.roles.some((r) => r.kind === 'SALES_POINT_MANAGER'))) return true;
  }
  throw new ForbiddenError();
};
