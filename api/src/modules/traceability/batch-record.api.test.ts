import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { SESSION_COOKIE } from '../../http/session-cookie.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, databaseFingerprint, refusalCode, TEST_PASSWORD, type RoleWorld } from '../../test/roles.js';
import { createServices } from '../services.js';

// "Today" is 23/11/2026 in Vietnam.
const { orm } = await testDatabase();
const api = await testApi(orm, { now: () => new Date('2026-11-23T03:00:00Z') });
let world: RoleWorld;
let staffToken: string;

beforeAll(async () => {
  world = await createRoleWorld(orm, api);
  const services = createServices(orm.em.fork());
  const staff = await services.accounts.signUp({ email: 'staff@batch.test', password: TEST_PASSWORD });
  await services.roles.grantUnchecked(staff.viewer!.userId, { kind: 'PRODUCER_MEMBER', producerId: world.producers.a.id, producerRole: 'STAFF' });
  staffToken = staff.session!.token;
});

const RECORD = `mutation ($input: BatchRecordInput!) { batchRecord(input: $input) {
  batch { lotCode productionDate expiryDate quantity unit traceCode rawMaterialProvince { code name } product { name } }
  userErrors { field code } } }`;
const input = (patch: Record<string, unknown> = {}) => ({
  productId: toGlobalId('Product', world.products.a.id), lotCode: 'TC-2611-01', productionDate: '2026-11-20', expiryDate: '2027-11-20',
  quantity: 500, unit: 'gói', rawMaterialOrigin: 'Đồi chè Tân Cương', rawMaterialProvinceCode: '01', ...patch,
});

describe('batchRecord', () => {
  it("lets the producer's owner record a batch, which the trace page then finds", async () => {
    const res = await world.gqlAs('producerA')(RECORD, { input: input() });
    expect(res.data!.batchRecord).toEqual({
      batch: {
        lotCode: 'TC-2611-01', productionDate: '2026-11-20', expiryDate: '2027-11-20', quantity: 500, unit: 'gói', traceCode: expect.any(String),
        rawMaterialProvince: { code: '01', name: 'Hà Nội' }, product: { name: 'Chè búp Tân Cương' },
      },
      userErrors: [],
    });
    const traced = await world.gqlAs('anonymous')(`query ($code: String!) { trace(code: $code) { lotCode } }`, { code: res.data!.batchRecord.batch.traceCode });
    expect(traced.data!.trace).toEqual({ lotCode: 'TC-2611-01' });
  });

  it('lets staff record too, and refuses a duplicate lot', async () => {
    const staff = (query: string, variables: Record<string, unknown>) =>
      api.gql(query, variables, { headers: { cookie: `${SESSION_COOKIE.development}=${staffToken}` } });
    expect((await staff(RECORD, { input: input({ lotCode: 'TC-2611-02', rawMaterialProvinceCode: null }) })).data!.batchRecord.userErrors).toEqual([]);
    expect((await staff(RECORD, { input: input({ lotCode: 'TC-2611-02' }) })).data!.batchRecord.userErrors).toEqual([
      { field: ['input', 'lotCode'], code: 'DUPLICATE_LOT_CODE' },
    ]);
  });

  it('reports every broken rule at once, an unknown province code among them, and writes nothing', async () => {
    const before = await databaseFingerprint(orm);
    const res = await world.gqlAs('producerA')(RECORD, {
      input: input({ lotCode: ' ', productionDate: '2026-11-24', expiryDate: '2026-11-01', quantity: -1, rawMaterialProvinceCode: '99' }),
    });
    expect(res.data!.batchRecord.userErrors).toEqual([
      { field: ['input', 'lotCode'], code: 'LOT_CODE_REQUIRED' },
      { field: ['input', 'productionDate'], code: 'PRODUCTION_DATE_IN_FUTURE' },
      { field: ['input', 'expiryDate'], code: 'EXPIRY_BEFORE_PRODUCTION' },
      { field: ['input', 'quantity'], code: 'NEGATIVE_QUANTITY' },
      { field: ['input', 'rawMaterialProvinceCode'], code: 'PROVINCE_NOT_FOUND' },
    ]);
    expect(await databaseFingerprint(orm)).toEqual(before);
  });

  it("answers NOT_FOUND for an unknown or other-type product id, and FORBIDDEN for another producer's product", async () => {
    for (const productId of ['?', toGlobalId('Product', 'prd_none'), toGlobalId('Producer', world.producers.a.id)]) {
      const res = await world.gqlAs('producerA')(RECORD, { input: input({ productId }) });
      expect(res.data!.batchRecord.userErrors).toEqual([{ field: ['input', 'productId'], code: 'NOT_FOUND' }]);
    }
    const before = await databaseFingerprint(orm);
    const res = await world.gqlAs('producerA')(RECORD, { input: input({ productId: toGlobalId('Product', world.products.b.id), lotCode: 'MX-1' }) });
    expect(refusalCode(res, 'batchRecord')).toBe('FORBIDDEN');
    expect(await databaseFingerprint(orm)).toEqual(before);
  });
});
