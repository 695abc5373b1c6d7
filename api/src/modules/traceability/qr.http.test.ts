import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';

// jsqr is CommonJS typed as an ES module: its default export arrives as the module or its `default`.
type Decode = typeof jsQRModule.default;
const loaded = jsQRModule as unknown as Decode | { default: Decode };
const jsQR: Decode = typeof loaded === 'function' ? loaded : loaded.default;

const STOREFRONT = 'https://ocop.example.vn';
const catalogue = new CatalogueBuilder();
const producer = catalogue.producer('HTX Mật ong bạc hà', province.historic('02'));
const honey = catalogue.product('Mật ong bạc hà chai 500 ml', producer);
catalogue.batch(honey, 'LSX-1', 'q7w8e9r0t1');
const draft = catalogue.product('Mật ong chưa bán', producer);
catalogue.batch(draft, 'LSX-1', 'd7d8d9d0d1');

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  const { orm } = await testDatabase();
  await catalogue.write(orm);
  await rows(orm.em.fork(), `update product set status = 'DRAFT' where id = ?`, [draft.id]);
  api = await testApi(orm, { env: { PUBLIC_STOREFRONT_URL: STOREFRONT } });
});

describe('QR code images', () => {
  it('GET /qr/<code>.png is a PNG that a scanner reads as the batch\'s trace page, cacheable for a day', async () => {
    const res = await fetch(`${api.base}/qr/q7w8e9r0t1.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const png = PNG.sync.read(bytes);
    expect(png.width).toBe(512);
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`${STOREFRONT}/truy-xuat/q7w8e9r0t1`);
  });

  it('GET /qr/<code>.svg is an SVG document, cacheable for a day', async () => {
    const res = await fetch(`${api.base}/qr/q7w8e9r0t1.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    const svg = await res.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 \d+ \d+"/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    expect(svg).toContain('<path');
  });

  it('accepts a code in capitals, and answers HEAD without a body', async () => {
    expect((await fetch(`${api.base}/qr/Q7W8E9R0T1.svg`)).status).toBe(200);
    const head = await fetch(`${api.base}/qr/q7w8e9r0t1.png`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('image/png');
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it.each([
    '/qr/0000000000.png', '/qr/0000000000.svg', '/qr/d7d8d9d0d1.png', '/qr/q7w8e9r0t1.gif', '/qr/q7w8e9r0t1',
    '/qr/', '/qr/../graphql.svg', '/qr/q7w8e9r0t1.png/x',
  ])('answers 404 for %s (unknown code, unpublished product, other format or path)', async (path) => {
    const res = await fetch(`${api.base}${path}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses other methods', async () => {
    expect((await fetch(`${api.base}/qr/q7w8e9r0t1.png`, { method: 'POST' })).status).toBe(405);
  });
});
