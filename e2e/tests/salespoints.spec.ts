import { expect, test, type Page } from './fixtures/csp.js';
import { E2E } from '../ports.mjs';

const PASSWORD = 'sao-ocop-demo-2026';
const API = `http://localhost:${E2E.api}/graphql`;
const HOAN_KIEM = 'Điểm giới thiệu và bán sản phẩm OCOP Hà Nội – Hoàn Kiếm';
const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

async function logIn(page: Page, email: string) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
}

/** A product the demo seed puts on sale at the Hoàn Kiếm showroom (one of the demo producer's). */
async function productAtHoanKiem(page: Page): Promise<{ name: string; slug: string }> {
  const res = await page.request.post(API, {
    data: { query: `{ salesPoint(slug: "diem-ocop-ha-noi-hoan-kiem") { products(first: 50) { nodes { product { name slug producer { name } } } } } }` },
  });
  const nodes = (await res.json()).data.salesPoint.products.nodes as { product: { name: string; slug: string } }[];
  expect(nodes.length).toBeGreaterThan(0);
  return nodes[0]!.product;
}

test('a shopper finds the nearest OCOP showroom that stocks a product, on the map page (list first, map container without tiles)', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const product = await productAtHoanKiem(page);
  await page.goto('/diem-ban');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điểm bán sản phẩm OCOP');
  // Search the product by name, pick it, then Hà Nội and showrooms only.
  await page.locator('#loc-diem-ban').getByLabel('Sản phẩm').fill(product.name);
  await page.getByRole('button', { name: 'Lọc' }).click();
  await page.getByRole('link', { name: product.name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Đang tìm nơi bán: ${product.name}`);
  await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Hà Nội' });
  await page.getByLabel('Loại điểm bán').selectOption('OCOP_SHOWROOM');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/tinh=01/);
  await expect(page.getByText('Sắp xếp theo khoảng cách từ trung tâm Hà Nội.')).toBeVisible();

  const first = page.getByTestId('sales-point').first();
  await expect(first.getByRole('heading')).toHaveText(HOAN_KIEM);
  await expect(first.getByTestId('distance')).toHaveText(/^0,\d km$/);
  // Distances never decrease down the list.
  const distances = (await page.getByTestId('sales-point-list').getByTestId('distance').allTextContents()).map((d) => Number(d.replace(' km', '').replace(',', '.')));
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  // The map's container is there (Leaflet ran) even though no tile can load here.
  const map = page.getByTestId('sales-point-map');
  await expect(map).toBeVisible();
  await expect(map.locator('.leaflet-pane').first()).toBeAttached();
  // Markers (clustered or not) are drawn without tiles, and nothing threw.
  await expect(map.locator('.marker-cluster, .leaflet-interactive').first()).toBeVisible();
  expect(pageErrors).toEqual([]);
  await shot(page, 'salespoints-01-map-desktop');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(first.getByRole('heading')).toHaveText(HOAN_KIEM);
  await shot(page, 'salespoints-02-map-mobile');
});

test('"near me" sorts by the browser location (on consent); the product page lists where to buy in person', async ({ browser }) => {
  const context = await browser.newContext({ geolocation: { latitude: 21.0301, longitude: 105.8522 }, permissions: ['geolocation'], locale: 'vi-VN' });
  const page = await context.newPage();
  const product = await productAtHoanKiem(page);
  await page.goto(`/diem-ban?san-pham=${encodeURIComponent(product.slug)}`);
  await page.getByRole('button', { name: 'Gần tôi' }).click();
  await expect(page).toHaveURL(/lat=21\.03010/);
  await expect(page.getByText('Sắp xếp theo khoảng cách từ vị trí của bạn.')).toBeVisible();
  await expect(page.getByTestId('sales-point').first().getByTestId('distance')).toHaveText(/^0,\d km$/);

  await page.goto(`/san-pham/${product.slug}`);
  const section = page.locator('#mua-truc-tiep-tai');
  await expect(section.getByRole('heading', { name: 'Mua trực tiếp tại' })).toBeVisible();
  await section.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Hà Nội' });
  await section.getByRole('button', { name: 'Xem' }).click();
  await expect(page).toHaveURL(/tinh=01/);
  await expect(section.getByTestId('sales-point').first().getByTestId('distance')).toHaveText(/km$/);
  await expect(section.getByText(HOAN_KIEM)).toBeVisible();
  await section.screenshot({ path: 'screenshots/salespoints-03-buy-in-person.png' });
  await context.close();
});

test('a producer asks a sales point to carry a product; the point’s manager accepts it and it shows on the map', async ({ page, browser }) => {
  await logIn(page, 'chuthe@ocop.test');
  await page.goto('/kenh-nguoi-ban/diem-ban');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điểm bán');
  // The seed left one product only requested at Cầu Giấy: ask Hoàn Kiếm for it too.
  const pending = page.getByTestId('seller-listing').filter({ hasText: 'Showroom OCOP Cầu Giấy' }).filter({ hasText: 'Chờ điểm bán' });
  const productName = (await pending.locator('td').nth(1).textContent())!.trim();
  await page.getByLabel('Tên điểm bán').fill('Hoàn Kiếm');
  await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Hà Nội' });
  await page.getByRole('button', { name: 'Tìm điểm bán' }).click();
  const row = page.getByTestId('found-point').filter({ hasText: HOAN_KIEM });
  await row.getByLabel('Sản phẩm').selectOption({ label: productName });
  await row.getByLabel('Tồn kho').selectOption('LOW');
  await row.getByRole('button', { name: 'Đề nghị bày bán' }).click();
  await expect(page.getByRole('status')).toHaveText(`Đã gửi đề nghị bày bán tới “${HOAN_KIEM}”.`);
  await expect(page.getByTestId('seller-listing').filter({ hasText: HOAN_KIEM }).filter({ hasText: productName })).toContainText('Chờ điểm bán');
  await shot(page, 'salespoints-04-seller');

  const managerContext = await browser.newContext({ locale: 'vi-VN' });
  const manager = await managerContext.newPage();
  await logIn(manager, 'diemban@ocop.test');
  await manager.getByRole('link', { name: 'Quản lý điểm bán' }).first().click();
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText('Quản lý điểm bán');
  const request = manager.getByTestId('listing-request').filter({ hasText: productName }).first();
  await expect(request).toContainText('Sắp hết');
  await shot(manager, 'salespoints-05-manager');
  await request.getByRole('button', { name: 'Nhận bày bán' }).click();
  await expect(manager.getByRole('status')).toHaveText(`Đã nhận bày bán “${productName}”.`);
  await expect(manager.getByTestId('listing-confirmed').filter({ hasText: productName }).first()).toBeVisible();
  await managerContext.close();

  // The producer sees it on sale, and the map page finds Hoàn Kiếm for it.
  await page.reload();
  await expect(page.getByTestId('seller-listing').filter({ hasText: HOAN_KIEM }).filter({ hasText: productName })).toContainText('Đang bày bán');
});
