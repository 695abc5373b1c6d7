/**
 * Roles are data: one RoleAssignment row per (user, kind, scope). Shopper is not stored: every
 * signed-up user is one. PRODUCER_MEMBER is scoped by `producer_id`, OPERATOR_MEMBER (tourism
 * operators) by `operator_id`, SALES_POINT_MANAGER by `sales_point_id`, COUNCIL_MEMBER by province and level.
 */
export const ROLE_KINDS = ['ADMIN', 'PRODUCER_MEMBER', 'COUNCIL_MEMBER', 'OPERATOR_MEMBER', 'SALES_POINT_MANAGER'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

/** A producer member's role in that producer. */
export const PRODUCER_ROLES = ['OWNER', 'STAFF'] as const;
export type ProducerRole = (typeof PRODUCER_ROLES)[number];

/** A member's role in a tourism operator. */
export const OPERATOR_ROLES = ['OWNER', 'STAFF'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

/** A rating council's level: a province's council, or the ministry's (province null). */
export const COUNCIL_LEVELS = ['PROVINCE', 'MINISTRY'] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];
