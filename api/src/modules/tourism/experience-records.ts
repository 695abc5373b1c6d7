import type { ExperienceConfirmation, ExperienceProductRelation, TourismStatus, UnitType } from './tourism-kinds.js';

/** What the experience tables hold, as the tourism module's services read them. */

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

/** An ExperienceRecord's columns over EXPERIENCE_FROM. */
export const EXPERIENCE_COLUMNS = `e.id, e.slug, e.point_id as "pointId", t.operator_id as "operatorId", e.name, e.summary, e.description,
  e.duration_minutes as "durationMinutes", e.included, e.languages, e.confirmation, e.booking_cutoff_hours as "bookingCutoffHours",
  e.free_cancellation_hours as "freeCancellationHours", e.max_party_size as "maxPartySize", e.status, e.created_at as "createdAt", e.updated_at as "updatedAt"`;
export const EXPERIENCE_FROM = `experience e join tourism_point t on t.id = e.point_id`;
