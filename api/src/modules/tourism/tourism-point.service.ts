import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { newId } from '../../lib/ids.js';
import { sanitizeRichText } from '../../lib/rich-text.js';
import { slugify } from '../../lib/slug.js';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import { assertOperatorMember, isAdmin, operatorRoleOf, signedIn, type Viewer } from '../accounts/viewer.js';
import type { CommuneService } from '../places/commune.service.js';
import type { ProvinceService } from '../places/province.service.js';
import { failedWith, ok, tourismError, type TourismResult, type TourismUserError } from './tourism-errors.js';
import { TOURISM_LANGUAGES, type TourismPointKind, type TourismStatus } from './tourism-kinds.js';
import type { TourismOperatorService } from './tourism-operator.service.js';

export interface TourismPointRecord {
  id: string;
  slug: string;
  operatorId: string;
  name: string;
  kind: TourismPointKind;
  provinceId: string;
  communeId: string | null;
  addressLine: string | null;
  latitude: number | null;
  longitude: number | null;
  description: string;
  amenities: string[];
  languages: string[];
  status: TourismStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface PointImageRecord {
  id: string;
  pointId: string;
  url: string;
  alt: string;
  width: number;
  height: number;
}

export const POINT_COLUMNS = `t.id, t.slug, t.operator_id as "operatorId", t.name, t.kind, t.province_id as "provinceId", t.commune_id as "communeId",
  t.address_line as "addressLine", t.latitude, t.longitude, t.description, t.amenities, t.languages, t.status,
  t.created_at as "createdAt", t.updated_at as "updatedAt"`;

export interface PointInput {
  name?: string | null;
  kind?: TourismPointKind | null;
  provinceCode?: string | null;
  /** '' clears it. */
  communeCode?: string | null;
  addressLine?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  description?: string | null;
  amenities?: string[] | null;
  languages?: string[] | null;
}

const NAME_MAX = 200;

interface CheckedPoint {
  name?: string; kind?: TourismPointKind; provinceId?: string; communeId?: string | null; addressLine?: string | null;
  latitude?: number | null; longitude?: number | null; description?: string; amenities?: string[]; languages?: string[];
}

/** Cleans a list of short labels: trimmed, no empties, no duplicates, at most `max`. */
export function cleanLabels(values: readonly string[], max = 30): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))].slice(0, max);
}

/** ISO 639-1 codes, lower case; null when one is not a language we list. */
export function cleanLanguages(values: readonly string[]): string[] | null {
  const codes = cleanLabels(values.map((v) => v.toLowerCase()));
  return codes.every((c) => (TOURISM_LANGUAGES as readonly string[]).includes(c)) ? codes : null;
}

/**
 * Tourism points: reads (public ones: PUBLISHED, of an approved operator; all of them for the operator's
 * members and admins) and the operator's writes (members of the owning operator, OWNER or STAFF, or admins).
 */
export class TourismPointService {
  constructor(
    private readonly em: EntityManager,
    private readonly operators: TourismOperatorService,
    private readonly provinces: ProvinceService,
    private readonly communes: CommuneService,
  ) {}

  /** SQL over `tourism_point t`: the point is public. */
  isPublicPoint(): SqlFragment {
    const approved = this.operators.approvedOperatorIds();
    return { sql: `(t.status = 'PUBLISHED' and t.operator_id in (${approved.sql}))`, params: approved.params };
  }

  /** Whether the viewer may see the point whatever its status (its operator's members, admins). */
  static canManage(viewer: Viewer | null, operatorId: string): boolean {
    return isAdmin(viewer) || !!operatorRoleOf(viewer, operatorId);
  }

  /** Points by id whatever their status (callers check visibility with isVisible). */
  async byIds(ids: readonly string[]): Promise<(TourismPointRecord | undefined)[]> {
    const found = await rows<TourismPointRecord>(this.em, `select ${POINT_COLUMNS} from tourism_point t where t.id = any(?)`, [ids]);
    return orderedBy(ids, found, (p) => p.id);
  }

  /** Which of these points are public (one statement, for a loader). */
  async publicIds(ids: readonly string[]): Promise<Set<string>> {
    const visible = this.isPublicPoint();
    const found = await rows<{ id: string }>(this.em, `select t.id from tourism_point t where t.id = any(?) and ${visible.sql}`, [ids, ...visible.params]);
    return new Set(found.map((r) => r.id));
  }

  /** The point with this slug when the viewer may see it. */
  async bySlug(slug: string, viewer: Viewer | null): Promise<TourismPointRecord | null> {
    const [found] = await rows<TourismPointRecord>(this.em, `select ${POINT_COLUMNS} from tourism_point t where t.slug = ?`, [slug]);
    if (!found) return null;
    return (await this.isVisible(found, viewer)) ? found : null;
  }

  async isVisible(point: TourismPointRecord, viewer: Viewer | null): Promise<boolean> {
    if (TourismPointService.canManage(viewer, point.operatorId)) return true;
    return (await this.publicIds([point.id])).has(point.id);
  }

  /**
   * Points, by name: public ones (optionally of a province, historic units rolled up, or of an
   * operator), or every status of one operator when `allStatuses` (the caller checked membership).
   */
  async list(options: { provinceIds: string[] | null; operatorId: string | null; allStatuses: boolean; first: number; after: string | null }): Promise<KeysetPage<TourismPointRecord>> {
    const conditions: SqlFragment[] = [];
    if (!options.allStatuses) conditions.push(this.isPublicPoint());
    if (options.operatorId) conditions.push({ sql: `t.operator_id = ?`, params: [options.operatorId] });
    if (options.provinceIds) conditions.push({ sql: `t.province_id = any(?)`, params: [options.provinceIds] });
    const where = conditions.length ? `where ${conditions.map((c) => c.sql).join(' and ')}` : '';
    return keysetPage<TourismPointRecord>(this.em, {
      select: `select ${POINT_COLUMNS} from tourism_point t ${where}`,
      params: conditions.flatMap((c) => c.params),
      keys: [{ column: 'name', type: 'text' }, { column: 'id', type: 'text' }],
      descending: false,
      first: options.first,
      after: options.after,
    });
  }

  /** Photos of each point in display order (for a DataLoader). */
  async imagesOf(pointIds: readonly string[]): Promise<PointImageRecord[][]> {
    const found = await rows<PointImageRecord>(
      this.em,
      `select id, point_id as "pointId", url, alt, width, height from tourism_point_image where point_id = any(?) order by point_id, position, id`,
      [pointIds],
    );
    return pointIds.map((id) => found.filter((i) => i.pointId === id));
  }

  /** The point when the viewer manages it; NOT_FOUND for admins when unknown; FORBIDDEN (thrown) otherwise. */
  async managed(viewer: Viewer | null, pointId: string | null): Promise<TourismPointRecord | null> {
    signedIn(viewer);
    const [point] = pointId ? await this.byIds([pointId]) : [];
    if (!point) {
      // Unknown and foreign points answer alike for non-admins: FORBIDDEN, no existence leak.
      assertOperatorMember(viewer, '');
      return null;
    }
    assertOperatorMember(viewer, point.operatorId);
    return point;
  }

  async create(viewer: Viewer | null, operatorId: string | null, input: PointInput & { name: string; kind: TourismPointKind }): Promise<TourismResult<TourismPointRecord>> {
    signedIn(viewer);
    const [operator] = operatorId ? await this.operators.byIds([operatorId]) : [];
    if (!operator) {
      assertOperatorMember(viewer, '');
      return failedWith(tourismError('operatorId', 'OPERATOR_NOT_FOUND', 'There is no such tourism operator.'));
    }
    assertOperatorMember(viewer, operator.id);
    const checked = await this.check({ provinceCode: input.provinceCode ?? null, ...input }, null);
    if ('errors' in checked) return failedWith(...checked.errors);
    const p = checked.values;
    const id = newId('tourismPoint');
    const slug = await this.freeSlug(p.name!);
    await rows(
      this.em,
      `insert into tourism_point (id, slug, operator_id, name, kind, province_id, commune_id, address_line, latitude, longitude, description, amenities, languages, status, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', now(), now())`,
      [id, slug, operator.id, p.name, p.kind, p.provinceId ?? operator.provinceId, p.communeId ?? null, p.addressLine ?? null, p.latitude ?? null, p.longitude ?? null,
        p.description ?? '', p.amenities ?? [], p.languages ?? ['vi']],
    );
    return ok((await this.byIds([id]))[0]!);
  }

  /** Changes the fields given (members of the point's operator, or admins). */
  async update(viewer: Viewer | null, pointId: string | null, input: PointInput): Promise<TourismResult<TourismPointRecord>> {
    const point = await this.managed(viewer, pointId);
    if (!point) return failedWith(tourismError('pointId', 'NOT_FOUND', 'There is no such tourism point.'));
    const checked = await this.check(input, point);
    if ('errors' in checked) return failedWith(...checked.errors);
    const p = checked.values;
    await rows(
      this.em,
      `update tourism_point set
         name = coalesce(?, name), kind = coalesce(?::tourism_point_kind, kind), province_id = coalesce(?, province_id),
         commune_id = case when ? then ? else commune_id end,
         address_line = case when ? then ? else address_line end,
         latitude = case when ? then ?::float8 else latitude end,
         longitude = case when ? then ?::float8 else longitude end,
         description = coalesce(?, description), amenities = coalesce(?::text[], amenities), languages = coalesce(?::text[], languages),
         updated_at = now()
       where id = ?`,
      [
        p.name ?? null, p.kind ?? null, p.provinceId ?? null,
        p.communeId !== undefined, p.communeId ?? null,
        p.addressLine !== undefined, p.addressLine ?? null,
        p.latitude !== undefined, p.latitude ?? null,
        p.longitude !== undefined, p.longitude ?? null,
        p.description ?? null, p.amenities ?? null, p.languages ?? null, point.id,
      ],
    );
    return ok((await this.byIds([point.id]))[0]!);
  }

  async setStatus(viewer: Viewer | null, pointId: string | null, status: TourismStatus): Promise<TourismResult<TourismPointRecord>> {
    const point = await this.managed(viewer, pointId);
    if (!point) return failedWith(tourismError('pointId', 'NOT_FOUND', 'There is no such tourism point.'));
    await rows(this.em, `update tourism_point set status = ?, updated_at = now() where id = ?`, [status, point.id]);
    return ok((await this.byIds([point.id]))[0]!);
  }

  /** Adds a stored photo's row (the file is already stored by the catalogue's image storage). */
  async addImage(pointId: string, image: { id: string; url: string; width: number; height: number }, alt: string): Promise<PointImageRecord> {
    const [added] = await rows<PointImageRecord>(
      this.em,
      `insert into tourism_point_image (id, point_id, url, alt, width, height, position)
       values (?, ?, ?, ?, ?, ?, (select coalesce(max(position) + 1, 0) from tourism_point_image where point_id = ?))
       returning id, point_id as "pointId", url, alt, width, height`,
      [image.id, pointId, image.url, alt.trim(), image.width, image.height, pointId],
    );
    return added!;
  }

  /** Removes a photo's row; returns its point and URL (the caller removes the files). */
  async removeImage(viewer: Viewer | null, imageId: string | null): Promise<TourismResult<{ point: TourismPointRecord; url: string }>> {
    signedIn(viewer);
    const [image] = imageId ? await rows<{ pointId: string; url: string }>(this.em, `select point_id as "pointId", url from tourism_point_image where id = ?`, [imageId]) : [];
    const point = image ? await this.managed(viewer, image.pointId) : (assertOperatorMember(viewer, ''), null);
    if (!image || !point) return failedWith(tourismError('imageId', 'NOT_FOUND', 'There is no such photo.'));
    await rows(this.em, `delete from tourism_point_image where id = ?`, [imageId]);
    return ok({ point, url: image.url });
  }

  private async freeSlug(name: string): Promise<string> {
    const base = slugify(name) || 'diem-du-lich';
    const taken = new Set((await rows<{ slug: string }>(this.em, `select slug from tourism_point where slug = ? or slug like ?`, [base, `${base}-%`])).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    return slug;
  }

  /** Every rule on a point's fields, all errors at once; `current` is null at creation. */
  private async check(input: PointInput, current: TourismPointRecord | null): Promise<{ values: CheckedPoint } | { errors: TourismUserError[] }> {
    const errors: TourismUserError[] = [];
    const values: CheckedPoint = {};
    const name = input.name == null ? undefined : input.name.trim();
    if (name !== undefined || !current) {
      if (!name) errors.push(tourismError('name', 'NAME_REQUIRED', 'Give the point a name.'));
      else if (name.length > NAME_MAX) errors.push(tourismError('name', 'NAME_TOO_LONG', `The name is longer than ${NAME_MAX} characters.`));
      else values.name = name;
    }
    if (input.kind) values.kind = input.kind;
    let provinceId = current?.provinceId ?? null;
    const provinceCode = input.provinceCode?.trim();
    if (provinceCode) {
      const province = await this.provinces.currentByCode(provinceCode);
      if (!province) errors.push(tourismError('provinceCode', 'PROVINCE_NOT_FOUND', `No current province has code "${provinceCode}".`));
      else values.provinceId = provinceId = province.id;
    }
    if (input.communeCode !== undefined && input.communeCode !== null) {
      const code = input.communeCode.trim();
      if (!code) values.communeId = null;
      else {
        const commune = await this.communes.currentByCode(code);
        if (!commune || (provinceId && commune.provinceId !== provinceId)) {
          errors.push(tourismError('communeCode', 'COMMUNE_NOT_FOUND', `No current commune of this province has code "${code}".`));
        } else values.communeId = commune.id;
      }
    } else if (current?.communeId && values.provinceId && values.provinceId !== current.provinceId) values.communeId = null;
    if (input.addressLine !== undefined) values.addressLine = input.addressLine?.trim() || null;
    for (const [field, limit] of [['latitude', 90], ['longitude', 180]] as const) {
      const v = input[field];
      if (v === undefined) continue;
      if (v !== null && (!Number.isFinite(v) || Math.abs(v) > limit)) errors.push(tourismError(field, 'INVALID_COORDINATES', `The ${field} must lie between -${limit} and ${limit}.`));
      else values[field] = v;
    }
    const coordinate = (field: 'latitude' | 'longitude') => (field in values ? values[field] : current?.[field]) ?? null;
    const coordinateErrors = errors.some((e) => e.code === 'INVALID_COORDINATES');
    if (!coordinateErrors && (input.latitude !== undefined || input.longitude !== undefined) && (coordinate('latitude') === null) !== (coordinate('longitude') === null)) {
      errors.push(tourismError('latitude', 'INVALID_COORDINATES', 'Give both coordinates or neither.'));
    }
    if (input.description != null) values.description = sanitizeRichText(input.description);
    if (input.amenities != null) values.amenities = cleanLabels(input.amenities);
    if (input.languages != null) {
      const languages = cleanLanguages(input.languages);
      if (!languages || !languages.length) errors.push(tourismError('languages', 'INVALID_LANGUAGE', `List languages as ISO 639-1 codes among ${TOURISM_LANGUAGES.join(', ')}.`));
      else values.languages = languages;
    }
    return errors.length ? { errors } : { values };
  }
}
