import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { newId } from '../../lib/ids.js';
import { slugify } from '../../lib/slug.js';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import type { Viewer } from '../accounts/viewer.js';
import type { ProductService } from '../catalog/product.service.js';
import type { ProvinceService } from '../places/province.service.js';
import { experienceFilterConditions, type ExperienceFilter } from './experience-filter.js';
import { checkExperienceInput, type ExperienceInput } from './experience-input.js';
import { pricesOf, productLinksOf, writeExperienceLinks } from './experience-links.js';
import { EXPERIENCE_COLUMNS, EXPERIENCE_FROM as FROM, type ExperiencePriceRecord, type ExperienceProductLink, type ExperienceRecord } from './experience-records.js';
import { failedWith, ok, tourismError, type TourismResult } from './tourism-errors.js';
import type { ExperienceProductRelation, TourismStatus } from './tourism-kinds.js';
import type { TourismPointCertificateService } from './tourism-point-certificate.service.js';
import { TourismPointService } from './tourism-point.service.js';

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
    const conditions = await experienceFilterConditions(options.filter, options.now, options.today, {
      isPublicExperience: this.isPublicExperience(), provinces: this.provinces, certificates: this.certificates,
    });
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

  pricesOf(experienceIds: readonly string[]): Promise<ExperiencePriceRecord[][]> {
    return pricesOf(this.em, experienceIds);
  }

  /** Product links of experiences (the caller keeps only public products, through the catalogue's loader). */
  productLinksOf(experienceIds: readonly string[]): Promise<ExperienceProductLink[][]> {
    return productLinksOf(this.em, experienceIds);
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
    const checked = await checkExperienceInput(input, null, this.products);
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
      await writeExperienceLinks(em, id, v);
    });
    return ok((await this.byIds([id]))[0]!);
  }

  async update(viewer: Viewer | null, experienceId: string | null, input: ExperienceInput): Promise<TourismResult<ExperienceRecord>> {
    const experience = await this.managed(viewer, experienceId);
    if (!experience) return failedWith(tourismError('experienceId', 'NOT_FOUND', 'There is no such experience.'));
    const checked = await checkExperienceInput(input, experience, this.products);
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
      await writeExperienceLinks(em, experience.id, v);
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


  private async freeSlug(name: string): Promise<string> {
    const base = slugify(name) || 'trai-nghiem';
    const taken = new Set((await rows<{ slug: string }>(this.em, `select slug from experience where slug = ? or slug like ?`, [base, `${base}-%`])).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    return slug;
  }


}
