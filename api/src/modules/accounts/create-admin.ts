import { randomBytes } from 'node:crypto';
import type { Orm } from '../../db/orm.js';
import { rows } from '../../lib/sql.js';
import { createServices } from '../services.js';

export interface CreatedAdmin {
  email: string;
  /** True when the account was made now; false when an existing account was made admin. */
  created: boolean;
  /** The generated password, when none was given and the account is new (print it once). */
  generatedPassword: string | null;
}

/**
 * Makes `email` an administrator: signs it up first when there is no such account (with `password`,
 * or a generated one), then grants ADMIN. An existing account keeps its password.
 */
export async function createAdmin(orm: Orm, email: string, password: string | undefined): Promise<CreatedAdmin> {
  return orm.em.fork().transactional(async (em) => {
    const services = createServices(em);
    let userId = await services.accounts.userIdByEmail(email);
    let generatedPassword: string | null = null;
    const created = !userId;
    if (!userId) {
      if (password === undefined) generatedPassword = randomBytes(18).toString('base64url');
      const result = await services.accounts.signUp({ email, password: password ?? generatedPassword! });
      if (!result.viewer) throw new Error(result.userErrors.map((e) => `${e.code}: ${e.message}`).join('; '));
      userId = result.viewer.userId;
      // The CLI needs no browser session.
      await rows(em, `delete from session where user_id = ?`, [userId]);
    }
    await services.roles.grantAdminUnchecked(userId);
    return { email, created, generatedPassword };
  });
}
