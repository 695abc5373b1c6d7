import { defineEntity, p } from '@mikro-orm/core';
import { Product } from '../catalog/product.entity.js';

export const CERTIFICATE_STATES = ['RECOGNISED', 'EXPIRED', 'REVOKED', 'SUPERSEDED'] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

/**
 * An OCOP recognition decision for a product. Valid from decisionDate to validUntil (36 months) while
 * RECOGNISED; a listing shows its stars only on days inside that window. Evaluations and criteria sets
 * arrive with the catalogue issue and will point here.
 */
const CertificateSchema = defineEntity({
  name: 'Certificate',
  tableName: 'certificate',
  properties: {
    id: p.string().primary(),
    product: () => p.manyToOne(Product).index(),
    number: p.string(),
    stars: p.smallint(),
    decisionDate: p.date(),
    validUntil: p.date(),
    /** The recognising authority as named on the decision, e.g. "UBND tỉnh Hải Dương". */
    issuedBy: p.string(),
    state: p.enum(CERTIFICATE_STATES).nativeEnumName('certificate_state').default('RECOGNISED'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
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
  ],
});

export class Certificate extends CertificateSchema.class {}
CertificateSchema.setClass(Certificate);
