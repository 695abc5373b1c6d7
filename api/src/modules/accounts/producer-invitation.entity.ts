import { defineEntity, p } from '@mikro-orm/core';
import { Producer } from '../producers/producer.entity.js';
import { User } from './user.entity.js';

/**
 * An owner's invitation of a staff member into a producer, by email. The mail carries 256 random bits;
 * the table holds only their SHA-256. Open while neither accepted nor revoked (and before expiresAt);
 * at most one open invitation per (producer, email): inviting again replaces it.
 */
const ProducerInvitationSchema = defineEntity({
  name: 'ProducerInvitation',
  tableName: 'producer_invitation',
  properties: {
    id: p.string().primary(),
    producer: () => p.manyToOne(Producer).index().deleteRule('cascade'),
    /** citext, like user_account.email: the accepting account's email must equal it. */
    email: p.string().columnType('citext'),
    /** Hex SHA-256 of the mailed token. */
    tokenHash: p.string().length(64).unique(),
    invitedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    acceptedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    revokedAt: p.datetime().nullable(),
  },
  indexes: [
    {
      name: 'producer_invitation_open_unique',
      expression: `create unique index "producer_invitation_open_unique" on "producer_invitation" ("producer_id", "email") where "accepted_at" is null and "revoked_at" is null`,
    },
  ],
});

export class ProducerInvitation extends ProducerInvitationSchema.class {}
ProducerInvitationSchema.setClass(ProducerInvitation);
