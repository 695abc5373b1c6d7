import { isIsoDate } from '../../lib/dates.js';
import type { SqlFragment } from '../../lib/sql.js';
import type { ProvinceService } from '../places/province.service.js';
import type { TourismPointCertificateService } from './tourism-point-certificate.service.js';

/** The filters of the public experience list, as SQL conditions. */

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

export class UnknownProvinceCodeError extends Error {}

/**
 * The public list's conditions over `experience e join tourism_point t`. `now` is the API's clock
 * (cut-offs), `today` the Vietnam day (certificate validity).
 */
export async function experienceFilterConditions(
  filter: ExperienceFilter,
  now: Date,
  today: string,
  deps: { isPublicExperience: SqlFragment; provinces: ProvinceService; certificates: TourismPointCertificateService },
): Promise<SqlFragment[]> {
  const conditions: SqlFragment[] = [deps.isPublicExperience];
  if (filter.provinceCode) {
    const ids = await deps.provinces.idsCoveredByCurrentCode(filter.provinceCode);
    if (!ids) throw new UnknownProvinceCodeError(filter.provinceCode);
    conditions.push({ sql: `t.province_id = any(?)`, params: [ids] });
  }
  if (filter.minStars != null) conditions.push(deps.certificates.pointHasValidStars(today, filter.minStars));
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
