import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { sanitizeRichText } from '../../lib/rich-text.js';
import { slugify } from '../../lib/slug.js';
import { rows } from '../../lib/sql.js';
import type { RoleService } from '../accounts/role.service.js';
import { assertAdmin, assertOperatorMember, signedIn, type Viewer } from '../accounts/viewer.js';
import { appendAuditEvents } from '../audit/audit.js';
import type { CommuneService } from '../places/commune.service.js';
import type { ProvinceService } from '../places/province.service.js';
import type { OperatorKind } from './operator-kind.js';
import { OPERATOR_COLUMNS, type TourismOperatorRecord, type TourismOperatorService } from './tourism-operator.service.js';

export const OPERATOR_ERROR_CODES = ['NOT_FOUND', 'NAME_REQUIRED', 'NAME_TOO_LONG', 'PROVINCE_NOT_FOUND', 'COMMUNE_NOT_FOUND', 'INVALID_EMAIL', 'INVALID_PHONE'] as const;
export type OperatorErrorCode = (typeof OPERATOR_ERROR_CODES)[number];

export interface OperatorUserError {
  field: string[];
  code: OperatorErrorCode;
  message: string;
}

export interface OperatorProfileInput {
  name?: string | null;
  kind?: OperatorKind | null;
  /** Two-digit code of a current province. */
  provinceCode?: string | null;
  /** Five-digit code of a current commune of that province; '' clears it. */
  communeCode?: string | null;
  addressLine?: string | null;
  phone?: string | null;
  email?: string | null;
  /** HTML, sanitised when stored. */
  description?: string | null;
}

export type OperatorResult = { operator: TourismOperatorRecord | null; userErrors: OperatorUserError[] };

const error = (field: string, code: OperatorErrorCode, message: string): OperatorUserError => ({ field: [field], code, message });
const NAME_MAX = 200;

/** Cleaned profile values (undefined: not given, keep as is). */
interface CheckedProfile {
  name?: string;
  kind?: OperatorKind;
  provinceId?: string;
  communeId?: string | null;
  addressLine?: string | null;
  phone?: string | null;
  email?: string | null;
  description?: string;
}

/**
 * Tourism operators register themselves (any signed-in user; the caller becomes OWNER), stay pending
 * until an admin approves them, and edit their own profile (members of that operator, or admins).
 */
export class OperatorRegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly operators: TourismOperatorService,
    private readonly provinces: ProvinceService,
    private readonly communes: CommuneService,
    private readonly roles: RoleService,
  ) {}

  async register(viewer: Viewer | null, input: OperatorProfileInput & { name: string; kind: OperatorKind; provinceCode: string }): Promise<OperatorResult> {
    const user = signedIn(viewer);
    const checked = await this.check(input, null);
    if ('errors' in checked) return { operator: null, userErrors: checked.errors };
    const profile = checked.profile;
    const at = new Date();
    const id = newId('tourismOperator', at.getTime());
    const base = slugify(profile.name!) || 'du-lich-cong-dong';
    const taken = new Set((await rows<{ slug: string }>(this.em, `select slug from tourism_operator where slug = ? or slug like ?`, [base, `${base}-%`])).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    await rows(
      this.em,
      `insert into tourism_operator (id, slug, name, kind, province_id, commune_id, address_line, phone, email, description, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, slug, profile.name, profile.kind, profile.provinceId, profile.communeId ?? null, profile.addressLine ?? null, profile.phone ?? null, profile.email ?? null, profile.description ?? '', at],
    );
    // As for producers: not one transaction with the insert (the role service has its own unit of
    // work); the grant cannot conflict for an operator created just now.
    await this.roles.grantUnchecked(user.userId, { kind: 'OPERATOR_MEMBER', operatorId: id, operatorRole: 'OWNER' });
    return { operator: (await this.operators.byIds([id]))[0]!, userErrors: [] };
  }

  /** An admin approves a pending operator (idempotent); the approval is written to the audit log. */
  async approve(viewer: Viewer | null, operatorId: string | null): Promise<OperatorResult> {
    const admin = assertAdmin(viewer);
    const [operator] = operatorId ? await this.operators.byIds([operatorId]) : [];
    if (!operator) return { operator: null, userErrors: [error('operatorId', 'NOT_FOUND', 'There is no such tourism operator.')] };
    if (operator.approvedAt) return { operator, userErrors: [] };
    return this.em.transactional(async (em) => {
      const [approved] = await rows<TourismOperatorRecord>(
        em,
        `update tourism_operator set approved_at = now(), approved_by_id = ? where id = ? and approved_at is null returning ${OPERATOR_COLUMNS}`,
        [admin.userId, operator.id],
      );
      if (!approved) return { operator: (await this.operators.byIds([operator.id]))[0]!, userErrors: [] };
      await appendAuditEvents(em, { userId: admin.userId }, [
        { action: 'OPERATOR_APPROVED', subjectType: 'TourismOperator', subjectId: operator.id, before: { name: operator.name, approved: false }, after: { name: operator.name, approved: true } },
      ]);
      return { operator: approved, userErrors: [] };
    });
  }

  /** Members of the operator (or admins) change its profile; only the fields given change. */
  async update(viewer: Viewer | null, operatorId: string | null, input: OperatorProfileInput): Promise<OperatorResult> {
    signedIn(viewer);
    const [operator] = operatorId ? await this.operators.byIds([operatorId]) : [];
    // Unknown and foreign operators answer alike for non-admins: FORBIDDEN, no existence leak.
    if (!operator) {
      assertOperatorMember(viewer, operatorId ?? '');
      return { operator: null, userErrors: [error('operatorId', 'NOT_FOUND', 'There is no such tourism operator.')] };
    }
    assertOperatorMember(viewer, operator.id);
    const checked = await this.check(input, operator);
    if ('errors' in checked) return { operator: null, userErrors: checked.errors };
    const p = checked.profile;
    const [updated] = await rows<TourismOperatorRecord>(
      this.em,
      `update tourism_operator set
         name = coalesce(?, name), kind = coalesce(?::operator_kind, kind), province_id = coalesce(?, province_id),
         commune_id = case when ? then ? else commune_id end,
         address_line = case when ? then ? else address_line end,
         phone = case when ? then ? else phone end,
         email = case when ? then ? else email end,
         description = coalesce(?, description)
       where id = ? returning ${OPERATOR_COLUMNS}`,
      [
        p.name ?? null, p.kind ?? null, p.provinceId ?? null,
        p.communeId !== undefined, p.communeId ?? null,
        p.addressLine !== undefined, p.addressLine ?? null,
        p.phone !== undefined, p.phone ?? null,
        p.email !== undefined, p.email ?? null,
        p.description ?? null, operator.id,
      ],
    );
    return { operator: updated!, userErrors: [] };
  }

  /** Every rule on a profile, all errors at once. `current` is null at registration (name, kind and province required). */
  private async check(input: OperatorProfileInput, current: TourismOperatorRecord | null): Promise<{ profile: CheckedProfile } | { errors: OperatorUserError[] }> {
    const errors: OperatorUserError[] = [];
    const profile: CheckedProfile = {};
    const text = (v: string | null | undefined) => (v === undefined || v === null ? undefined : v.trim());
    const optional = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() || null);

    const name = text(input.name);
    if (name !== undefined || !current) {
      if (!name) errors.push(error('name', 'NAME_REQUIRED', 'Give the tourism operator a name.'));
      else if (name.length > NAME_MAX) errors.push(error('name', 'NAME_TOO_LONG', `The name is longer than ${NAME_MAX} characters.`));
      else profile.name = name;
    }
    if (input.kind) profile.kind = input.kind;

    let provinceId = current?.provinceId ?? null;
    const provinceCode = text(input.provinceCode);
    if (provinceCode !== undefined || !current) {
      const province = provinceCode ? await this.provinces.currentByCode(provinceCode) : null;
      if (!province) errors.push(error('provinceCode', 'PROVINCE_NOT_FOUND', `No current province has code "${provinceCode ?? ''}".`));
      else profile.provinceId = provinceId = province.id;
    }
    const communeCode = optional(input.communeCode);
    if (communeCode !== undefined) {
      if (communeCode === null) profile.communeId = null;
      else {
        const commune = await this.communes.currentByCode(communeCode);
        if (!commune || (provinceId && commune.provinceId !== provinceId)) {
          errors.push(error('communeCode', 'COMMUNE_NOT_FOUND', `No current commune of this province has code "${communeCode}".`));
        } else profile.communeId = commune.id;
      }
    } else if (current?.communeId && profile.provinceId && profile.provinceId !== current.provinceId) {
      // A move to another province drops the old commune.
      profile.communeId = null;
    }

    profile.addressLine = optional(input.addressLine);
    const phone = optional(input.phone);
    if (phone && !/^\+?[0-9][0-9 .-]{6,18}[0-9]$/.test(phone)) errors.push(error('phone', 'INVALID_PHONE', 'This is not a phone number.'));
    else profile.phone = phone;
    const email = optional(input.email);
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push(error('email', 'INVALID_EMAIL', 'This is not an email address.'));
    else profile.email = email;
    if (input.description !== undefined && input.description !== null) profile.description = sanitizeRichText(input.description);
    else if (!current) profile.description = '';
    if (!current && !profile.kind) profile.kind = 'HOUSEHOLD';
    return errors.length ? { errors } : { profile };
  }
}
