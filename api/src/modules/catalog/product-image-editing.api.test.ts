import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { SESSION_COOKIE } from '../../http/session-cookie.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, databaseFingerprint, type RoleWorld } from '../../test/roles.js';

const uploadsDir = await mkdtemp(path.join(tmpdir(), 'ocop-uploads-'));
afterAll(() => rm(uploadsDir, { recursive: true, force: true }));
const { orm } = await testDatabase();
const api = await testApi(orm, { env: { UPLOADS_DIR: uploadsDir } });
let world: RoleWorld;
let productId: string;
beforeAll(async () => {
  world = await createRoleWorld(orm, api);
  productId = toGlobalId('Product', world.products.a.id);
  for (const background of ['#2e7d32', '#f9a825', '#c62828']) {
    const png = await sharp({ create: { width: 60, height: 40, channels: 3, background } }).png().toBuffer();
    const res = await fetch(`${api.base}/uploads/product-images?productId=${encodeURIComponent(productId)}&alt=${encodeURIComponent(background)}`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', 'x-ocop-upload': '1', cookie: `${SESSION_COOKIE.development}=${world.users.producerA.token}` },
      body: new Uint8Array(png),
    });
    expect(res.status).toBe(201);
  }
});

const IMAGES = `query ($id: ID!, $product: ID!) { producerWorkspace(producerId: $id) { product(id: $product) { images { nodes { id alt url } } } } }`;
async function images(): Promise<{ id: string; alt: string; url: string }[]> {
  const result = await world.gqlAs('producerA')(IMAGES, { id: toGlobalId('Producer', world.producers.a.id), product: productId });
  return result.data!.producerWorkspace.product.images.nodes;
}
const REORDER = `mutation ($input: ProductImagesReorderInput!) { productImagesReorder(input: $input) { product { images { nodes { alt } } } userErrors { field code } } }`;
const REMOVE = `mutation ($id: ID!) { productImageRemove(imageId: $id) { product { images { nodes { alt } } } userErrors { field code } } }`;

describe('product photos', () => {
  it('are put in a new order by a member of the producer', async () => {
    const [green, gold, red] = await images();
    const result = await world.gqlAs('producerA')(REORDER, { input: { productId, imageIds: [red!.id, green!.id, gold!.id] } });
    expect(result.data!.productImagesReorder).toEqual({ product: { images: { nodes: [{ alt: '#c62828' }, { alt: '#2e7d32' }, { alt: '#f9a825' }] } }, userErrors: [] });
  });

  it('refuse an order that does not name each photo once, and writes nothing', async () => {
    const [first, second] = await images();
    const before = await databaseFingerprint(orm);
    const result = await world.gqlAs('producerA')(REORDER, { input: { productId, imageIds: [first!.id, second!.id, second!.id] } });
    expect(result.data!.productImagesReorder.userErrors).toEqual([{ field: ['input', 'imageIds'], code: 'IMAGE_ORDER_INVALID' }]);
    expect(await databaseFingerprint(orm)).toEqual(before);
  });

  it("cannot be removed or reordered by another producer's member", async () => {
    const all = await images();
    const before = await databaseFingerprint(orm);
    const remove = await world.gqlAs('producerB')(REMOVE, { id: all[0]!.id });
    expect(remove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reorder = await world.gqlAs('producerB')(REORDER, { input: { productId, imageIds: all.map((i) => i.id).reverse() } });
    expect(reorder.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(orm)).toEqual(before);
  });

  it('are removed with their files', async () => {
    const [first] = await images();
    const name = path.basename(first!.url);
    expect(await readdir(uploadsDir)).toContain(name);
    const result = await world.gqlAs('producerA')(REMOVE, { id: first!.id });
    expect(result.data!.productImageRemove).toEqual({ product: { images: { nodes: [{ alt: '#2e7d32' }, { alt: '#f9a825' }] } }, userErrors: [] });
    const files = await readdir(uploadsDir);
    expect(files).not.toContain(name);
    expect(files).not.toContain(name.replace('.webp', '-400.webp'));
    expect(files).toHaveLength(4);
    const again = await world.gqlAs('producerA')(REMOVE, { id: first!.id });
    expect(again.data!.productImageRemove.userErrors).toEqual([{ field: ['input', 'imageId'], code: 'NOT_FOUND' }]);
  });
});
