import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate } from '../../lib/dates.js';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { newId } from '../../lib/ids.js';
import { sanitizeRichText } from '../../lib/rich-text.js';
import { slugify } from '../../lib/slug.js';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import type { Viewer } from '../accounts/viewer.js';
import type { ProductService } from '../catalog/product.service.js';
import type { ProvinceService } from '../places/province.service.js';
import { failedWith, ok, tourismError, type TourismResult, type TourismUserError } from './tourism-errors.js';
import type { ExperienceConfirmation, ExperienceProductRelation, TourismStatus, UnitType } from './tourism-kinds.js';
import type { TourismPointCertificateService } from './tourism-point-certificate.service.js';
import { cleanLabels, cleanLanguages, TourismPointService } from './tourism-point.service.js';

export interface ExperienceRecord {
  id: string;
  slug: string;
  pointId: string;
  /** The point's operator (ownership checks). */
  operatorId: string;
  name: string;
  summary: string;
  description: string;
  durationMinutes: number;
  included: string[];
  languages: string[];
  confirmation: ExperienceConfirmation;
  bookingCutoffHours: number;
  freeCancellationHours: number;
  maxPartySize: number;
  status: TourismStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface ExperiencePriceRecord {
  experienceId: string;
  unitType: UnitType;
  label: string | null;
  amount: number;
  seats: number;
  minAge: number | null;
  maxAge: number | null;
}

export interface ExperienceProductLink {
  experienceId: string;
  productId: string;
  relation: ExperienceProductRelation;
}

export const EXPERIENCE_COLUMNS = `e.id, e.slug, e.point_id as "pointId", t.operator_id as "operatorId", e.name, e.summary, e.description,
  e.duration_minutes as "durationMinutes", e.included, e.languages, e.confirmation, e.booking_cutoff_hours as "bookingCutoffHours",
  e.free_cancellation_hours as "freeCancellationHours", e.max_party_size as "maxPartySize", e.status, e.created_at as "createdAt", e.updated_at as "updatedAt"`;
const FROM = `experience e join tourism_point t on t.id = e.point_id`;
/** The order of unit types on a page (OCTO's list order). */
const UNIT_ORDER = `array_position(array['ADULT','YOUTH','CHILD','INFANT','SENIOR','STUDENT','MILITARY','FAMILY','OTHER']::unit_type[], unit_type)`;

export interface ExperienceFilter {
  /** A current province's code; historic units merged into it are included. */
  provinceCode?: string | null;
  /** The point's valid OCOP certificate has at least this many stars. */
  minStars?: number | null;
  /** 'YYYY-MM-DD', a Vietnam day: an open slot that day with room for partySize, before its cut-off. */
  date?: string | null;
  partySize?: number | null;
  /** ISO 639-1. */
  language?: string | null;
  query?: string | null;
}

export interface PriceInput {
  unitType: UnitType;
  label?: string | null;
  amount: number;
  seats?: number | null;
  minAge?: number | null;
  maxAge?: number | null;
}

export interface ExperienceInput {
  name?: string | null;
  summary?: string | null;
  description?: string | null;
  durationMinutes?: number | null;
  included?: string[] | null;
  languages?: string[] | null;
  confirmation?: ExperienceConfirmation | null;
  bookingCutoffHours?: number | null;
  freeCancellationHours?: number | null;
  maxPartySize?: number | null;
  /** Replaces every price when given. */
  prices?: PriceInput[] | null;
  /** Replaces every product link when given. */
  products?: { productId: string | null; relation: ExperienceProductRelation }[] | null;
}

export class UnknownProvinceCodeError extends Error {}

const DEFAULT_SEATS: Record<UnitType, number> = { ADULT: 1, YOUTH: 1, CHILD: 1, INFANT: 0, SENIOR: 1, STUDENT: 1, MILITARY: 1, FAMILY: 4, OTHER: 1 };

/**
 * Experiences at tourism points: public reads (PUBLISHED, at a public point) with the list's filters,
 * and the operator's writes (members of the point's operator, or admins): fields, prices per OCTO unit
 * type, links to public OCOP products.
 */
export class ExperienceService {
  constructor(
    private readonly em: EntityManager,
    private readonly points: TourismPointService,
    private readonly certificates: TourismPointCertificateService,
    private readonly provinces: ProvinceService,
    private readonly products: ProductService,
  ) {}

  /** SQL over `experience e join tourism_point t`: the experience is public. */
  isPublicExperience(): SqlFragment {
    const point = this.points.isPublicPoint();
    return { sql: `(e.status = 'PUBLISHED' and ${point.sql})`, params: point.params };
  }

  async byIds(ids: readonly string[]): Promise<(ExperienceRecord | undefined)[]> {
    const found = await rows<ExperienceRecord>(this.em, `select ${EXPERIENCE_COLUMNS} from ${FROM} where e.id = any(?)`, [ids]);
    return orderedBy(ids, found, (e) => e.id);
  }

  async bySlug(slug: string, viewer: Viewer | null): Promise<ExperienceRecord | null> {
    const [found] = await rows<ExperienceRecord>(this.em, `select ${EXPERIENCE_COLUMNS} from ${FROM} where e.slug = ?`, [slug]);
    if (!found) return null;
    return (await this.isVisible(found, viewer)) ? found : null;
  }

  async isVisible(experience: ExperienceRecord, viewer: Viewer | null): Promise<boolean> {
    if (TourismPointService.canManage(viewer, experience.operatorId)) return true;
    return (await this.publicIds([experience.id])).has(experience.id);
  }

  async publicIds(ids: readonly string[]): Promise<Set<string>> {
    const visible = this.isPublicExperience();
    const found = await rows<{ id: string }>(this.em, `select e.id from ${FROM} where e.id = any(?) and ${visible.sql}`, [ids, ...visible.params]);
    return new Set(found.map((r) => r.id));
  }

  /**
   * Public experiences matching the filter, by name; one statement for the page and its total.
   * `now` is the API's clock (cut-offs), `today` the Vietnam day (certificate validity).
   */
  async list(options: { filter: ExperienceFilter; first: number; after: string | null; now: Date; today: string }): Promise<KeysetPage<ExperienceRecord>> {
    const conditions = await this.conditions(options.filter, options.now, options.today);
    return keysetPage<ExperienceRecord>(this.em, {
      select: `select ${EXPERIENCE_COLUMNS} from ${FROM} where ${conditions.map((c) => c.sql).join(' and ')}`,
      params: conditions.flatMap((c) => c.params),
      keys: [{ column: 'name', type: 'text' }, { column: 'id', type: 'text' }],
      descending: false,
      first: options.first,
      after: options.after,
    });
  }

  /** Experiences of points (every status when `allStatuses`, else public ones), by name, for a DataLoader. */
  async ofPoints(pointIds: readonly string[], allStatuses: boolean): Promise<ExperienceRecord[][]> {
    const visible = allStatuses ? { sql: 'true', params: [] } : this.isPublicExperience();
    const found = await rows<ExperienceRecord>(
      this.em,
      `select ${EXPERIENCE_COLUMNS} from ${FROM} where e.point_id = any(?) and ${visible.sql} order by e.name, e.id`,
      [pointIds, ...visible.params],
    );
    return pointIds.map((id) => found.filter((e) => e.pointId === id));
  }

  /** Every experience of an operator's points, every status (its workspace; the caller checked membership). */
  ofOperator(options: { operatorId: string; first: number; after: string | null }): Promise<KeysetPage<ExperienceRecord>> {
    return keysetPage<ExperienceRecord>(this.em, {
      select: `select ${EXPERIENCE_COLUMNS} from ${FROM} where t.operator_id = ?`,
      params: [options.operatorId],
      keys: [{ column: 'name', type: 'text' }, { column: 'id', type: 'text' }],
      descending: false,
      first: options.first,
      after: options.after,
    });
  }

  /** Public experiences linked to each product, with the link's relation (Product.experiences). */
  async ofProducts(productIds: readonly string[]): Promise<(ExperienceRecord & { productId: string; relation: ExperienceProductRelation })[][]> {
    const visible = this.isPublicExperience();
    const found = await rows<ExperienceRecord & { productId: string; relation: ExperienceProductRelation }>(
      this.em,
      `select ${EXPERIENCE_COLUMNS}, ep.product_id as "productId", ep.relation from experience_product ep join ${FROM} on e.id = ep.experience_id
       where ep.product_id = any(?) and ${visible.sql} order by e.name, e.id`,
      [productIds, ...visible.params],
    );
    return productIds.map((id) => found.filter((e) => e.productId === id));
  }

  async pricesOf(experienceIds: readonly string[]): Promise<ExperiencePriceRecord[][]> {
    const found = await rows<ExperiencePriceRecord>(
      this.em,
      `select experience_id as "experienceId", unit_type as "unitType", label, amount::float8 as amount, seats, min_age as "minAge", max_age as "maxAge"
       from experience_price where experience_id = any(?) order by experience_id, ${UNIT_ORDER}`,
      [experienceIds],
    );
    return experienceIds.map((id) => found.filter((p) => p.experienceId === id));
  }

  /** Product links of experiences (the caller keeps only public products, through the catalogue's loader). */
  async productLinksOf(experienceIds: readonly string[]): Promise<ExperienceProductLink[][]> {
    const found = await rows<ExperienceProductLink>(
      this.em,
      `select experience_id as "experienceId", product_id as "productId", relation from experience_product where experience_id = any(?) order by experience_id, relation, product_id`,
      [experienceIds],
    );
    return experienceIds.map((id) => found.filter((l) => l.experienceId === id));
  }

  /** The experience when the viewer manages it; null when unknown (admins); FORBIDDEN (thrown) otherwise. */
  async managed(viewer: Viewer | null, experienceId: string | null): Promise<ExperienceRecord | null> {
    const [experience] = experienceId ? await this.byIds([experienceId]) : [];
    const point = await this.points.managed(viewer, experience?.pointId ?? null);
    return experience && point ? experience : null;
  }

  async create(viewer: Viewer | null, pointId: string | null, input: ExperienceInput & { name: string }): Promise<TourismResult<ExperienceRecord>> {
    const point = await this.points.managed(viewer, pointId);
    if (!point) return failedWith(tourismError('pointId', 'NOT_FOUND', 'There is no such tourism point.'));
    const checked = await this.check(input, null);
    if ('errors' in checked) return failedWith(...checked.errors);
    const v = checked.values;
    const id = newId('experience');
    const slug = await this.freeSlug(v.name!);
    await this.em.transactional(async (em) => {
      await rows(
        em,
        `insert into experience (id, slug, point_id, name, summary, description, duration_minutes, included, languages, confirmation,
           booking_cutoff_hours, free_cancellation_hours, max_party_size, status, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', now(), now())`,
        [id, slug, point.id, v.name, v.summary ?? '', v.description ?? '', v.durationMinutes, v.included ?? [], v.languages ?? point.languages,
          v.confirmation ?? 'INSTANT', v.bookingCutoffHours ?? 0, v.freeCancellationHours ?? 0, v.maxPartySize],
      );
      await this.writeLinks(em, id, v);
    });
    return ok((await this.byIds([id]))[0]!);
  }

  async update(viewer: Viewer | null, experienceId: string | null, input: ExperienceInput): Promise<TourismResult<ExperienceRecord>> {
    const experience = await this.managed(viewer, experienceId);
    if (!experience) return failedWith(tourismError('experienceId', 'NOT_FOUND', 'There is no such experience.'));
    const checked = await this.check(input, experience);
    if ('errors' in checked) return failedWith(...checked.errors);
    const v = checked.values;
    await this.em.transactional(async (em) => {
      await rows(
        em,
        `update experience set name = coalesce(?, name), summary = coalesce(?, summary), description = coalesce(?, description),
           duration_minutes = coalesce(?, duration_minutes), included = coalesce(?::text[], included), languages = coalesce(?::text[], languages),
           confirmation = coalesce(?::experience_confirmation, confirmation), booking_cutoff_hours = coalesce(?, booking_cutoff_hours),
           free_cancellation_hours = coalesce(?, free_cancellation_hours), max_party_size = coalesce(?, max_party_size), updated_at = now()
         where id = ?`,
        [v.name ?? null, v.summary ?? null, v.description ?? null, v.durationMinutes ?? null, v.included ?? null, v.languages ?? null,
          v.confirmation ?? null, v.bookingCutoffHours ?? null, v.freeCancellationHours ?? null, v.maxPartySize ?? null, experience.id],
      );
      await this.writeLinks(em, experience.id, v);
    });
    return ok((await this.byIds([experience.id]))[0]!);
  }

  /** PUBLISHED needs at least one price; ARCHIVED and DRAFT take it off the public list. */
  async setStatus(viewer: Viewer | null, experienceId: string | null, status: TourismStatus): Promise<TourismResult<ExperienceRecord>> {
    const experience = await this.managed(viewer, experienceId);
    if (!experience) return failedWith(tourismError('experienceId', 'NOT_FOUND', 'There is no such experience.'));
    if (status === 'PUBLISHED' && !(await this.pricesOf([experience.id]))[0]!.length) {
      return failedWith(tourismError('experienceId', 'PRICES_REQUIRED', 'Give the experience at least one price before publishing it.'));
    }
    await rows(this.em, `update experience set status = ?, updated_at = now() where id = ?`, [status, experience.id]);
    return ok((await this.byIds([experience.id]))[0]!);
  }

  private async writeLinks(em: EntityManager, experienceId: string, v: CheckedExperience) {
    if (v.prices) {
      await rows(em, `delete from experience_price where experience_id = ?`, [experienceId]);
      if (v.prices.length) {
        await rows(
          em,
          `insert into experience_price (experience_id, unit_type, label, amount, seats, min_age, max_age)
           select ?, * from unnest(?::unit_type[], ?::text[], ?::bigint[], ?::smallint[], ?::smallint[], ?::smallint[])`,
          [experienceId, v.prices.map((p) => p.unitType), v.prices.map((p) => p.label?.trim() || null), v.prices.map((p) => p.amount),
            v.prices.map((p) => p.seats ?? DEFAULT_SEATS[p.unitType]), v.prices.map((p) => p.minAge ?? null), v.prices.map((p) => p.maxAge ?? null)],
        );
      }
    }
    if (v.productLinks) {
      await rows(em, `delete from experience_product where experience_id = ?`, [experienceId]);
      if (v.productLinks.length) {
        await rows(
          em,
          `insert into experience_product (experience_id, product_id, relation) select ?, * from unnest(?::text[], ?::experience_product_relation[])`,
          [experienceId, v.productLinks.map((l) => l.productId), v.productLinks.map((l) => l.relation)],
        );
      }
    }
  }

  private async freeSlug(name: string): Promise<string> {
    const base = slugify(name) || 'trai-nghiem';
    const taken = new Set((await rows<{ slug: string }>(this.em, `select slug from experience where slug = ? or slug like ?`, [base, `${base}-%`])).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    return slug;
  }

  private async check(input: ExperienceInput, current: ExperienceRecord | null): Promise<{ values: CheckedExperience } | { errors: TourismUserError[] }> {
    const errors: TourismUserError[] = [];
    const values: CheckedExperience = {};
    const name = input.name == null ? undefined : input.name.trim();
    if (name !== undefined || !current) {
      if (!name) errors.push(tourismError('name', 'NAME_REQUIRED', 'Give the experience a name.'));
      else if (name.length > 200) errors.push(tourismError('name', 'NAME_TOO_LONG', 'The name is longer than 200 characters.'));
      else values.name = name;
    }
    if (input.summary != null) values.summary = input.summary.trim().slice(0, 500);
    if (input.description != null) values.description = sanitizeRichText(input.description);
    const positive = (field: 'durationMinutes' | 'maxPartySize', code: 'DURATION_INVALID' | 'PARTY_SIZE_INVALID', max: number, message: string) => {
      const v = input[field];
      if (v == null) {
        if (!current) errors.push(tourismError(field, code, message));
        return;
      }
      if (!Number.isInteger(v) || v <= 0 || v > max) errors.push(tourismError(field, code, message));
      else values[field] = v;
    };
    positive('durationMinutes', 'DURATION_INVALID', 7 * 24 * 60, 'Give the duration in minutes (more than 0).');
    positive('maxPartySize', 'PARTY_SIZE_INVALID', 500, 'Give the largest party size (more than 0).');
    for (const field of ['bookingCutoffHours', 'freeCancellationHours'] as const) {
      const v = input[field];
      if (v == null) continue;
      if (!Number.isInteger(v) || v < 0 || v > 24 * 90) errors.push(tourismError(field, 'HOURS_INVALID', 'Give a whole number of hours, 0 or more.'));
      else values[field] = v;
    }
    if (input.confirmation) values.confirmation = input.confirmation;
    if (input.included != null) values.included = cleanLabels(input.included);
    if (input.languages != null) {
      const languages = cleanLanguages(input.languages);
      if (!languages || !languages.length) errors.push(tourismError('languages', 'INVALID_LANGUAGE', 'List languages as ISO 639-1 codes.'));
      else values.languages = languages;
    }
    if (input.prices != null) {
      const seen = new Set<UnitType>();
      input.prices.forEach((p, i) => {
        if (seen.has(p.unitType)) errors.push(tourismError(['prices', String(i), 'unitType'], 'DUPLICATE_UNIT_TYPE', `${p.unitType} is priced twice.`));
        seen.add(p.unitType);
        const ages = [p.minAge, p.maxAge].filter((a): a is number => a != null);
        if (!Number.isSafeInteger(p.amount) || p.amount < 0 || (p.seats != null && (!Number.isInteger(p.seats) || p.seats < 0 || p.seats > 50))
          || ages.some((a) => !Number.isInteger(a) || a < 0 || a > 120) || (p.minAge != null && p.maxAge != null && p.minAge > p.maxAge)) {
          errors.push(tourismError(['prices', String(i), 'amount'], 'PRICE_INVALID', 'Give an amount in đồng (0 or more), seats 0 or more and ages in order.'));
        }
      });
      values.prices = input.prices;
    }
    if (input.products != null) {
      const ids = input.products.map((l) => l.productId ?? '');
      // Only public products (published, approved producer) may be linked: the catalogue says which.
      const found = await this.products.byIds(ids);
      input.products.forEach((l, i) => {
        if (!found[i]) errors.push(tourismError(['products', String(i), 'productId'], 'PRODUCT_NOT_AVAILABLE', 'Link only published OCOP products.'));
      });
      values.productLinks = [...new Map(input.products.map((l) => [l.productId!, l])).values()].map((l) => ({ productId: l.productId!, relation: l.relation }));
    }
    return errors.length ? { errors } : { values };
  }

  private async conditions(filter: ExperienceFilter, now: Date, today: string): Promise<SqlFragment[]> {
    const conditions: SqlFragment[] = [this.isPublicExperience()];
    if (filter.provinceCode) {
      const ids = await this.provinces.idsCoveredByCurrentCode(filter.provinceCode);
      if (!ids) throw new UnknownProvinceCodeError(filter.provinceCode);
      conditions.push({ sql: `t.province_id = any(?)`, params: [ids] });
    }
    if (filter.minStars != null) conditions.push(this.certificates.pointHasValidStars(today, filter.minStars));
    if (filter.language) conditions.push({ sql: `? = any(e.languages)`, params: [filter.language.toLowerCase()] });
    const party = filter.partySize ?? 1;
    if (filter.partySize != null) conditions.push({ sql: `e.max_party_size >= ?`, params: [party] });
    if (filter.query?.trim()) {
      conditions.push({
        sql: `unaccent(lower(e.name || ' ' || e.summary || ' ' || t.name)) like '%' || unaccent(lower(?)) || '%'`,
        params: [filter.query.trim().replace(/[%_\\]/g, '')],
      });
    }
    if (filter.date && isIsoDate(filter.date)) {
      conditions.push({
        sql: `exists (select 1 from experience_slot s where s.experience_id = e.id and s.closed_at is null
                and s.starts_at >= (?::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'
                and s.starts_at < (?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
                and s.capacity - s.held - s.booked >= ?
                and s.starts_at - make_interval(hours => e.booking_cutoff_hours) > ?::timestamptz)`,
        params: [filter.date, filter.date, party, now],
      });
    }
    return conditions;
  }
}

interface CheckedExperience {
  name?: string;
  summary?: string;
  description?: string;
  durationMinutes?: number;
  included?: string[];
  languages?: string[];
  confirmation?: ExperienceConfirmation;
  bookingCutoffHours?: number;
  freeCancellationHours?: number;
  maxPartySize?: number;
  prices?: PriceInput[];
  productLinks?: { productId: string; relation: ExperienceProductRelation }[];
}
