import { defineEntity, p } from '@mikro-orm/core';
import { Product } from '../catalog/product.entity.js';
import { Certificate } from './certificate.entity.js';

export const EVALUATION_REQUEST_STATES = ['OPEN', 'WITHDRAWN', 'DECIDED', 'REJECTED'] as const;
export type EvaluationRequestState = (typeof EVALUATION_REQUEST_STATES)[number];

/**
 * A producer's request that a council evaluate one of its products (hồ sơ đề nghị đánh giá). OPEN
 * until the producer withdraws it, a council rejects it (with a reason) or a council records a
 * certificate decision for the product (DECIDED, pointing to that certificate). At most one OPEN
 * request per product (partial unique index). Users are plain ids, like the audit log's actor.
 */
const EvaluationRequestSchema = defineEntity({
  name: 'EvaluationRequest',
  tableName: 'evaluation_request',
  properties: {
    id: p.string().primary(),
    product: () => p.manyToOne(Product).index(),
    state: p.enum(EVALUATION_REQUEST_STATES).nativeEnumName('evaluation_request_state').default('OPEN'),
    submittedByUserId: p.string(),
    submittedAt: p.datetime(),
    closedByUserId: p.string().nullable(),
    closedAt: p.datetime().nullable(),
    rejectionReason: p.text().nullable(),
    /** The certificate whose recognition closed it (state DECIDED). */
    certificate: () => p.manyToOne(Certificate).nullable(),
  },
  indexes: [
    {
      // The council queue: open requests, oldest first.
      name: 'evaluation_request_open_idx',
      expression: `create index "evaluation_request_open_idx" on "evaluation_request" ("submitted_at", "id") where "state" = 'OPEN'`,
    },
    {
      // One open request per product: a second submission is ALREADY_SUBMITTED, even under a race.
      name: 'evaluation_request_open_product_unique',
      expression: `create unique index "evaluation_request_open_product_unique" on "evaluation_request" ("product_id") where "state" = 'OPEN'`,
    },
  ],
  checks: [
    { name: 'evaluation_request_closed_check', expression: `(state = 'OPEN') = (closed_at is null)` },
    { name: 'evaluation_request_rejection_check', expression: `(state = 'REJECTED') = (rejection_reason is not null)` },
    { name: 'evaluation_request_decision_check', expression: `(state = 'DECIDED') = (certificate_id is not null)` },
  ],
});

export class EvaluationRequest extends EvaluationRequestSchema.class {}
EvaluationRequestSchema.setClass(EvaluationRequest);
