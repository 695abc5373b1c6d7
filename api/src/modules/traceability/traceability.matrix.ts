import { toGlobalId } from '../../graphql/global-id.js';
import type { ModuleMatrix } from '../../test/matrix.js';

/** The traceability module's row of the authorisation matrix (accounts.matrix.test.ts): batches of producer A's product. */
export const TRACEABILITY_MATRIX: ModuleMatrix = {
  rows: {
    batchRecord: {
      allowed: ['producerA', 'admin'],
      run: (gql, role, world) =>
        gql(`mutation ($input: BatchRecordInput!) { batchRecord(input: $input) { batch { traceCode } userErrors { code } } }`, {
          input: { productId: toGlobalId('Product', world.products.a.id), lotCode: `LOT-${role}`, productionDate: '2025-10-01', quantity: 120, unit: 'hộp', rawMaterialProvinceCode: '01' },
        }),
    },
  },
};
