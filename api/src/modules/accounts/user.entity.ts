import { defineEntity, p } from '@mikro-orm/core';

/** A person who signed up. Every user is a shopper; other roles are RoleAssignment rows. */
const UserSchema = defineEntity({
  name: 'User',
  tableName: 'user_account',
  properties: {
    id: p.string().primary(),
    /** citext: `An@Example.vn` and `an@example.vn` are one account, and the unique index says so. */
    email: p.string().columnType('citext').unique(),
    /** argon2id PHC string (`$argon2id$v=19$m=…`); never leaves the accounts module. */
    passwordHash: p.string(),
    emailVerifiedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class User extends UserSchema.class {}
UserSchema.setClass(User);
