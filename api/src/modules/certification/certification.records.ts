import type { CertificateState } from './certificate.entity.js';
import type { CriteriaPart, StarBand } from './criteria-set.entity.js';
import type { EvaluationState, PartScores } from './evaluation.entity.js';

/** A certificate as read by the API; `state` is as stored (see `effectiveState` for the day of viewing). */
export interface CertificateRecord {
  id: string;
  productId: string;
  number: string;
  stars: number;
  decisionDate: string;
  validUntil: string;
  issuedBy: string;
  state: CertificateState;
  evaluationId: string | null;
  revokedReason: string | null;
  revokedOn: string | null;
  supersededById: string | null;
}

export const CERTIFICATE_COLUMNS = `c.id, c.product_id as "productId", c.number, c.stars,
  c.decision_date::text as "decisionDate", c.valid_until::text as "validUntil", c.issued_by as "issuedBy",
  c.state, c.evaluation_id as "evaluationId", c.revoked_reason as "revokedReason",
  c.revoked_on::text as "revokedOn", c.superseded_by_id as "supersededById"`;

/** Valid on `day`: recognised and inside its validity window, whether or not the expiry sweep ran. */
export function isValidOn(c: Pick<CertificateRecord, 'state' | 'decisionDate' | 'validUntil'>, day: string): boolean {
  return c.state === 'RECOGNISED' && c.decisionDate <= day && day <= c.validUntil;
}

/** The state on `day`: a recognised certificate past its validity is expired even before the sweep marks it. */
export function effectiveState(c: Pick<CertificateRecord, 'state' | 'validUntil'>, day: string): CertificateState {
  return c.state === 'RECOGNISED' && c.validUntil < day ? 'EXPIRED' : c.state;
}

export interface CriteriaSetRecord {
  id: string;
  version: string;
  decision: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  parts: CriteriaPart[];
  bands: StarBand[];
  certifiedMinStars: number;
}

export const CRITERIA_SET_COLUMNS = `cs.id, cs.version, cs.decision, cs.effective_from::text as "effectiveFrom",
  cs.effective_to::text as "effectiveTo", cs.parts, cs.bands, cs.certified_min_stars as "certifiedMinStars"`;

export interface CouncilLevelRuleRecord {
  id: string;
  level: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
  minStars: number;
  maxStars: number;
  minTotal: number | null;
  basis: string;
}

export const COUNCIL_LEVEL_RULE_COLUMNS = `r.id, r.level, r.name, r.valid_from::text as "validFrom", r.valid_to::text as "validTo",
  r.min_stars as "minStars", r.max_stars as "maxStars", r.min_total::float8 as "minTotal", r.basis`;

/** `r` (council_level_rule) in force on the date expression `day`. */
export const RULE_IN_FORCE = (day: string) =>
  `(r.valid_from is null or r.valid_from <= ${day}) and (r.valid_to is null or r.valid_to >= ${day})`;

export interface EvaluationRecord {
  id: string;
  productId: string;
  criteriaSetId: string;
  criteriaVersion: string;
  parts: CriteriaPart[];
  scores: PartScores;
  total: number;
  stars: number;
  state: EvaluationState;
  councilLevel: string;
  /** The level's name under the rule in force on the evaluation day; null if none was. */
  councilLevelName: string | null;
  evaluatedOn: string;
}

export const EVALUATION_COLUMNS = `e.id, e.product_id as "productId", e.criteria_set_id as "criteriaSetId",
  cs.version as "criteriaVersion", cs.parts, e.scores, e.total::float8 as total, e.stars, e.state,
  e.council_level as "councilLevel", e.evaluated_on::text as "evaluatedOn",
  (select r.name from council_level_rule r where r.level = e.council_level and ${RULE_IN_FORCE('e.evaluated_on')}
   order by r.valid_from desc nulls last limit 1) as "councilLevelName"`;
