import { toGlobalId } from '../../graphql/global-id.js';
import type { Orm } from '../../db/orm.js';
import { viewerOf, type MatrixRow, type ModuleMatrix } from '../../test/matrix.js';
import type { RoleName, RoleWorld } from '../../test/roles.js';
import { createServices } from '../services.js';

/**
 * The craft villages' rows of the authorisation matrix (accounts.matrix.test.ts): every mutation
 * of villages and their producers, on villages of province X (Hà Nội, council X's) written by
 * `setUp` after the role world exists. Allowed: admins and council X; everyone else is refused.
 */
type Who = 'councilX' | 'admin' | 'refused';

const EDITORS = ['councilX', 'admin'] as const;
const targets = { villageId: '', producerId: '', deleteTo: {} as Partial<Record<Who, string>> };
const who = (role: RoleName): Who => (role === 'councilX' || role === 'admin' ? role : 'refused');

async function setUp(orm: Orm, world: RoleWorld): Promise<void> {
  const services = createServices(orm.em.fork());
  const admin = viewerOf(world, 'admin');
  const village = async (name: string) => {
    const created = await services.craftVillageEditing.create(admin, '01', { name, craft: 'gốm' }, '2026-01-01');
    if (!created.village) throw new Error(JSON.stringify(created.userErrors));
    return created.village.id;
  };
  targets.villageId = await village('Làng gốm Bát Tràng (ma trận)');
  targets.producerId = world.producers.a.id;
  for (const w of ['councilX', 'admin', 'refused'] as const) targets.deleteTo[w] = await village(`Làng sẽ xoá (${w})`);
}

const PAYLOAD = `craftVillage { name } userErrors { code }`;

const rows: Record<string, MatrixRow> = {
  craftVillageCreate: {
    allowed: EDITORS,
    run: (gql, role) => gql(`mutation ($input: CraftVillageCreateInput!) { craftVillageCreate(input: $input) { ${PAYLOAD} } }`, {
      input: { provinceCode: '01', name: `Làng lụa Vạn Phúc (${role})`, craft: 'dệt lụa', recognitionDecision: `${role}/QĐ-UBND`, recognisedOn: '2010-05-01' },
    }),
  },
  craftVillageUpdate: {
    allowed: EDITORS,
    run: (gql, role) => gql(`mutation ($input: CraftVillageUpdateInput!) { craftVillageUpdate(input: $input) { ${PAYLOAD} } }`, {
      input: { craftVillageId: toGlobalId('CraftVillage', targets.villageId), name: 'Làng gốm Bát Tràng (ma trận)', craft: `gốm sứ (${role})` },
    }),
  },
  craftVillageDelete: {
    allowed: EDITORS,
    run: (gql, role) => gql(`mutation ($id: ID!) { craftVillageDelete(craftVillageId: $id) { ${PAYLOAD} } }`, { id: toGlobalId('CraftVillage', targets.deleteTo[who(role)]!) }),
  },
  craftVillageProducerAssign: {
    allowed: EDITORS,
    run: (gql) => gql(`mutation ($input: CraftVillageProducerAssignInput!) { craftVillageProducerAssign(input: $input) { ${PAYLOAD} } }`, {
      input: { producerId: toGlobalId('Producer', targets.producerId), craftVillageId: toGlobalId('CraftVillage', targets.villageId) },
    }),
  },
};

export const CRAFT_VILLAGES_MATRIX: ModuleMatrix = { setUp, rows };
