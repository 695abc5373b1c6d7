import { toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import type { ModuleMatrix } from '../../test/matrix.js';
import type { RoleName } from '../../test/roles.js';

/**
 * The programme module's rows of the authorisation matrix (accounts.matrix.test.ts): plans and
 * targets of Hà Nội (council X's province).
 */
const own = (role: RoleName) => (role === 'councilX' || role === 'admin' ? role : 'refused');

export const PROGRAMME_MATRIX: ModuleMatrix = {
  async setUp(orm) {
    // Plans to delete, one per role that may.
    for (const who of ['councilX', 'admin', 'refused'] as const) {
      await rows(orm.em.fork(), `insert into programme_plan (id, province_id, title, period_start, period_end, created_at, updated_at) values (?, 'prv_01', ?, '2026-01-01', '2030-12-31', now(), now())`, [`pln_matrix_${who}`, `Hà Nội 2026–2030 (${who})`]);
    }
    // A plan whose targets the target rows change: one to update, one per role that may remove one.
    await rows(orm.em.fork(), `insert into programme_plan (id, province_id, title, period_start, period_end, created_at, updated_at) values ('pln_matrix_targets', 'prv_01', 'Hà Nội 2026–2030 (chỉ tiêu)', '2026-01-01', '2030-12-31', now(), now())`);
    for (const [i, id] of ['update', 'delete_councilX', 'delete_admin', 'delete_refused'].entries()) {
      await rows(orm.em.fork(), `insert into programme_target (id, plan_id, kind, label, target_value, min_stars, position) values (?, 'pln_matrix_targets', 'PRODUCTS_CERTIFIED_MIN_STARS', ?, 100, 3, ?)`, [`tgt_matrix_${id}`, `100 sản phẩm (${id})`, i]);
    }
  },

  rows: {
    programmePlanCreate: {
      allowed: ['councilX', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: ProgrammePlanCreateInput!) { programmePlanCreate(input: $input) { plan { title } userErrors { code } } }`, {
          input: {
            provinceId: toGlobalId('Province', 'prv_01'), title: `Hà Nội 2026–2030 mới (${role})`, periodStart: '2026-01-01', periodEnd: '2030-12-31',
            targets: [{ kind: 'PRODUCTS_CERTIFIED_MIN_STARS', label: '500 sản phẩm', targetValue: 500, minStars: 3 }],
          },
        }),
    },
    programmePlanUpdate: {
      allowed: ['councilX', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: ProgrammePlanUpdateInput!) { programmePlanUpdate(input: $input) { plan { title } userErrors { code } } }`, {
          input: { planId: toGlobalId('ProgrammePlan', 'pln_ha_noi_2019_2020'), decisionReference: `KH ${role}` },
        }),
    },
    programmePlanDelete: {
      allowed: ['councilX', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($id: ID!) { programmePlanDelete(planId: $id) { plan { title } userErrors { code } } }`, {
          id: toGlobalId('ProgrammePlan', `pln_matrix_${own(role)}`),
        }),
    },
    programmeTargetAdd: {
      allowed: ['councilX', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: ProgrammeTargetAddInput!) { programmeTargetAdd(input: $input) { target { label } userErrors { code } } }`, {
          input: { planId: toGlobalId('ProgrammePlan', 'pln_matrix_targets'), kind: 'SALES_POINTS_COUNT', label: `8 điểm bán (${role})`, targetValue: 8 },
        }),
    },
    programmeTargetUpdate: {
      allowed: ['councilX', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: ProgrammeTargetUpdateInput!) { programmeTargetUpdate(input: $input) { target { label } userErrors { code } } }`, {
          input: { targetId: toGlobalId('ProgrammeTarget', 'tgt_matrix_update'), kind: 'PRODUCTS_CERTIFIED_MIN_STARS', label: `120 sản phẩm (${role})`, targetValue: 120, minStars: 3 },
        }),
    },
    programmeTargetDelete: {
      allowed: ['councilX', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($id: ID!) { programmeTargetDelete(targetId: $id) { deletedTargetId userErrors { code } } }`, {
          id: toGlobalId('ProgrammeTarget', `tgt_matrix_delete_${own(role)}`),
        }),
    },
  },
};
