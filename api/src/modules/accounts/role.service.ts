import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { appendAuditEvents } from '../audit/audit.js';
import { rows } from '../../lib/sql.js';
import type { ProvinceService } from '../places/province.service.js';
import type { ProducerService } from '../producers/producer.service.js';
import type { TourismOperatorService } from '../tourism/tourism-operator.service.js';

/** What the role service needs to know of sales points (their module's service provides it). */
export interface SalesPointLookup {
  exists(id: string): Promise<boolean>;
}
import { AccountErrorCode, userError, type AccountUserError } from './account-errors.js';
import { ROLE_COLUMNS, type AccountService } from './account.service.js';
import type { CouncilLevel, OperatorRole, ProducerRole, RoleKind } from './roles.js';
import { assertAdmin, type RoleAssignmentRecord, type Viewer } from './viewer.js';

export interface RoleAssignInput {
  email: string;
  kind: RoleKind;
  producerId?: string | null;
  producerRole?: ProducerRole | null;
  provinceId?: string | null;
  councilLevel?: CouncilLevel | null;
  operatorId?: string | null;
  operatorRole?: OperatorRole | null;
  salesPointId?: string | null;
}

export type RoleResult = { role: RoleAssignmentRecord | null; userErrors: AccountUserError[] };

const COLUMNS = ROLE_COLUMNS;

/** Who holds which role. Only admins change it; the first admin comes from create-admin-cli.ts. */
export class RoleService {
  constructor(
    private readonly em: EntityManager,
    private readonly accounts: AccountService,
    private readonly producers: ProducerService,
    private readonly provinces: ProvinceService,
    private readonly operators: TourismOperatorService,
    private readonly salesPoints: SalesPointLookup,
    private readonly now: () => Date,
  ) {}

  async assign(viewer: Viewer | null, input: RoleAssignInput): Promise<RoleResult> {
    const admin = assertAdmin(viewer);
    const scope = await this.checkedScope(input);
    if ('error' in scope) return { role: null, userErrors: [scope.error] };
    const userId = await this.accounts.userIdByEmail(input.email);
    if (!userId) return { role: null, userErrors: [userError('email', AccountErrorCode.USER_NOT_FOUND, 'No account has this email.')] };
    const role = await this.em.transactional(async (em) => {
      const inserted = await this.insert(em, userId, scope, admin.userId);
      if (inserted) {
        await appendAuditEvents(em, { userId: admin.userId }, [
          { action: 'ROLE_ASSIGNED', subjectType: 'RoleAssignment', subjectId: inserted.id, before: null, after: auditView(inserted, input.email.trim()) },
        ]);
      }
      return inserted;
    });
    if (!role) return { role: null, userErrors: [userError(null, AccountErrorCode.ROLE_ALREADY_ASSIGNED, 'This user already has this role.')] };
    return { role, userErrors: [] };
  }

  async revoke(viewer: Viewer | null, roleId: string): Promise<RoleResult> {
    const admin = assertAdmin(viewer);
    return this.em.transactional(async (em) => {
      const [role] = await rows<RoleAssignmentRecord>(em, `select ${COLUMNS} from role_assignment where id = ? for update`, [roleId]);
      if (!role) return { role: null, userErrors: [userError('id', AccountErrorCode.ROLE_NOT_FOUND, 'There is no such role assignment.')] };
      if (role.kind === 'ADMIN') {
        // Lock every admin row, so two admins revoking each other cannot both succeed.
        const admins = await rows(em, `select id from role_assignment where kind = 'ADMIN' for update`);
        if (admins.length <= 1) return { role: null, userErrors: [userError('id', AccountErrorCode.LAST_ADMIN, 'The last administrator cannot be removed.')] };
      }
      await rows(em, `delete from role_assignment where id = ?`, [roleId]);
      const [email] = await this.accounts.emailsByIds([role.userId]);
      await appendAuditEvents(em, { userId: admin.userId }, [
        { action: 'ROLE_REVOKED', subjectType: 'RoleAssignment', subjectId: role.id, before: auditView(role, email ?? null), after: null },
      ]);
      return { role, userErrors: [] };
    });
  }

  /** Grants ADMIN without an acting admin: only for create-admin-cli.ts and tests. */
  async grantAdminUnchecked(userId: string): Promise<RoleAssignmentRecord> {
    const existing = (await this.accounts.rolesOf(userId)).find((r) => r.kind === 'ADMIN');
    return existing ?? (await this.insert(this.em, userId, { kind: 'ADMIN', producerId: null, producerRole: null, provinceId: null, councilLevel: null, operatorId: null, operatorRole: null, salesPointId: null }, null))!;
  }

  /** Grants a role without an acting admin: only for tests and seeds. */
  async grantUnchecked(userId: string, input: Omit<RoleAssignInput, 'email'>): Promise<RoleAssignmentRecord> {
    const scope = await this.checkedScope({ ...input, email: '' });
    if ('error' in scope) throw new Error(scope.error.message);
    const role = await this.insert(this.em, userId, scope, null);
    if (!role) throw new Error('role already assigned');
    return role;
  }

  private async insert(em: EntityManager, userId: string, scope: Scope, grantedBy: string | null): Promise<RoleAssignmentRecord | null> {
    const at = this.now();
    const [role] = await rows<RoleAssignmentRecord>(
      em,
      `insert into role_assignment (id, user_id, kind, producer_id, producer_role, province_id, council_level, operator_id, operator_role, sales_point_id, granted_by_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing returning ${COLUMNS}`,
      [
        newId('roleAssignment', at.getTime()), userId, scope.kind, scope.producerId, scope.producerRole, scope.provinceId, scope.councilLevel,
        scope.operatorId, scope.operatorRole, scope.salesPointId, grantedBy, at,
      ],
    );
    return role ?? null;
  }

  /** Each kind needs its own scope and no other's (the table's check constraint says the same). */
  private async checkedScope(input: RoleAssignInput): Promise<Scope | { error: AccountUserError }> {
    const invalid = (message: string) => ({ error: userError(null, AccountErrorCode.ROLE_SCOPE_INVALID, message) });
    const none = { producerId: null, producerRole: null, provinceId: null, councilLevel: null, operatorId: null, operatorRole: null, salesPointId: null };
    // Operator or sales point scope: neither belongs to ADMIN, PRODUCER_MEMBER or COUNCIL_MEMBER.
    const hasOperator = !!(input.operatorId || input.operatorRole || input.salesPointId);
    switch (input.kind) {
      case 'ADMIN':
        if (input.producerId || input.producerRole || input.provinceId || input.councilLevel || hasOperator) {
          return invalid('ADMIN takes no producer, operator or province.');
        }
        return { kind: 'ADMIN', ...none };
      case 'PRODUCER_MEMBER': {
        if (!input.producerId || !input.producerRole) return invalid('PRODUCER_MEMBER needs a producer and a producer role.');
        if (input.provinceId || input.councilLevel || hasOperator) return invalid('PRODUCER_MEMBER takes no province, council level or operator.');
        const [producer] = await this.producers.byIds([input.producerId]);
        if (!producer) return { error: userError('producerId', AccountErrorCode.PRODUCER_NOT_FOUND, 'There is no such producer.') };
        return { kind: 'PRODUCER_MEMBER', ...none, producerId: producer.id, producerRole: input.producerRole };
      }
      case 'COUNCIL_MEMBER': {
        if (input.producerId || input.producerRole || hasOperator) return invalid('COUNCIL_MEMBER takes no producer or operator.');
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
      case 'OPERATOR_MEMBER': {
        if (!input.operatorId || !input.operatorRole) return invalid('OPERATOR_MEMBER needs a tourism operator and an operator role.');
        if (input.producerId || input.producerRole || input.provinceId || input.councilLevel || input.salesPointId) {
          return invalid('OPERATOR_MEMBER takes no producer, province, council level or sales point.');
        }
        if (!(await this.operators.byIds([input.operatorId]))[0]) {
          return { error: userError('operatorId', AccountErrorCode.OPERATOR_NOT_FOUND, 'There is no such tourism operator.') };
        }
        return { kind: 'OPERATOR_MEMBER', ...none, operatorId: input.operatorId, operatorRole: input.operatorRole };
      }
      case 'SALES_POINT_MANAGER': {
        if (!input.salesPointId) return invalid('SALES_POINT_MANAGER needs a sales point.');
        if (input.producerId || input.producerRole || input.provinceId || input.councilLevel || input.operatorId || input.operatorRole) {
          return invalid('SALES_POINT_MANAGER takes no producer, province, council level or operator.');
        }
        if (!(await this.salesPoints.exists(input.salesPointId))) {
          return { error: userError('salesPointId', AccountErrorCode.SALES_POINT_NOT_FOUND, 'There is no such sales point.') };
        }
        return { kind: 'SALES_POINT_MANAGER', ...none, salesPointId: input.salesPointId };
      }
    }
  }
}

/** A role as the audit log shows it: whose, which kind, which scope (ids of the scope objects). */
function auditView(role: RoleAssignmentRecord, email: string | null) {
  const { id: _id, userId, ...rest } = role;
  return { email, userId, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null)) };
}

interface Scope {
  kind: RoleKind;
  producerId: string | null;
  producerRole: ProducerRole | null;
  provinceId: string | null;
  councilLevel: CouncilLevel | null;
  operatorId: string | null;
  operatorRole: OperatorRole | null;
  salesPointId: string | null;
}
