/** OCOP subjects (chủ thể OCOP). */
export const PRODUCER_KINDS = ['COOPERATIVE', 'COOPERATIVE_GROUP', 'ENTERPRISE', 'HOUSEHOLD_BUSINESS'] as const;
export type ProducerKind = (typeof PRODUCER_KINDS)[number];

export const PRODUCER_KIND_LABELS: Record<ProducerKind, string> = {
  COOPERATIVE: 'Hợp tác xã',
  COOPERATIVE_GROUP: 'Tổ hợp tác',
  ENTERPRISE: 'Doanh nghiệp',
  HOUSEHOLD_BUSINESS: 'Hộ kinh doanh',
};
