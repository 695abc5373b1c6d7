import { beforeAll, describe, expect, it } from 'vitest';
import { localIdOf, toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, type RoleWorld } from '../../test/roles.js';

const { orm } = await testDatabase();
const api = await testApi(orm);
let world: RoleWorld;
beforeAll(async () => {
  // Producer A (Hà Nội) has a product with a certificate valid whatever the test clock: its craft village is an OCOP village.
  world = await createRoleWorld(orm, api, { catalogue: (b, { a }) => void b.certificate(b.product('Chè Tân Cương OCOP', a), 4, '2024-01-01', '2099-01-01') });
});

const CREATE = `mutation ($input: ProgrammePlanCreateInput!) { programmePlanCreate(input: $input) { plan { id title } userErrors { field code } } }`;
const TARGET = `id kind label targetValue minStars denominator progress { target status }`;
const ADD = `mutation ($input: ProgrammeTargetAddInput!) { programmeTargetAdd(input: $input) { target { ${TARGET} } plan { targets { label } } userErrors { field code } } }`;
const UPDATE = `mutation ($input: ProgrammeTargetUpdateInput!) { programmeTargetUpdate(input: $input) { target { ${TARGET} } userErrors { field code } } }`;
const DELETE = `mutation ($id: ID!) { programmeTargetDelete(targetId: $id) { deletedTargetId plan { targets { id label } } userErrors { field code } } }`;
const AUDIT = `query ($id: ID!) { auditEvents(first: 20, filter: { subjectId: $id }) { nodes { action before after } } }`;

async function hanoiPlan(title: string): Promise<string> {
  const res = await world.gqlAs('councilX')(CREATE, {
    input: { provinceId: toGlobalId('Province', world.provinces.x), title, periodStart: '2026-01-01', periodEnd: '2030-12-31', decisionReference: '12/KH-UBND' },
  });
  expect(res.data!.programmePlanCreate.userErrors).toEqual([]);
  return res.data!.programmePlanCreate.plan.id;
}

describe('programme targets, one at a time', () => {
  it('lets the province council add, change and remove targets, keeping each target’s id and the plan’s order', async () => {
    const council = world.gqlAs('councilX');
    const planId = await hanoiPlan('Hà Nội 2026–2030');
    const added = await council(ADD, { input: { planId, kind: 'PRODUCTS_CERTIFIED_MIN_STARS', label: ' 500 sản phẩm OCOP 3 sao trở lên ', targetValue: 500, minStars: 3 } });
    expect(added.data!.programmeTargetAdd).toMatchObject({
      target: { kind: 'PRODUCTS_CERTIFIED_MIN_STARS', label: '500 sản phẩm OCOP 3 sao trở lên', targetValue: 500, minStars: 3, progress: { target: 500 } },
      userErrors: [],
    });
    const share = await council(ADD, { input: { planId, kind: 'SHARE_PRODUCERS_MODERN_CHANNELS', label: '30% chủ thể bán qua kênh hiện đại', targetValue: 30 } });
    expect(share.data!.programmeTargetAdd.plan.targets.map((t: { label: string }) => t.label)).toEqual(['500 sản phẩm OCOP 3 sao trở lên', '30% chủ thể bán qua kênh hiện đại']);

    const id = added.data!.programmeTargetAdd.target.id;
    const changed = await council(UPDATE, { input: { targetId: id, kind: 'PRODUCTS_CERTIFIED_MIN_STARS', label: '600 sản phẩm OCOP', targetValue: 600, minStars: 4 } });
    expect(changed.data!.programmeTargetUpdate).toMatchObject({ target: { id, label: '600 sản phẩm OCOP', targetValue: 600, minStars: 4 }, userErrors: [] });

    const removed = await council(DELETE, { id });
    expect(removed.data!.programmeTargetDelete).toMatchObject({ deletedTargetId: id, plan: { targets: [{ label: '30% chủ thể bán qua kênh hiện đại' }] }, userErrors: [] });
    const again = await council(DELETE, { id });
    expect(again.errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // a council learns nothing of ids it cannot edit
    const asAdmin = await world.gqlAs('admin')(DELETE, { id });
    expect(asAdmin.data!.programmeTargetDelete.userErrors).toEqual([{ field: ['input', 'targetId'], code: 'NOT_FOUND' }]);
  });

  it('checks the figures each kind needs, naming the field', async () => {
    const council = world.gqlAs('councilX');
    const planId = await hanoiPlan('Hà Nội – kiểm tra chỉ tiêu');
    const add = async (input: Record<string, unknown>) => (await council(ADD, { input: { planId, ...input } })).data!.programmeTargetAdd.userErrors;
    expect(await add({ kind: 'PRODUCTS_PER_YEAR_MIN_STARS', label: 'Mỗi năm 50 sản phẩm', targetValue: 50 })).toEqual([{ field: ['input', 'minStars'], code: 'INVALID_MIN_STARS' }]);
    expect(await add({ kind: 'PRODUCTS_EVALUATED', label: '1.000 sản phẩm', targetValue: 1000, minStars: 3 })).toEqual([{ field: ['input', 'minStars'], code: 'INVALID_MIN_STARS' }]);
    expect(await add({ kind: 'SHARE_CRAFT_VILLAGES_WITH_OCOP', label: '120% làng nghề', targetValue: 120, denominator: 40 })).toEqual([{ field: ['input', 'targetValue'], code: 'INVALID_TARGET_VALUE' }]);
    expect(await add({ kind: 'SALES_POINTS_COUNT', label: '  ', targetValue: 0 })).toEqual([
      { field: ['input', 'label'], code: 'TARGET_LABEL_REQUIRED' },
      { field: ['input', 'targetValue'], code: 'INVALID_TARGET_VALUE' },
    ]);
    expect(await add({ kind: 'SALES_POINTS_COUNT', label: 'x'.repeat(301), targetValue: 8 })).toEqual([{ field: ['input', 'label'], code: 'TARGET_LABEL_TOO_LONG' }]);
    // Hà Nội's craft villages: Tân Cương with producer A (an OCOP product), Bát Tràng with no producer recorded yet.
    const village = async (name: string, craft: string) =>
      (await council(`mutation ($input: CraftVillageCreateInput!) { craftVillageCreate(input: $input) { craftVillage { id } } }`, { input: { provinceCode: '01', name, craft } }))
        .data!.craftVillageCreate.craftVillage.id;
    const tanCuong = await village('Làng chè Tân Cương', 'chè');
    await village('Làng gốm Bát Tràng', 'gốm');
    await council(`mutation ($input: CraftVillageProducerAssignInput!) { craftVillageProducerAssign(input: $input) { userErrors { code } } }`, {
      input: { producerId: toGlobalId('Producer', world.producers.a.id), craftVillageId: tanCuong },
    });
    const share = `progress { value target share { count total } }`;
    // One of Hà Nội's 2 villages recorded; the plan's stated 40 villages when it gives them.
    const stated = await council(ADD.replace('progress { target status }', share), { input: { planId, kind: 'SHARE_CRAFT_VILLAGES_WITH_OCOP', label: '50% làng nghề có sản phẩm OCOP', targetValue: 50, denominator: 40 } });
    expect(stated.data!.programmeTargetAdd.target).toMatchObject({ denominator: 40, progress: { value: 2.5, target: 50, share: { count: 1, total: 40 } } });
    const recorded = await council(ADD.replace('progress { target status }', share), { input: { planId, kind: 'SHARE_CRAFT_VILLAGES_WITH_OCOP', label: 'Một nửa số làng nghề có sản phẩm OCOP', targetValue: 50 } });
    expect(recorded.data!.programmeTargetAdd.target).toMatchObject({ denominator: null, progress: { value: 50, target: 50, share: { count: 1, total: 2 } } });
  });

  it('keeps a plan at 20 targets', async () => {
    const planId = await hanoiPlan('Hà Nội – 20 chỉ tiêu');
    const admin = world.gqlAs('admin');
    for (let i = 0; i < 20; i++) {
      const res = await admin(ADD, { input: { planId, kind: 'SALES_POINTS_COUNT', label: `Điểm bán ${i}`, targetValue: i + 1 } });
      expect(res.data!.programmeTargetAdd.userErrors).toEqual([]);
    }
    const more = await admin(ADD, { input: { planId, kind: 'SALES_POINTS_COUNT', label: 'Điểm bán 21', targetValue: 21 } });
    expect(more.data!.programmeTargetAdd.userErrors).toEqual([{ field: ['input', 'planId'], code: 'TOO_MANY_TARGETS' }]);
  });

  it('refuses the council of another province, changing nothing', async () => {
    const planId = await hanoiPlan('Hà Nội – của hội đồng Hà Nội');
    const added = await world.gqlAs('admin')(ADD, { input: { planId, kind: 'SALES_POINTS_COUNT', label: '8 điểm bán', targetValue: 8 } });
    const id = added.data!.programmeTargetAdd.target.id;
    const other = world.gqlAs('councilY');
    for (const res of [
      await other(ADD, { input: { planId, kind: 'SALES_POINTS_COUNT', label: '9 điểm bán', targetValue: 9 } }),
      await other(UPDATE, { input: { targetId: id, kind: 'SALES_POINTS_COUNT', label: '9 điểm bán', targetValue: 9 } }),
      await other(DELETE, { id }),
    ]) {
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const [target] = await rows<{ label: string }>(orm.em.fork(), `select label from programme_target where plan_id = ?`, [localIdOf(planId, 'ProgrammePlan')]);
    expect(target).toEqual({ label: '8 điểm bán' });
  });

  it('writes every change of a plan and its targets to the audit log, the plan as subject', async () => {
    const council = world.gqlAs('councilX');
    const planId = await hanoiPlan('Hà Nội – nhật ký');
    const added = await council(ADD, { input: { planId, kind: 'PRODUCTS_EVALUATED', label: '1.000 sản phẩm được đánh giá', targetValue: 1000 } });
    const id = added.data!.programmeTargetAdd.target.id;
    await council(UPDATE, { input: { targetId: id, kind: 'PRODUCTS_EVALUATED', label: '1.200 sản phẩm được đánh giá', targetValue: 1200 } });
    await council(DELETE, { id });
    await council(`mutation ($input: ProgrammePlanUpdateInput!) { programmePlanUpdate(input: $input) { userErrors { code } } }`, { input: { planId, title: 'Hà Nội – nhật ký (sửa)' } });
    const log = await world.gqlAs('admin')(AUDIT, { id: planId });
    expect(log.errors).toBeUndefined();
    const events = [...log.data!.auditEvents.nodes].reverse();
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'PROGRAMME_PLAN_CREATED', 'PROGRAMME_TARGET_ADDED', 'PROGRAMME_TARGET_UPDATED', 'PROGRAMME_TARGET_REMOVED', 'PROGRAMME_PLAN_UPDATED',
    ]);
    expect(events[0].after).toMatchObject({ title: 'Hà Nội – nhật ký', decisionReference: '12/KH-UBND', targets: [] });
    expect(events[2]).toMatchObject({ before: { targetValue: 1000 }, after: { targetValue: 1200, label: '1.200 sản phẩm được đánh giá' } });
    expect(events[3]).toMatchObject({ before: { label: '1.200 sản phẩm được đánh giá' }, after: null });
    expect(events[4]).toMatchObject({ before: { title: 'Hà Nội – nhật ký' }, after: { title: 'Hà Nội – nhật ký (sửa)' } });
  });
});

describe('plans as issued', () => {
  it('lists only the plans of a historic unit with asIssued, and those rolled up without', async () => {
    const titles = async (code: string, asIssued: boolean) =>
      (await api.gql(`query ($code: String, $asIssued: Boolean) { plans(provinceCode: $code, asIssued: $asIssued, first: 50) { nodes { title } } }`, { code, asIssued }))
        .data!.plans.nodes.map((p: { title: string }) => p.title);
    expect(await titles('30', true)).toEqual(['Hải Dương 2023–2025']);
    expect(await titles('31', false)).toEqual(expect.arrayContaining(['Hải Dương 2023–2025', 'Hải Phòng 2021–2025']));
    expect(await titles('31', true)).toEqual(['Hải Phòng 2021–2025']);
  });
});

