import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, isIsoDate } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { rows } from '../../lib/sql.js';
import { failed, succeeded, type Outcome } from '../../lib/user-errors.js';
import { certificationError } from './certification-errors.js';
import {
  CERTIFICATE_COLUMNS,
  COUNCIL_LEVEL_RULE_COLUMNS,
  CRITERIA_SET_COLUMNS,
  EVALUATION_COLUMNS,
  RULE_IN_FORCE,
  type CertificateRecord,
  type CouncilLevelRuleRecord,
  type CriteriaSetRecord,
  type EvaluationRecord,
} from './certification.records.js';
import { scoreEvaluation } from './scoring.js';
import { appendAuditEvents, SYSTEM_ACTOR, type Actor } from '../audit/audit.js';
import { closeOpenRequestByDecision } from './evaluation-request.service.js';

/** A certificate runs this many months from its decision, then the product must be re-evaluated. */
export const VALIDITY_MONTHS = 36;

export interface RecordEvaluationInput {
  productId: string;
  /** e.g. "148/2023" */
  criteriaVersion: string;
  /** Council level code, e.g. "PROVINCE" */
  councilLevel: string;
  evaluatedOn: string;
  /** Part code → points (whole or tenths). */
  scores: Record<string, number>;
}

export interface RecogniseInput {
  evaluationId: string;
  number: string;
  decisionDate: string;
  /** The recognising authority as named on the decision. */
  issuedBy: string;
}

export interface Recognition {
  certificate: CertificateRecord;
  /** Ids of the product's certificates this one superseded. */
  superseded: string[];
}

export interface RevokeInput {
  certificateId: string;
  reason: string;
  revokedOn: string;
}

interface PgError {
  code?: string;
  constraint?: string;
}
/** The PostgreSQL error behind `e` (MikroORM may wrap it as `cause`). */
function pgError(e: unknown): PgError {
  if (!e || typeof e !== 'object') return {};
  const { code, constraint, cause } = e as PgError & { cause?: PgError };
  return constraint ? { code, constraint } : (cause ?? { code });
}

async function rulesOf(em: EntityManager, level: string, day: string): Promise<{ exists: boolean; rule: CouncilLevelRuleRecord | null }> {
  const found = await rows<CouncilLevelRuleRecord & { inForce: boolean }>(
    em,
    `select ${COUNCIL_LEVEL_RULE_COLUMNS}, ${RULE_IN_FORCE('?::date')} as "inForce" from council_level_rule r where r.level = ?`,
    [day, day, level],
  );
  return { exists: found.length > 0, rule: found.find((r) => r.inForce) ?? null };
}

/** Every command writes its audit events in its own transaction; `actor` is who acts (SYSTEM_ACTOR for jobs). */
export async function recordEvaluation(em: EntityManager, input: RecordEvaluationInput, actor: Actor = SYSTEM_ACTOR): Promise<Outcome<EvaluationRecord>> {
  try {
    return await em.transactional(async (tx) => {
      const outcome = await scoreAndStore(tx, input);
      if (outcome.result) {
        await appendAuditEvents(tx, actor, [
          { action: 'EVALUATION_RECORDED', subjectType: 'Evaluation', subjectId: outcome.result.id, before: null, after: outcome.result },
        ]);
      }
      return outcome;
    });
  } catch (e) {
    if (pgError(e).constraint === 'evaluation_product_id_foreign') {
      return failed(certificationError('UNKNOWN_PRODUCT', 'productId', `No product "${input.productId}".`));
    }
    throw e;
  }
}

async function scoreAndStore(em: EntityManager, input: RecordEvaluationInput): Promise<Outcome<EvaluationRecord>> {
  if (!isIsoDate(input.evaluatedOn)) {
    return failed(certificationError('INVALID_DATE', 'evaluatedOn', `"${input.evaluatedOn}" is not a date (YYYY-MM-DD).`));
  }
  const [set] = await rows<CriteriaSetRecord>(em, `select ${CRITERIA_SET_COLUMNS} from criteria_set cs where cs.version = ?`, [
    input.criteriaVersion,
  ]);
  if (!set) {
    return failed(certificationError('UNKNOWN_CRITERIA_VERSION', 'criteriaVersion', `No criteria set "${input.criteriaVersion}".`));
  }
  if (input.evaluatedOn < set.effectiveFrom || (set.effectiveTo && input.evaluatedOn > set.effectiveTo)) {
    return failed(
      certificationError('CRITERIA_NOT_IN_FORCE', 'criteriaVersion', `Criteria ${set.version} were not in force on ${input.evaluatedOn}.`),
    );
  }
  const level = await rulesOf(em, input.councilLevel, input.evaluatedOn);
  if (!level.exists) return failed(certificationError('UNKNOWN_COUNCIL_LEVEL', 'councilLevel', `No council level "${input.councilLevel}".`));
  if (!level.rule) {
    return failed(
      certificationError('COUNCIL_LEVEL_NOT_IN_FORCE', 'councilLevel', `No ${input.councilLevel} council evaluated OCOP products on ${input.evaluatedOn}.`),
    );
  }
  const { scored, userErrors } = scoreEvaluation(set, input.scores);
  if (!scored) return failed(...userErrors);

  const id = newId('evaluation');
  await rows(
    em,
    `insert into evaluation (id, product_id, criteria_set_id, council_level, evaluated_on, scores, total, stars, state, created_at)
     values (?, ?, ?, ?, ?::date, ?::jsonb, ?, ?, 'SCORED', now())`,
    [id, input.productId, set.id, input.councilLevel, input.evaluatedOn, JSON.stringify(scored.scores), scored.total, scored.stars],
  );
  const [record] = await rows<EvaluationRecord>(
    em,
    `select ${EVALUATION_COLUMNS} from evaluation e join criteria_set cs on cs.id = e.criteria_set_id where e.id = ?`,
    [id],
  );
  return succeeded(record!);
}

export async function recognise(em: EntityManager, input: RecogniseInput, actor: Actor = SYSTEM_ACTOR): Promise<Outcome<Recognition>> {
  const number = input.number.trim();
  const issuedBy = input.issuedBy.trim();
  const invalid = [
    ...(number ? [] : [certificationError('REQUIRED', 'number', 'The certificate number is required.')]),
    ...(issuedBy ? [] : [certificationError('REQUIRED', 'issuedBy', 'The recognising authority is required.')]),
    ...(isIsoDate(input.decisionDate) ? [] : [certificationError('INVALID_DATE', 'decisionDate', `"${input.decisionDate}" is not a date (YYYY-MM-DD).`)]),
  ];
  if (invalid.length) return failed(...invalid);
  try {
    return await em.transactional(async (tx) => {
      // Locks the evaluation: it can be recognised once, and two councils cannot race on it.
      const [evaluation] = await rows<EvaluationRecord & { certifiedMinStars: number; certificateId: string | null }>(
        tx,
        `select ${EVALUATION_COLUMNS}, cs.certified_min_stars as "certifiedMinStars",
                (select c.id from certificate c where c.evaluation_id = e.id) as "certificateId"
         from evaluation e join criteria_set cs on cs.id = e.criteria_set_id where e.id = ? for update of e`,
        [input.evaluationId],
      );
      if (!evaluation) return failed<Recognition>(certificationError('UNKNOWN_EVALUATION', 'evaluationId', `No evaluation "${input.evaluationId}".`));
      if (evaluation.state !== 'SCORED') {
        return failed<Recognition>(certificationError('EVALUATION_NOT_SCORED', 'evaluationId', `The evaluation is ${evaluation.state}, not SCORED.`));
      }
      if (evaluation.certificateId) {
        return failed<Recognition>(certificationError('EVALUATION_ALREADY_RECOGNISED', 'evaluationId', 'A certificate was already issued from this evaluation.'));
      }
      if (input.decisionDate < evaluation.evaluatedOn) {
        return failed<Recognition>(
          certificationError('DECISION_BEFORE_EVALUATION', 'decisionDate', `The decision cannot precede the evaluation of ${evaluation.evaluatedOn}.`),
        );
      }
      if (evaluation.stars < evaluation.certifiedMinStars) {
        return failed<Recognition>(
          certificationError(
            'NOT_CERTIFIABLE',
            'evaluationId',
            `${evaluation.total} points earn ${evaluation.stars}★ under ${evaluation.criteriaVersion}; OCOP recognises ${evaluation.certifiedMinStars}★ and above.`,
          ),
        );
      }
      const { rule } = await rulesOf(tx, evaluation.councilLevel, input.decisionDate);
      const allowed =
        rule &&
        evaluation.stars >= rule.minStars &&
        evaluation.stars <= rule.maxStars &&
        (rule.minTotal == null || evaluation.total >= rule.minTotal);
      if (!allowed) {
        const power = rule
          ? `${rule.name} recognises ${rule.minStars === rule.maxStars ? rule.minStars : `${rule.minStars}–${rule.maxStars}`}★${rule.minTotal != null ? ` from ${rule.minTotal} points` : ''} (${rule.basis})`
          : `no ${evaluation.councilLevel} council recognises OCOP products`;
        return failed<Recognition>(
          certificationError('STARS_NOT_ALLOWED_FOR_LEVEL', 'evaluationId', `On ${input.decisionDate} ${power}; this evaluation has ${evaluation.stars}★ with ${evaluation.total} points.`),
        );
      }
      const [taken] = await rows<{ id: string }>(tx, `select id from certificate where number = ? and product_id = ?`, [number, evaluation.productId]);
      if (taken) return failed<Recognition>(duplicateNumber(number));

      // One recognition at a time per product, so exactly one certificate stays active.
      await rows(tx, `select pg_advisory_xact_lock(hashtext('ocop-certificate:' || ?))`, [evaluation.productId]);
      const id = newId('certificate');
      await rows(
        tx,
        `insert into certificate (id, product_id, number, stars, decision_date, valid_until, issued_by, state, evaluation_id, created_at)
         values (?, ?, ?, ?, ?::date, ?::date, ?, 'RECOGNISED', ?, now())`,
        [id, evaluation.productId, number, evaluation.stars, input.decisionDate, addMonths(input.decisionDate, VALIDITY_MONTHS), issuedBy, evaluation.id],
      );
      // Under the product's lock: the rows read here are the rows the update changes.
      const replaced = await rows<CertificateRecord>(
        tx,
        `select ${CERTIFICATE_COLUMNS} from certificate c
         where c.product_id = ? and c.id <> ? and c.state = 'RECOGNISED' and c.decision_date <= ?::date and c.valid_until >= ?::date
         order by c.id for update of c`,
        [evaluation.productId, id, input.decisionDate, input.decisionDate],
      );
      const supersededIds = replaced.map((c) => c.id);
      const superseded = await rows<CertificateRecord>(
        tx,
        `update certificate c set state = 'SUPERSEDED', superseded_by_id = ? where c.id = any(?) returning ${CERTIFICATE_COLUMNS}`,
        [id, supersededIds],
      );
      const [certificate] = await rows<CertificateRecord>(tx, `select ${CERTIFICATE_COLUMNS} from certificate c where c.id = ?`, [id]);
      // The decision answers the producer's open request for an evaluation, if there is one.
      await closeOpenRequestByDecision(tx, evaluation.productId, id, actor.userId);
      await appendAuditEvents(tx, actor, [
        { action: 'CERTIFICATE_RECOGNISED', subjectType: 'Certificate', subjectId: id, before: null, after: certificate },
        ...replaced.map((before) => ({
          action: 'CERTIFICATE_SUPERSEDED' as const,
          subjectType: 'Certificate' as const,
          subjectId: before.id,
          before,
          after: superseded.find((c) => c.id === before.id) ?? null,
        })),
      ]);
      return succeeded({ certificate: certificate!, superseded: supersededIds });
    });
  } catch (e) {
    // A concurrent recognition took the number between the check and the insert.
    if (pgError(e).constraint === 'certificate_product_id_number_unique') return failed(duplicateNumber(number));
    throw e;
  }
}

const duplicateNumber = (number: string) =>
  certificationError('DUPLICATE_CERTIFICATE_NUMBER', 'number', `Certificate number "${number}" is already issued for this product.`);

export async function revoke(em: EntityManager, input: RevokeInput, actor: Actor = SYSTEM_ACTOR): Promise<Outcome<CertificateRecord>> {
  const reason = input.reason.trim();
  const invalid = [
    ...(reason ? [] : [certificationError('REQUIRED', 'reason', 'A revocation needs its reason.')]),
    ...(isIsoDate(input.revokedOn) ? [] : [certificationError('INVALID_DATE', 'revokedOn', `"${input.revokedOn}" is not a date (YYYY-MM-DD).`)]),
  ];
  if (invalid.length) return failed(...invalid);
  return em.transactional(async (tx) => {
    // The state before, locked, for the audit log.
    const [before] = await rows<CertificateRecord>(tx, `select ${CERTIFICATE_COLUMNS} from certificate c where c.id = ? for update of c`, [input.certificateId]);
    // Atomic: only a certificate in force on the revocation day can be revoked.
    const [revoked] = await rows<CertificateRecord>(
      tx,
      `update certificate c set state = 'REVOKED', revoked_reason = ?, revoked_on = ?::date
       where c.id = ? and c.state = 'RECOGNISED' and c.decision_date <= ?::date and c.valid_until >= ?::date
       returning ${CERTIFICATE_COLUMNS}`,
      [reason, input.revokedOn, input.certificateId, input.revokedOn, input.revokedOn],
    );
    if (revoked) {
      await appendAuditEvents(tx, actor, [{ action: 'CERTIFICATE_REVOKED', subjectType: 'Certificate', subjectId: revoked.id, before, after: revoked }]);
      return succeeded(revoked);
    }
    const [current] = await rows<CertificateRecord>(tx, `select ${CERTIFICATE_COLUMNS} from certificate c where c.id = ?`, [input.certificateId]);
    if (!current) return failed<CertificateRecord>(certificationError('UNKNOWN_CERTIFICATE', 'certificateId', `No certificate "${input.certificateId}".`));
    const why =
      current.state !== 'RECOGNISED'
        ? `it is ${current.state}`
        : current.validUntil < input.revokedOn
          ? `it expired on ${current.validUntil}`
          : `it takes effect on ${current.decisionDate}`;
    return failed<CertificateRecord>(
      certificationError('CERTIFICATE_NOT_ACTIVE', 'certificateId', `Certificate ${current.number} cannot be revoked on ${input.revokedOn}: ${why}.`),
    );
  });
}

export async function expireOverdue(em: EntityManager, today: string): Promise<{ expired: number }> {
  return em.transactional(async (tx) => {
    const before = await rows<CertificateRecord>(
      tx,
      `select ${CERTIFICATE_COLUMNS} from certificate c where c.state = 'RECOGNISED' and c.valid_until < ?::date order by c.id for update of c`,
      [today],
    );
    const expired = await rows<CertificateRecord>(
      tx,
      `update certificate c set state = 'EXPIRED' where c.id = any(?) returning ${CERTIFICATE_COLUMNS}`,
      [before.map((c) => c.id)],
    );
    await appendAuditEvents(
      tx,
      SYSTEM_ACTOR,
      before.map((b) => ({ action: 'CERTIFICATE_EXPIRED' as const, subjectType: 'Certificate' as const, subjectId: b.id, before: b, after: expired.find((c) => c.id === b.id) ?? null })),
    );
    return { expired: expired.length };
  });
}
