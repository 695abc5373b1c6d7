import { expect, test, type Page } from './fixtures/csp.js';

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

test('a shopper opens a 4★ product, follows a batch to its trace page and sees the lot, the stars and the QR', async ({ page }) => {
  await page.goto('/san-pham?nhom=FOOD&sao=4');
  const card = page.locator('article.card').first();
  const name = (await card.getByRole('heading').textContent())!.trim();
  await card.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const stars = (await page.locator('.product__meta').getByRole('img', { name: /sao OCOP/ }).getAttribute('aria-label'))!;

  const batches = page.getByRole('region', { name: 'Lô sản xuất và truy xuất nguồn gốc' });
  const batchLink = batches.getByRole('link').first();
  const lotCode = (await batchLink.textContent())!.replace(/^Lô /, '').trim();
  await batchLink.click();

  await expect(page).toHaveURL(/\/truy-xuat\/[0-9a-z]{10}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('link', { name })).toHaveAttribute('href', /^\/san-pham\//);
  await expect(page.locator('.trace__lot')).toHaveText(lotCode);
  await expect(page.getByRole('img', { name: stars })).toBeVisible();
  await expect(page.getByText(/^\d{2}\/\d{2}\/\d{4}$/).first()).toBeVisible();

  const qr = page.getByRole('img', { name: new RegExp(`Mã QR dẫn tới trang truy xuất lô ${lotCode}`) });
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute('width', '200');
  await expect.poll(() => qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
  await shot(page, '10-trace');

  // The code printed under the QR, typed in capitals, finds the same page.
  const code = page.url().split('/').at(-1)!;
  await page.goto('/truy-xuat');
  await page.getByLabel(/Mã truy xuất/).fill(code.toUpperCase());
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page).toHaveURL(new RegExp(`/truy-xuat/${code}$`));
  await expect(page.locator('.trace__lot')).toHaveText(lotCode);
});

test('the QR image is served by the storefront as a cacheable PNG and SVG', async ({ page, request }) => {
  await page.goto('/san-pham?nhom=FOOD');
  await page.locator('article.card').first().getByRole('link').click();
  await page.getByRole('region', { name: 'Lô sản xuất và truy xuất nguồn gốc' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/truy-xuat\/[0-9a-z]{10}$/);
  const code = page.url().split('/').at(-1)!;
  const png = await request.get(`/qr/${code}.png`);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  expect(png.headers()['cache-control']).toBe('public, max-age=86400');
  expect([...(await png.body()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  const svg = await request.get(`/qr/${code}.svg`);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect((await request.get('/qr/0000000000.png')).status()).toBe(404);
});

test('an unknown trace code answers 404 with a page that helps', async ({ page }) => {
  const response = await page.goto('/truy-xuat/0000000000');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy mã truy xuất' })).toBeVisible();
  await expect(page.getByLabel(/Mã truy xuất/)).toBeVisible();
  await expect(page).toHaveTitle(/Không tìm thấy mã truy xuất/);
  await shot(page, '11-trace-not-found');
});
