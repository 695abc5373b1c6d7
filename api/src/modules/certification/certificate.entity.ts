import { defineEntity, p } from '@mikro-orm/core';
import { Product } from '../catalog/product.entity.js';
import { Evaluation } from './evaluation.entity.js';

export const CERTIFICATE_STATES = ['RECOGNISED', 'EXPIRED', 'REVOKED', 'SUPERSEDED'] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

/**
 * An OCOP recognition decision for a product. Valid from decisionDate to validUntil (36 months) while
 * RECOGNISED; a listing shows its stars only on days inside that window, whatever the expiry sweep
 * has done yet. Issued from an evaluation (historic imported certificates may have none); a later
 * recognition of the same product supersedes it; a council may revoke it.
 */
const CertificateSchema = defineEntity({
  name: 'Certificate',
  tableName: 'certificate',
  properties: {
    id: p.string().primary(),
    product: () => p.manyToOne(Product).index(),
    /** The decision number; one decision recognises many products, and numbers repeat across provinces. */
    number: p.string(),
    stars: p.smallint(),
    decisionDate: p.date(),
    validUntil: p.date(),
    /** The recognising authority as named on the decision, e.g. "UBND tỉnh Hải Dương". */
    issuedBy: p.string(),
    state: p.enum(CERTIFICATE_STATES).nativeEnumName('certificate_state').default('RECOGNISED'),
    /** The scored evaluation it was issued from; null for historic certificates imported as issued. */
    evaluation: () => p.oneToOne(Evaluation).nullable().unique(),
    revokedReason: p.text().nullable(),
    revokedOn: p.date().nullable(),
    /** The certificate of the re-evaluation that replaced it (state SUPERSEDED). */
    supersededBy: () => p.manyToOne(Certificate).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'certificate_product_id_number_unique', properties: ['product', 'number'] }],
  indexes: [
    {
      // The "valid today" lookup for listings: recognised certificates of a product by stars.
      name: 'certificate_recognised_product_idx',
      expression:
        `create index "certificate_recognised_product_idx" on "certificate" ("product_id", "stars" desc, "valid_until") where "state" = 'RECOGNISED'`,
    },
  ],
  checks: [
    { name: 'certificate_stars_check', expression: 'stars >= 1 and stars <= 5' },
    { name: 'certificate_validity_check', expression: 'valid_until >= decision_date' },
    {
      name: 'certificate_revocation_check',
      expression: `(state = 'REVOKED') = (revoked_on is not null and revoked_reason is not null)`,
    },
    { name: 'certificate_superseded_check', expression: `(state = 'SUPERSEDED') = (superseded_by_id is not null)` },
  ],
});

export class Certificate extends CertificateSchema.class {}
CertificateSchema.setClass(Certificate);
