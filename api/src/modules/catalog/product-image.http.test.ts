import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { SESSION_COOKIE } from '../../http/session-cookie.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, databaseFingerprint, type RoleName, type RoleWorld } from '../../test/roles.js';
import { MAX_IMAGE_BYTES, sniffImageType } from './product-image.service.js';

const uploadsDir = await mkdtemp(path.join(tmpdir(), 'ocop-uploads-'));
afterAll(() => rm(uploadsDir, { recursive: true, force: true }));
const { orm } = await testDatabase();
const api = await testApi(orm, { env: { UPLOADS_DIR: uploadsDir } });
let world: RoleWorld;
let png: Buffer;
beforeAll(async () => {
  world = await createRoleWorld(orm, api);
  png = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#2e7d32' } }).png().toBuffer();
});

async function upload(role: RoleName, body: Buffer, options: { type?: string; productId?: string; header?: boolean } = {}) {
  const productId = options.productId ?? toGlobalId('Product', world.products.a.id);
  const headers: Record<string, string> = { 'content-type': options.type ?? 'image/png' };
  if (options.header !== false) headers['x-ocop-upload'] = '1';
  if (role !== 'anonymous') headers.cookie = `${SESSION_COOKIE.development}=${world.users[role].token}`;
  const res = await fetch(`${api.base}/uploads/product-images?productId=${encodeURIComponent(productId)}&alt=${encodeURIComponent('Chè búp')}`, {
    method: 'POST', headers, body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as { image: any; userErrors: { code: string }[] } };
}

async function expectNothingWritten(run: () => Promise<{ status: number; body: { userErrors: { code: string }[] } }>, status: number, code: string) {
  const before = await databaseFingerprint(orm);
  const files = await readdir(uploadsDir);
  const result = await run();
  expect(result.status).toBe(status);
  expect(result.body.userErrors.map((e) => e.code)).toEqual([code]);
  expect(await databaseFingerprint(orm)).toEqual(before);
  expect(await readdir(uploadsDir)).toEqual(files);
}

describe('POST /uploads/product-images', () => {
  it('accepts a PNG from a member of the product\'s producer, resized to 1600 px with a 400 px thumbnail', async () => {
    const { status, body } = await upload('producerA', png);
    expect(status).toBe(201);
    expect(body.image).toMatchObject({ alt: 'Chè búp', width: 1600, height: 800 });
    const name = path.basename(body.image.url);
    expect(body.image.url).toBe(`/uploads/${name}`);
    const thumbnail = await sharp(await readFile(path.join(uploadsDir, name.replace('.webp', '-400.webp')))).metadata();
    expect([thumbnail.width, thumbnail.height]).toEqual([400, 200]);

    const served = await fetch(`${api.base}${body.image.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(sniffImageType(Buffer.from(await served.arrayBuffer()))).toBe('image/webp');

    const gql = await api.gql(`query ($slug: String!) { product(slug: $slug) { images { nodes { url width height alt } } } }`, { slug: world.products.a.slug });
    expect(gql.data!.product.images.nodes).toContainEqual({ url: body.image.url, width: 1600, height: 800, alt: 'Chè búp' });
  });

  it('lets an admin upload too', async () => {
    expect((await upload('admin', png)).status).toBe(201);
  });

  it('refuses a text file renamed .png (checked by magic bytes) with 415', async () => {
    await expectNothingWritten(() => upload('producerA', Buffer.from('just some text pretending to be a picture')), 415, 'UNSUPPORTED_MEDIA_TYPE');
    // Right magic bytes, broken image.
    await expectNothingWritten(() => upload('producerA', Buffer.concat([png.subarray(0, 16), Buffer.alloc(200)])), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectNothingWritten(() => upload('producerA', png, { type: 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses more than 5 MB with 413', async () => {
    await expectNothingWritten(() => upload('producerA', Buffer.concat([png, Buffer.alloc(MAX_IMAGE_BYTES)])), 413, 'TOO_LARGE');
  });

  it("refuses another producer's member (403), anonymous (401), a missing upload header (400) and an unknown product (404)", async () => {
    await expectNothingWritten(() => upload('producerB', png), 403, 'FORBIDDEN');
    await expectNothingWritten(() => upload('councilX', png), 403, 'FORBIDDEN');
    await expectNothingWritten(() => upload('anonymous', png), 401, 'UNAUTHENTICATED');
    await expectNothingWritten(() => upload('producerA', png, { header: false }), 400, 'UPLOAD_HEADER_REQUIRED');
    await expectNothingWritten(() => upload('producerA', png, { productId: toGlobalId('Product', 'prd_nope') }), 404, 'NOT_FOUND');
  });
});

describe('GET /uploads/<file>', () => {
  it('serves only stored names', async () => {
    for (const p of ['/uploads/..%2Fpackage.json', '/uploads/img_00000000000000000000000000.webp', '/uploads/x.png']) {
      expect((await fetch(`${api.base}${p}`)).status).toBe(404);
    }
  });
});
