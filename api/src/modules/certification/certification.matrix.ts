import { toGlobalId } from '../../graphql/global-id.js';
import type { Orm } from '../../db/orm.js';
import type { ProductRow } from '../../db/seed/generate.js';
import { pick, viewerOf, type ModuleMatrix, type Targets } from '../../test/matrix.js';
import type { RoleWorld } from '../../test/roles.js';
import { createServices } from '../services.js';

/**
 * The certification module's rows of the authorisation matrix (accounts.matrix.test.ts):
 * evaluations, certificates and evaluation requests, all of producer A (province X = Hà Nội, the
 * province of council X).
 */
const SCORES_75 = { A: 30, B: 20, C: 25 };
/** Per role that may act, its own target (a recognition or revocation uses one up); `refused` for the others. */
const evaluationTo: Targets = {};
const certificateTo: Targets = {};
/** Evaluation requests: per role that may act, a product to submit, an open request to withdraw, one to reject. */
const submitTo: Targets = {};
const withdrawTo: Targets = {};
const rejectTo: Targets = {};
/** Products written into the world's catalogue, per role, for the targets above. */
const revocable: [keyof Targets, ProductRow][] = [];
const requestable: Record<'withdraw' | 'reject', [keyof Targets, ProductRow][]> = { withdraw: [], reject: [] };

export const CERTIFICATION_MATRIX: ModuleMatrix = {
  catalogue(builder, { a }) {
    // Producer A's other products get a 4★ certificate each, so a recognition in one row never
    // supersedes the certificate another row revokes.
    for (const who of ['councilX', 'admin', 'refused'] as const) revocable.push([who, builder.product(`Chè móc câu ${who}`, a)]);
    for (const who of ['producerA', 'admin', 'refused'] as const) submitTo[who] = builder.product(`Chè gửi đánh giá ${who}`, a).id;
    for (const who of ['producerA', 'admin', 'refused'] as const) requestable.withdraw.push([who, builder.product(`Chè rút hồ sơ ${who}`, a)]);
    for (const who of ['councilX', 'admin', 'refused'] as const) requestable.reject.push([who, builder.product(`Chè bị trả hồ sơ ${who}`, a)]);
  },

  async setUp(orm: Orm, world: RoleWorld) {
    const services = createServices(orm.em.fork());
    const ownerA = viewerOf(world, 'producerA');
    for (const [who, product] of requestable.withdraw) withdrawTo[who] = (await services.evaluationRequests.submit(ownerA, product.id)).result!.id;
    for (const [who, product] of requestable.reject) rejectTo[who] = (await services.evaluationRequests.submit(ownerA, product.id)).result!.id;
    // Scored 4★ evaluations of producer A's product to recognise.
    const evaluate = async (productId: string) =>
      (await services.certification.recordEvaluation({ productId, criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2025-09-01', scores: SCORES_75 })).result!.id;
    for (const who of ['councilX', 'admin', 'refused'] as const) evaluationTo[who] = await evaluate(world.products.a.id);
    for (const [who, product] of revocable) {
      const recognised = await services.certification.recognise({ evaluationId: await evaluate(product.id), number: `${who}/QĐ-UBND`, decisionDate: '2025-09-10', issuedBy: 'UBND thành phố Hà Nội' });
      certificateTo[who] = recognised.result!.certificate.id;
    }
  },

  rows: {
    evaluationRecord: {
      allowed: ['councilX', 'admin'],
      run: (gql, _role, world) =>
        gql(`mutation ($input: EvaluationRecordInput!) { evaluationRecord(input: $input) { evaluation { stars } userErrors { code } } }`, {
          input: {
            productId: toGlobalId('Product', world.products.a.id), criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2025-10-01',
            scores: Object.entries(SCORES_75).map(([part, score]) => ({ part, score })),
          },
        }),
    },
    certificateRecognise: {
      allowed: ['councilX', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: CertificateRecogniseInput!) { certificateRecognise(input: $input) { certificate { stars } userErrors { code } } }`, {
          input: { evaluationId: toGlobalId('Evaluation', pick(evaluationTo, role)), number: `${role}/QĐ-UBND`, decisionDate: '2025-09-20' },
        }),
    },
    certificateRevoke: {
      allowed: ['councilX', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: CertificateRevokeInput!) { certificateRevoke(input: $input) { certificate { state } userErrors { code } } }`, {
          input: { certificateId: toGlobalId('Certificate', pick(certificateTo, role)), reason: 'Vi phạm an toàn thực phẩm', revokedOn: '2025-10-01' },
        }),
    },
    evaluationRequestSubmit: {
      allowed: ['producerA', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($id: ID!) { evaluationRequestSubmit(input: { productId: $id }) { evaluationRequest { state } userErrors { code } } }`, {
          id: toGlobalId('Product', pick(submitTo, role)),
        }),
    },
    evaluationRequestWithdraw: {
      allowed: ['producerA', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($id: ID!) { evaluationRequestWithdraw(input: { requestId: $id }) { evaluationRequest { state } userErrors { code } } }`, {
          id: toGlobalId('EvaluationRequest', pick(withdrawTo, role)),
        }),
    },
    evaluationRequestReject: {
      allowed: ['councilX', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($id: ID!) { evaluationRequestReject(input: { requestId: $id, reason: "Hồ sơ thiếu phiếu kiểm nghiệm" }) { evaluationRequest { state } userErrors { code } } }`, {
          id: toGlobalId('EvaluationRequest', pick(rejectTo, role)),
        }),
    },
  },
};
