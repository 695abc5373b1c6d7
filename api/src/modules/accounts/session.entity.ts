import { defineEntity, p } from '@mikro-orm/core';
import { User } from './user.entity.js';

/**
 * A signed-in browser. The cookie holds a 256-bit random token; the table holds only its SHA-256
 * (the primary key), so a copy of the table cannot be replayed as cookies.
 */
const SessionSchema = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    /** Hex SHA-256 of the token. */
    tokenHash: p.string().length(64).primary(),
    user: () => p.manyToOne(User).index().deleteRule('cascade'),
    createdAt: p.datetime(),
    /** Slides forward on use (30 days after the last use), see AccountService.sessionFromToken. */
    expiresAt: p.datetime().index(),
    lastSeenAt: p.datetime(),
  },
});

export class Session extends SessionSchema.class {}
SessionSchema.setClass(Session);
