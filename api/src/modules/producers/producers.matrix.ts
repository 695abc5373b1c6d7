import { toGlobalId } from '../../graphql/global-id.js';
import type { ModuleMatrix } from '../../test/matrix.js';

/**
 * The producers module's rows of the authorisation matrix (accounts.matrix.test.ts): registration,
 * approval and the profile of producer A. (Producer staff are the accounts module's.)
 */
/** A pending (unapproved) producer for producerApprove. */
let pendingProducer = '';

export const PRODUCERS_MATRIX: ModuleMatrix = {
  catalogue(builder) {
    pendingProducer = builder.producer('HTX Chờ Duyệt', { id: 'prv_01' }, 'COOPERATIVE', { verified: false }).id;
  },

  rows: {
    producerRegister: {
      allowed: ['shopper', 'producerA', 'producerB', 'operator', 'salesPointManager', 'councilX', 'councilY', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: ProducerRegisterInput!) { producerRegister(input: $input) { producer { verified } userErrors { code } } }`, {
          input: { name: `HTX ${role}`, kind: 'COOPERATIVE', provinceCode: '01' },
        }),
    },
    producerUpdate: {
      // The owner (or an admin); staff are refused in producer-workspace.api.test.ts.
      allowed: ['producerA', 'admin'],
      run: (gql, role, world) =>
        gql(`mutation ($input: ProducerUpdateInput!) { producerUpdate(input: $input) { producer { addressLine } userErrors { code } } }`, {
          input: { producerId: toGlobalId('Producer', world.producers.a.id), addressLine: `Xóm Soi (${role})` },
        }),
    },
    producerApprove: {
      allowed: ['admin'],
      run: (gql) =>
        gql(`mutation ($id: ID!) { producerApprove(producerId: $id) { producer { verified } userErrors { code } } }`, { id: toGlobalId('Producer', pendingProducer) }),
    },
  },
};
