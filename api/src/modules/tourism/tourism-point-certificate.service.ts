import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, isIsoDate } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import { assertCouncilFor, signedIn, type Viewer } from '../accounts/viewer.js';
import { appendAuditEvents } from '../audit/audit.js';
import { failedWith, ok, tourismError, type TourismResult, type TourismUserError } from './tourism-errors.js';
import type { PointCertificateState } from './tourism-kinds.js';
import type { TourismPointService } from './tourism-point.service.js';

export interface PointCertificateRecord {
  id: string;
  pointId: string;
  stars: number;
  number: string;
  decisionDate: string;
  validUntil: string;
  state: PointCertificateState;
  createdAt: Date;
}

const COLUMNS = `id, point_id as "pointId", stars, number, decision_date::text as "decisionDate", valid_until::text as "validUntil", state, created_at as "createdAt"`;
/** A recognition is valid on `day` while RECOGNISED and inside its dates (two `?`: the day twice). */
const VALID_ON = `state = 'RECOGNISED' and decision_date <= ?::date and valid_until >= ?::date`;

/**
 * A tourism point's own OCOP recognition (group VI). Recorded, like product certificates, by the
 * council of the point's province (3–4★) or the ministry's (5★), or an admin; every change is audited.
 */
export class TourismPointCertificateService {
  constructor(
    private readonly em: EntityManager,
    private readonly points: TourismPointService,
  ) {}

  /** The best certificate of each point valid on `day` (for a DataLoader). */
  async validForPoints(pointIds: readonly string[], day: string): Promise<(PointCertificateRecord | undefined)[]> {
    const found = await rows<PointCertificateRecord>(
      this.em,
      `select distinct on (point_id) ${COLUMNS} from tourism_point_certificate where point_id = any(?) and ${VALID_ON}
       order by point_id, stars desc, valid_until desc`,
      [pointIds, day, day],
    );
    return orderedBy(pointIds, found, (c) => c.pointId);
  }

  /** Every certificate of a point, newest decision first (the council's page). */
  async ofPoints(pointIds: readonly string[]): Promise<PointCertificateRecord[][]> {
    const found = await rows<PointCertificateRecord>(
      this.em,
      `select ${COLUMNS} from tourism_point_certificate where point_id = any(?) order by point_id, decision_date desc, id desc`,
      [pointIds],
    );
    return pointIds.map((id) => found.filter((c) => c.pointId === id));
  }

  /** SQL over `tourism_point t`: its valid certificate has at least `minStars` on `day`. */
  pointHasValidStars(day: string, minStars: number): SqlFragment {
    return { sql: `exists (select 1 from tourism_point_certificate c where c.point_id = t.id and c.${VALID_ON.replace(/ and /g, ' and c.')} and c.stars >= ?)`, params: [day, day, minStars] };
  }

  /** SQL over `tourism_point t`: the stars of its valid certificate on `day`, or null. */
  validStarsOfPoint(day: string): SqlFragment {
    return { sql: `(select max(c.stars) from tourism_point_certificate c where c.point_id = t.id and c.${VALID_ON.replace(/ and /g, ' and c.')})`, params: [day, day] };
  }

  async record(
    viewer: Viewer | null,
    input: { pointId: string | null; stars: number; number: string; decisionDate: string; validUntil?: string | null },
  ): Promise<TourismResult<PointCertificateRecord>> {
    signedIn(viewer);
    const [point] = input.pointId ? await this.points.byIds([input.pointId]) : [];
    if (!point) {
      assertCouncilFor(viewer, '', 3, input.decisionDate);
      return failedWith(tourismError('pointId', 'NOT_FOUND', 'There is no such tourism point.'));
    }
    const errors: TourismUserError[] = [];
    if (!Number.isInteger(input.stars) || input.stars < 3 || input.stars > 5) errors.push(tourismError('stars', 'STARS_INVALID', 'OCOP recognises 3 to 5 stars.'));
    const number = input.number.trim();
    if (!number) errors.push(tourismError('number', 'NUMBER_REQUIRED', 'Give the decision number.'));
    const validUntil = input.validUntil ?? (isIsoDate(input.decisionDate) ? addMonths(input.decisionDate, 36) : null);
    if (!isIsoDate(input.decisionDate) || !validUntil || !isIsoDate(validUntil) || validUntil < input.decisionDate) {
      errors.push(tourismError(isIsoDate(input.decisionDate) ? 'validUntil' : 'decisionDate', 'CERTIFICATE_DATES_INVALID', 'Give a decision date and a validity end on or after it.'));
    }
    // Who may recognise depends on the stars: check it with the stars asked for, when they make sense.
    const user = assertCouncilFor(viewer, point.provinceId, errors.some((e) => e.code === 'STARS_INVALID') ? 3 : input.stars, isIsoDate(input.decisionDate) ? input.decisionDate : '2026-01-01');
    if (errors.length) return failedWith(...errors);
    const id = newId('tourismPointCertificate');
    return this.em.transactional(async (em) => {
      const [created] = await rows<PointCertificateRecord>(
        em,
        `insert into tourism_point_certificate (id, point_id, stars, number, decision_date, valid_until, state, recorded_by_id, created_at)
         values (?, ?, ?, ?, ?, ?, 'RECOGNISED', ?, now()) returning ${COLUMNS}`,
        [id, point.id, input.stars, number, input.decisionDate, validUntil, user.userId],
      );
      await appendAuditEvents(em, { userId: user.userId }, [
        { action: 'TOURISM_POINT_CERTIFICATE_RECORDED', subjectType: 'TourismPointCertificate', subjectId: id, before: null, after: { pointId: point.id, stars: input.stars, number, decisionDate: input.decisionDate, validUntil } },
      ]);
      return ok(created!);
    });
  }

  async revoke(viewer: Viewer | null, certificateId: string | null): Promise<TourismResult<PointCertificateRecord>> {
    signedIn(viewer);
    const [certificate] = certificateId ? await rows<PointCertificateRecord>(this.em, `select ${COLUMNS} from tourism_point_certificate where id = ?`, [certificateId]) : [];
    const [point] = certificate ? await this.points.byIds([certificate.pointId]) : [];
    if (!certificate || !point) {
      assertCouncilFor(viewer, '', 3, '2026-01-01');
      return failedWith(tourismError('certificateId', 'NOT_FOUND', 'There is no such certificate.'));
    }
    const user = assertCouncilFor(viewer, point.provinceId, certificate.stars, certificate.decisionDate);
    if (certificate.state === 'REVOKED') return failedWith(tourismError('certificateId', 'ALREADY_REVOKED', 'This certificate is already revoked.'));
    return this.em.transactional(async (em) => {
      const [revoked] = await rows<PointCertificateRecord>(em, `update tourism_point_certificate set state = 'REVOKED' where id = ? returning ${COLUMNS}`, [certificate.id]);
      await appendAuditEvents(em, { userId: user.userId }, [
        { action: 'TOURISM_POINT_CERTIFICATE_REVOKED', subjectType: 'TourismPointCertificate', subjectId: certificate.id, before: { state: 'RECOGNISED' }, after: { state: 'REVOKED' } },
      ]);
      return ok(revoked!);
    });
  }
}
