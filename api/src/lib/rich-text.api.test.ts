import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { testApi } from '../test/api.js';
import { testDatabase } from '../test/database.js';
import { createRoleWorld, type RoleWorld } from '../test/roles.js';
import { rows } from './sql.js';

/**
 * Acceptance 3 of issue 9 (stored XSS): every mutation that takes rich text stores it sanitised, and
 * every field that serves it serves it sanitised. The payloads are the usual ways to run script or
 * restyle a page from HTML; none of them may survive, while the story's own words and formatting do.
 */
const PAYLOAD = [
  '<p>Chè <strong>Tân Cương</strong> thơm ngon.</p>',
  '<svg onload="window.__xss=1"><circle r="1"/></svg>',
  '<img src="x" onerror="window.__xss=1">',
  '<a href="javascript:window.__xss=1">Xem thêm</a>',
  '<a href="JaVaScRiPt&colon;window.__xss=1">Ưu đãi</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<p style="position:fixed;inset:0;background:url(https://evil.example/x)">Mua ngay</p>',
  '<script>window.__xss=1</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
].join('');

/** What must not be left of the payload, in stored or served HTML. */
const FORBIDDEN = [/<svg/i, /<img/i, /<iframe/i, /<script/i, /<style/i, /<math/i, /\bon\w+\s*=/i, /javascript/i, /style\s*=/i, /evil\.example/i];

function expectSafe(html: string): void {
  for (const pattern of FORBIDDEN) expect(html, `${pattern} in ${html}`).not.toMatch(pattern);
  expect(html).toContain('<p>Chè <strong>Tân Cương</strong> thơm ngon.</p>');
}

const { orm } = await testDatabase();
const api = await testApi(orm);
let world: RoleWorld;
let pointId: string;
let experienceId: string;

const stored = async (table: 'product' | 'producer' | 'tourism_operator' | 'tourism_point' | 'experience', column: 'description' | 'story', id: string) =>
  (await rows<{ html: string }>(orm.em.fork(), `select ${column} as html from ${table} where id = ?`, [id]))[0]!.html;

beforeAll(async () => {
  world = await createRoleWorld(orm, api);
});

describe('stored XSS: rich text is sanitised when written and when served', () => {
  it('productCreate and productUpdate (product descriptions)', async () => {
    const created = await world.gqlAs('producerA')(
      `mutation ($input: ProductCreateInput!) { productCreate(input: $input) { product { id descriptionHtml } userErrors { code } } }`,
      { input: { producerId: toGlobalId('Producer', world.producers.a.id), name: 'Chè XSS', description: PAYLOAD, group: 'BEVERAGES', variants: [{ sku: 'XSS-1', label: 'hộp 100 g', price: 120_000, stock: 5 }] } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.productCreate.userErrors).toEqual([]);
    expectSafe(created.data!.productCreate.product.descriptionHtml);
    const [newId] = await rows<{ id: string }>(orm.em.fork(), `select id from product where name = 'Chè XSS'`);
    expectSafe(await stored('product', 'description', newId!.id));

    const updated = await world.gqlAs('producerA')(
      `mutation ($input: ProductUpdateInput!) { productUpdate(input: $input) { product { descriptionHtml } userErrors { code } } }`,
      { input: { productId: toGlobalId('Product', world.products.a.id), description: PAYLOAD } },
    );
    expect(updated.data!.productUpdate.userErrors).toEqual([]);
    expectSafe(updated.data!.productUpdate.product.descriptionHtml);
    expectSafe(await stored('product', 'description', world.products.a.id));
    const served = await api.gql(`query ($slug: String!) { product(slug: $slug) { descriptionHtml } }`, { slug: world.products.a.slug });
    expectSafe(served.data!.product.descriptionHtml);
  });

  it('producerRegister and producerUpdate (producer stories)', async () => {
    const registered = await world.gqlAs('shopper')(
      `mutation ($input: ProducerRegisterInput!) { producerRegister(input: $input) { producer { id storyHtml } userErrors { code } } }`,
      { input: { name: 'HTX XSS', kind: 'COOPERATIVE', provinceCode: '01', story: PAYLOAD } },
    );
    expect(registered.data!.producerRegister.userErrors).toEqual([]);
    expectSafe(registered.data!.producerRegister.producer.storyHtml);
    const [row] = await rows<{ id: string }>(orm.em.fork(), `select id from producer where name = 'HTX XSS'`);
    expectSafe(await stored('producer', 'story', row!.id));

    const updated = await world.gqlAs('producerA')(
      `mutation ($input: ProducerUpdateInput!) { producerUpdate(input: $input) { producer { storyHtml } userErrors { code } } }`,
      { input: { producerId: toGlobalId('Producer', world.producers.a.id), story: PAYLOAD } },
    );
    expect(updated.data!.producerUpdate.userErrors).toEqual([]);
    expectSafe(updated.data!.producerUpdate.producer.storyHtml);
    expectSafe(await stored('producer', 'story', world.producers.a.id));
  });

  it('operatorRegister and operatorUpdate (tourism operator descriptions)', async () => {
    const registered = await world.gqlAs('shopper')(
      `mutation ($input: OperatorRegisterInput!) { operatorRegister(input: $input) { operator { descriptionHtml } userErrors { code } } }`,
      { input: { name: 'Du lịch XSS', kind: 'COMMUNITY_GROUP', provinceCode: '01', description: PAYLOAD } },
    );
    expect(registered.data!.operatorRegister.userErrors).toEqual([]);
    expectSafe(registered.data!.operatorRegister.operator.descriptionHtml);
    const [row] = await rows<{ id: string }>(orm.em.fork(), `select id from tourism_operator where name = 'Du lịch XSS'`);
    expectSafe(await stored('tourism_operator', 'description', row!.id));

    const updated = await world.gqlAs('operator')(
      `mutation ($input: OperatorUpdateInput!) { operatorUpdate(input: $input) { operator { descriptionHtml } userErrors { code } } }`,
      { input: { operatorId: toGlobalId('TourismOperator', world.operators.o.id), description: PAYLOAD } },
    );
    expect(updated.data!.operatorUpdate.userErrors).toEqual([]);
    expectSafe(updated.data!.operatorUpdate.operator.descriptionHtml);
    expectSafe(await stored('tourism_operator', 'description', world.operators.o.id));
  });

  it('tourismPointCreate and tourismPointUpdate (tourism point descriptions)', async () => {
    const created = await world.gqlAs('operator')(
      `mutation ($input: TourismPointCreateInput!) { tourismPointCreate(input: $input) { point { id descriptionHtml } userErrors { code } } }`,
      { input: { operatorId: toGlobalId('TourismOperator', world.operators.o.id), name: 'Homestay XSS', kind: 'HOMESTAY', description: PAYLOAD } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.tourismPointCreate.userErrors).toEqual([]);
    expectSafe(created.data!.tourismPointCreate.point.descriptionHtml);
    const [row] = await rows<{ id: string }>(orm.em.fork(), `select id from tourism_point where name = 'Homestay XSS'`);
    pointId = row!.id;
    expectSafe(await stored('tourism_point', 'description', pointId));

    const updated = await world.gqlAs('operator')(
      `mutation ($input: TourismPointUpdateInput!) { tourismPointUpdate(input: $input) { point { descriptionHtml } userErrors { code } } }`,
      { input: { pointId: toGlobalId('TourismPoint', pointId), description: `<p>Mới</p>${PAYLOAD}` } },
    );
    expect(updated.data!.tourismPointUpdate.userErrors).toEqual([]);
    expectSafe(updated.data!.tourismPointUpdate.point.descriptionHtml);
    expectSafe(await stored('tourism_point', 'description', pointId));
  });

  it('experienceCreate and experienceUpdate (experience descriptions)', async () => {
    const created = await world.gqlAs('operator')(
      `mutation ($input: ExperienceCreateInput!) { experienceCreate(input: $input) { experience { id descriptionHtml } userErrors { code } } }`,
      { input: { pointId: toGlobalId('TourismPoint', pointId), name: 'Làm tương XSS', durationMinutes: 60, maxPartySize: 4, prices: [{ unitType: 'ADULT', amount: 100_000 }], description: PAYLOAD } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.experienceCreate.userErrors).toEqual([]);
    expectSafe(created.data!.experienceCreate.experience.descriptionHtml);
    const [row] = await rows<{ id: string }>(orm.em.fork(), `select id from experience where name = 'Làm tương XSS'`);
    experienceId = row!.id;
    expectSafe(await stored('experience', 'description', experienceId));

    const updated = await world.gqlAs('operator')(
      `mutation ($input: ExperienceUpdateInput!) { experienceUpdate(input: $input) { experience { descriptionHtml } userErrors { code } } }`,
      { input: { experienceId: toGlobalId('Experience', experienceId), description: PAYLOAD } },
    );
    expect(updated.data!.experienceUpdate.userErrors).toEqual([]);
    expectSafe(updated.data!.experienceUpdate.experience.descriptionHtml);
    expectSafe(await stored('experience', 'description', experienceId));
  });

  it('rows written around the API (SQL, older rules) are sanitised when served', async () => {
    await rows(orm.em.fork(), `update product set description = ? where id = ?`, [PAYLOAD, world.products.b.id]);
    const served = await api.gql(`query ($slug: String!) { product(slug: $slug) { descriptionHtml description } }`, { slug: world.products.b.slug });
    expectSafe(served.data!.product.descriptionHtml);
    expect(served.data!.product.description).not.toMatch(/<|onerror|onload/);
  });
});
