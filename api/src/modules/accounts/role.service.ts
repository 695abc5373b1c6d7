import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { rows } from '../../lib/sql.js';
import type { ProvinceService } from '../places/province.service.js';
import type { ProducerService } from '../producers/producer.service.js';
import { AccountErrorCode, userError, type AccountUserError } from './account-errors.js';
import type { AccountService } from './account.service.js';
import type { CouncilLevel, ProducerRole, RoleKind } from './roles.js';
import { assertAdmin, type RoleAssignmentRecord, type Viewer } from './viewer.js';

export interface RoleAssignInput {
  email: string;
  kind: RoleKind;
  producerId?: string | null;
  producerRole?: ProducerRole | null;
  provinceId?: string | null;
  councilLevel?: CouncilLevel | null;
}

export type RoleResult = { role: RoleAssignmentRecord | null; userErrors: AccountUserError[] };

const COLUMNS = `id, user_id as "userId", kind, producer_id as "producerId", producer_role as "producerRole",
  province_id as "provinceId", council_level as "councilLevel"`;

/** Who holds which role. Only admins change it; the first admin comes from create-admin-cli.ts. */
export class RoleService {
  constructor(
    private readonly em: EntityManager,
    private readonly accounts: AccountService,
    private readonly producers: ProducerService,
    private readonly provinces: ProvinceService,
    private readonly now: () => Date,
  ) {}

  async assign(viewer: Viewer | null, input: RoleAssignInput): Promise<RoleResult> {
    const admin = assertAdmin(viewer);
    const scope = await this.checkedScope(input);
    if ('error' in scope) return { role: null, userErrors: [scope.error] };
    const userId = await this.accounts.userIdByEmail(input.email);
    if (!userId) return { role: null, userErrors: [userError('email', AccountErrorCode.USER_NOT_FOUND, 'No account has this email.')] };
    const role = await this.insert(userId, scope, admin.userId);
    if (!role) return { role: null, userErrors: [userError(null, AccountErrorCode.ROLE_ALREADY_ASSIGNED, 'This user already has this role.')] };
    return { role, userErrors: [] };
  }

  async revoke(viewer: Viewer | null, roleId: string): Promise<RoleResult> {
    assertAdmin(viewer);
    return this.em.transactional(async (em) => {
      const [role] = await rows<RoleAssignmentRecord>(em, `select ${COLUMNS} from role_assignment where id = ? for update`, [roleId]);
      if (!role) return { role: null, userErrors: [userError('id', AccountErrorCode.ROLE_NOT_FOUND, 'There is no such role assignment.')] };
      if (role.kind === 'ADMIN') {
        // Lock every admin row, so two admins revoking each other cannot both succeed.
        const admins = await rows(em, `select id from role_assignment where kind = 'ADMIN' for update`);
        if (admins.length <= 1) return { role: null, userErrors: [userError('id', AccountErrorCode.LAST_ADMIN, 'The last administrator cannot be removed.')] };
      }
      await rows(em, `delete from role_assignment where id = ?`, [roleId]);
      return { role, userErrors: [] };
    });
  }

  /** Grants ADMIN without an acting admin: only for create-admin-cli.ts and tests. */
  async grantAdminUnchecked(userId: string): Promise<RoleAssignmentRecord> {
    const existing = (await this.accounts.rolesOf(userId)).find((r) => r.kind === 'ADMIN');
    return existing ?? (await this.insert(userId, { kind: 'ADMIN', producerId: null, producerRole: null, provinceId: null, councilLevel: null }, null))!;
  }

  /** Grants a role without an acting admin: only for tests and seeds. */
  async grantUnchecked(userId: string, input: Omit<RoleAssignInput, 'email'>): Promise<RoleAssignmentRecord> {
    const scope = await this.checkedScope({ ...input, email: '' });
    if ('error' in scope) throw new Error(scope.error.message);
    const role = await this.insert(userId, scope, null);
    if (!role) throw new Error('role already assigned');
    return role;
  }

  private async insert(userId: string, scope: Scope, grantedBy: string | null): Promise<RoleAssignmentRecord | null> {
    const at = this.now();
    const [role] = await rows<RoleAssignmentRecord>(
      this.em,
      `insert into role_assignment (id, user_id, kind, producer_id, producer_role, province_id, council_level, granted_by_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing returning ${COLUMNS}`,
      [newId('roleAssignment', at.getTime()), userId, scope.kind, scope.producerId, scope.producerRole, scope.provinceId, scope.councilLevel, grantedBy, at],
    );
    return role ?? null;
  }

  /** Each kind needs its own scope and no other's (the table's check constraint says the same). */
  private async checkedScope(input: RoleAssignInput): Promise<Scope | { error: AccountUserError }> {
    const invalid = (message: string) => ({ error: userError(null, AccountErrorCode.ROLE_SCOPE_INVALID, message) });
    const none = { producerId: null, producerRole: null, provinceId: null, councilLevel: null };
    switch (input.kind) {
      case 'ADMIN':
        if (input.producerId || input.producerRole || input.provinceId || input.councilLevel) return invalid('ADMIN takes no producer or province.');
        return { kind: 'ADMIN', ...none };
      case 'PRODUCER_MEMBER': {
        if (!input.producerId || !input.producerRole) return invalid('PRODUCER_MEMBER needs a producer and a producer role.');
        if (input.provinceId || input.councilLevel) return invalid('PRODUCER_MEMBER takes no province or council level.');
        const [producer] = await this.producers.byIds([input.producerId]);
        if (!producer) return { error: userError('producerId', AccountErrorCode.PRODUCER_NOT_FOUND, 'There is no such producer.') };
        return { kind: 'PRODUCER_MEMBER', ...none, producerId: producer.id, producerRole: input.producerRole };
      }
      case 'COUNCIL_MEMBER': {
        if (input.producerId || input.producerRole) return invalid('COUNCIL_MEMBER takes no producer.');
        if (input.councilLevel === 'MINISTRY') {
          if (input.provinceId) return invalid('The ministry council has no province.');
          return { kind: 'COUNCIL_MEMBER', ...none, councilLevel: 'MINISTRY' };
        }
        if (input.councilLevel !== 'PROVINCE' || !input.provinceId) return invalid('A province council member needs a province.');
        const province = (await this.provinces.withSuccessors([input.provinceId])).find((p) => p.id === input.provinceId);
        if (!province || province.validTo !== null) {
          return { error: userError('provinceId', AccountErrorCode.PROVINCE_NOT_FOUND, 'There is no such current province.') };
        }
        return { kind: 'COUNCIL_MEMBER', ...none, provinceId: province.id, councilLevel: 'PROVINCE' };
      }
    }
  }
}

interface Scope {
  kind: RoleKind;
  producerId: string | null;
  producerRole: ProducerRole | null;
  provinceId: string | null;
  councilLevel: CouncilLevel | null;
}
