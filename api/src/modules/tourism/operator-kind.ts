/** Who runs a community-tourism point (điểm du lịch cộng đồng): the operator's legal form. */
export const OPERATOR_KINDS = ['COOPERATIVE', 'HOUSEHOLD', 'ENTERPRISE', 'COMMUNITY_GROUP'] as const;
export type OperatorKind = (typeof OPERATOR_KINDS)[number];

export const OPERATOR_KIND_LABELS: Record<OperatorKind, string> = {
  COOPERATIVE: 'Hợp tác xã',
  HOUSEHOLD: 'Hộ gia đình',
  ENTERPRISE: 'Doanh nghiệp',
  COMMUNITY_GROUP: 'Tổ cộng đồng',
};
