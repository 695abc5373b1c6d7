import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { slugify } from '../../lib/slug.js';
import { rows } from '../../lib/sql.js';
import type { RoleService } from '../accounts/role.service.js';
import { assertAdmin, assertSalesPointManager, signedIn, type Viewer } from '../accounts/viewer.js';
import { appendAuditEvents } from '../audit/audit.js';
import type { CommuneService } from '../places/commune.service.js';
import type { ProvinceService } from '../places/province.service.js';
import { isTimeZone, openingHoursSchema, type OpeningHours } from './opening-hours.js';
import { spError, type SalesPointUserError } from './sales-point-errors.js';
import type { SalesPointKind } from './sales-point-kind.js';
import type { SalesPointRecord, SalesPointService } from './sales-point.service.js';

export interface SalesPointProfileInput {
  name?: string | null;
  kind?: SalesPointKind | null;
  chainName?: string | null;
  /** Two-digit code of a current province. */
  provinceCode?: string | null;
  /** Five-digit code of a current commune of that province; '' clears it. */
  communeCode?: string | null;
  addressLine?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  url?: string | null;
  openingHours?: OpeningHours | null;
  timeZone?: string | null;
  phone?: string | null;
  email?: string | null;
}

export type SalesPointResult = { salesPoint: SalesPointRecord | null; userErrors: SalesPointUserError[] };

const NAME_MAX = 200;

interface Checked {
  name: string;
  kind: SalesPointKind;
  chainName: string | null;
  provinceId: string;
  communeId: string | null;
  addressLine: string | null;
  latitude: number | null;
  longitude: number | null;
  url: string | null;
  openingHours: OpeningHours;
  timeZone: string;
  phone: string | null;
  email: string | null;
}

/**
 * Sales points register themselves (any signed-in user, who becomes its SALES_POINT_MANAGER), stay
 * pending until an admin approves (or rejects: the registration is removed) them, and are edited by
 * their managers or admins.
 */
export class SalesPointRegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly salesPoints: SalesPointService,
    private readonly provinces: ProvinceService,
    private readonly communes: CommuneService,
    private readonly roles: RoleService,
    private readonly now: () => Date,
  ) {}

  async register(viewer: Viewer | null, input: SalesPointProfileInput): Promise<SalesPointResult> {
    const user = signedIn(viewer);
    const checked = await this.check(input, null);
    if ('errors' in checked) return { salesPoint: null, userErrors: checked.errors };
    const p = checked.profile;
    const at = this.now();
    const id = newId('salesPoint', at.getTime());
    const base = slugify(p.name) || 'diem-ban';
    const taken = new Set((await rows<{ slug: string }>(this.em, `select slug from sales_point where slug = ? or slug like ?`, [base, `${base}-%`])).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    await rows(
      this.em,
      `insert into sales_point (id, slug, name, kind, chain_name, province_id, commune_id, address_line, latitude, longitude, url, opening_hours, time_zone,
         phone, email, created_by_id, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)`,
      [
        id, slug, p.name, p.kind, p.chainName, p.provinceId, p.communeId, p.addressLine, p.latitude, p.longitude, p.url, JSON.stringify(p.openingHours), p.timeZone,
        p.phone, p.email, user.userId, at, at,
      ],
    );
    // As for producers and operators: the grant cannot conflict for a point created just now.
    await this.roles.grantUnchecked(user.userId, { kind: 'SALES_POINT_MANAGER', salesPointId: id });
    return { salesPoint: (await this.salesPoints.byIds([id]))[0]!, userErrors: [] };
  }

  /** An admin approves a pending point (idempotent); written to the audit log. */
  async approve(viewer: Viewer | null, salesPointId: string | null): Promise<SalesPointResult> {
    const admin = assertAdmin(viewer);
    const [point] = salesPointId ? await this.salesPoints.byIds([salesPointId]) : [];
    if (!point) return { salesPoint: null, userErrors: [spError('salesPointId', 'NOT_FOUND', 'There is no such sales point.')] };
    if (point.approvedAt) return { salesPoint: point, userErrors: [] };
    await this.em.transactional(async (em) => {
      const [approved] = await rows<{ id: string }>(em, `update sales_point set approved_at = ?, approved_by_id = ?, updated_at = ? where id = ? and approved_at is null returning id`, [
        this.now(), admin.userId, this.now(), point.id,
      ]);
      if (approved) {
        await appendAuditEvents(em, { userId: admin.userId }, [
          { action: 'SALES_POINT_APPROVED', subjectType: 'SalesPoint', subjectId: point.id, before: { name: point.name, approved: false }, after: { name: point.name, approved: true } },
        ]);
      }
    });
    return { salesPoint: (await this.salesPoints.byIds([point.id]))[0]!, userErrors: [] };
  }

  /**
   * An admin rejects a pending registration: the point (and its manager role) is removed, the
   * rejection and its reason stay in the audit log. Approved points cannot be rejected.
   */
  async reject(viewer: Viewer | null, salesPointId: string | null, reason: string | null): Promise<SalesPointResult> {
    const admin = assertAdmin(viewer);
    const [point] = salesPointId ? await this.salesPoints.byIds([salesPointId]) : [];
    if (!point) return { salesPoint: null, userErrors: [spError('salesPointId', 'NOT_FOUND', 'There is no such sales point.')] };
    if (point.approvedAt) return { salesPoint: null, userErrors: [spError('salesPointId', 'ALREADY_APPROVED', 'This sales point is already approved.')] };
    return this.em.transactional(async (em) => {
      const deleted = await rows<{ id: string }>(em, `delete from sales_point where id = ? and approved_at is null returning id`, [point.id]);
      if (!deleted.length) return { salesPoint: null, userErrors: [spError('salesPointId', 'ALREADY_APPROVED', 'This sales point is already approved.')] };
      await appendAuditEvents(em, { userId: admin.userId }, [
        { action: 'SALES_POINT_REJECTED', subjectType: 'SalesPoint', subjectId: point.id, before: { name: point.name, slug: point.slug, approved: false }, after: { reason: reason?.trim() || null } },
      ]);
      return { salesPoint: point, userErrors: [] };
    });
  }

  /** The point's managers (or admins) change its details; fields left out stay as they are. */
  async update(viewer: Viewer | null, salesPointId: string | null, input: SalesPointProfileInput): Promise<SalesPointResult> {
    signedIn(viewer);
    const [point] = salesPointId ? await this.salesPoints.byIds([salesPointId]) : [];
    if (!point) {
      // Unknown and foreign points answer alike for non-admins: FORBIDDEN.
      assertSalesPointManager(viewer, salesPointId ?? '');
      return { salesPoint: null, userErrors: [spError('salesPointId', 'NOT_FOUND', 'There is no such sales point.')] };
    }
    assertSalesPointManager(viewer, point.id);
    const checked = await this.check(input, point);
    if ('errors' in checked) return { salesPoint: null, userErrors: checked.errors };
    const p = checked.profile;
    await rows(
      this.em,
      `update sales_point set name = ?, kind = ?, chain_name = ?, province_id = ?, commune_id = ?, address_line = ?, latitude = ?, longitude = ?, url = ?,
         opening_hours = ?::jsonb, time_zone = ?, phone = ?, email = ?, updated_at = ? where id = ?`,
      [p.name, p.kind, p.chainName, p.provinceId, p.communeId, p.addressLine, p.latitude, p.longitude, p.url, JSON.stringify(p.openingHours), p.timeZone, p.phone, p.email, this.now(), point.id],
    );
    return { salesPoint: (await this.salesPoints.byIds([point.id]))[0]!, userErrors: [] };
  }

  /** Every rule on a point's details, all errors at once; `current` fills what the input leaves out. */
  private async check(input: SalesPointProfileInput, current: SalesPointRecord | null): Promise<{ profile: Checked } | { errors: SalesPointUserError[] }> {
    const errors: SalesPointUserError[] = [];
    const pick = <K extends keyof SalesPointProfileInput>(key: K, fallback: unknown) => (input[key] === undefined ? fallback : input[key]);
    const optional = (v: unknown) => (typeof v === 'string' ? v.trim() || null : (v as null) ?? null);

    const name = String(pick('name', current?.name) ?? '').trim();
    if (!name) errors.push(spError('name', 'NAME_REQUIRED', 'Give the sales point a name.'));
    else if (name.length > NAME_MAX) errors.push(spError('name', 'NAME_TOO_LONG', `The name is longer than ${NAME_MAX} characters.`));
    const kind = (pick('kind', current?.kind) ?? 'OCOP_SHOWROOM') as SalesPointKind;

    let provinceId = current?.provinceId ?? null;
    if (input.provinceCode !== undefined || !current) {
      const code = input.provinceCode?.trim() ?? '';
      const province = code ? await this.provinces.currentByCode(code) : null;
      if (!province) errors.push(spError('provinceCode', 'PROVINCE_NOT_FOUND', `No current province has code "${code}".`));
      provinceId = province?.id ?? null;
    }
    let communeId = current && provinceId === current.provinceId ? current.communeId : null;
    if (input.communeCode !== undefined) {
      const code = optional(input.communeCode) as string | null;
      communeId = null;
      if (code) {
        const commune = await this.communes.currentByCode(code);
        if (!commune || (provinceId && commune.provinceId !== provinceId)) {
          errors.push(spError('communeCode', 'COMMUNE_NOT_FOUND', `No current commune of this province has code "${code}".`));
        } else communeId = commune.id;
      }
    }

    const latitude = pick('latitude', current?.latitude) as number | null;
    const longitude = pick('longitude', current?.longitude) as number | null;
    if ((latitude == null) !== (longitude == null) || (latitude == null && kind !== 'ONLINE_CHANNEL')) {
      errors.push(spError('latitude', 'COORDINATES_REQUIRED', 'Give both latitude and longitude of a physical sales point.'));
    } else if (latitude != null && (!Number.isFinite(latitude) || Math.abs(latitude) > 90 || !Number.isFinite(longitude!) || Math.abs(longitude!) > 180)) {
      errors.push(spError('latitude', 'COORDINATES_INVALID', 'Latitude is between -90 and 90, longitude between -180 and 180.'));
    }

    const url = optional(pick('url', current?.url)) as string | null;
    if (url) {
      let valid = false;
      try {
        valid = new URL(url).protocol === 'https:' && url.length <= 1000;
      } catch {
        valid = false;
      }
      if (!valid) errors.push(spError('url', 'URL_INVALID', 'Give an https:// address.'));
    } else if (kind === 'ONLINE_CHANNEL') errors.push(spError('url', 'URL_REQUIRED', 'An online channel needs the address of its shop page.'));

    const hours = openingHoursSchema.safeParse(pick('openingHours', current?.openingHours) ?? []);
    if (!hours.success) errors.push(spError('openingHours', 'OPENING_HOURS_INVALID', 'Opening hours are weekday 1–7 with times HH:MM (00:00–24:00), opening and closing different.'));
    const timeZone = String(pick('timeZone', current?.timeZone) ?? 'Asia/Ho_Chi_Minh').trim() || 'Asia/Ho_Chi_Minh';
    if (!isTimeZone(timeZone)) errors.push(spError('timeZone', 'TIME_ZONE_INVALID', `"${timeZone}" is not an IANA time zone.`));

    const phone = optional(pick('phone', current?.phone)) as string | null;
    if (phone && !/^\+?[0-9][0-9 .-]{6,18}[0-9]$/.test(phone)) errors.push(spError('phone', 'INVALID_PHONE', 'This is not a phone number.'));
    const email = optional(pick('email', current?.email)) as string | null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push(spError('email', 'INVALID_EMAIL', 'This is not an email address.'));

    if (errors.length) return { errors };
    return {
      profile: {
        name, kind, chainName: optional(pick('chainName', current?.chainName)) as string | null, provinceId: provinceId!, communeId,
        addressLine: optional(pick('addressLine', current?.addressLine)) as string | null,
        latitude: latitude ?? null, longitude: longitude ?? null, url, openingHours: hours.data!, timeZone, phone, email,
      },
    };
  }
}
