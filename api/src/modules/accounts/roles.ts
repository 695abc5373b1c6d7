/**
 * Roles are data: one RoleAssignment row per (user, kind, scope). Shopper is not stored: every
 * signed-up user is one. OPERATOR_MEMBER (tourism operators) arrives with the tourism module as a
 * new kind with an `operator_id` scope column, like PRODUCER_MEMBER's `producer_id`.
 */
export const ROLE_KINDS = ['ADMIN', 'PRODUCER_MEMBER', 'COUNCIL_MEMBER'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

/** A producer member's role in that producer. */
export const PRODUCER_ROLES = ['OWNER', 'STAFF'] as const;
export type ProducerRole = (typeof PRODUCER_ROLES)[number];

/** A rating council's level: a province's council, or the ministry's (province null). */
export const COUNCIL_LEVELS = ['PROVINCE', 'MINISTRY'] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];
