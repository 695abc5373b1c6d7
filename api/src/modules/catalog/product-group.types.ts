import { enumFromValues } from '../../graphql/enums.js';
import { PRODUCT_GROUP_LABELS, PRODUCT_GROUPS } from './product-group.js';

export const ProductGroupEnum = enumFromValues(PRODUCT_GROUPS, 'ProductGroup', {
  description: 'The six OCOP product groups (Decisions 919/2022 and 148/2023).',
  valueDescriptions: Object.fromEntries(
    PRODUCT_GROUPS.map((g) => [g, `${PRODUCT_GROUP_LABELS[g].numeral}. ${PRODUCT_GROUP_LABELS[g].vi}`]),
  ),
});
