import { defineEntity, p } from '@mikro-orm/core';
import { User } from './user.entity.js';

export const ACCOUNT_TOKEN_PURPOSES = ['VERIFY_EMAIL', 'RESET_PASSWORD'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * A single-use token mailed to a user (email verification, password reset). The mail carries 256
 * random bits; the table holds only their SHA-256, so a copy of the table cannot be redeemed.
 */
const AccountTokenSchema = defineEntity({
  name: 'AccountToken',
  tableName: 'account_token',
  properties: {
    /** Hex SHA-256 of the token. */
    tokenHash: p.string().length(64).primary(),
    user: () => p.manyToOne(User).index().deleteRule('cascade'),
    purpose: p.enum(ACCOUNT_TOKEN_PURPOSES).nativeEnumName('account_token_purpose'),
    createdAt: p.datetime(),
    expiresAt: p.datetime().index(),
    /** Set when redeemed: a used token is refused as invalid. */
    usedAt: p.datetime().nullable(),
  },
});

export class AccountToken extends AccountTokenSchema.class {}
AccountTokenSchema.setClass(AccountToken);
