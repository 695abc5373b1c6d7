import { expect, test, type Page } from './fixtures/csp.js';
import { publicProductCount } from './public-count.js';

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
const VND = /^\d{1,3}(\.\d{3})*\s₫$/;

test('a shopper browses the catalogue, filters to 5★ food and opens a product', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('OCOP');
  await shot(page, '01-home');

  await page.goto('/san-pham');
  await expect(page.getByRole('heading', { level: 1, name: 'Sản phẩm OCOP' })).toBeVisible();
  const total = await publicProductCount();
  expect(total).toBeGreaterThan(250);
  await expect(page.getByText(`${total} sản phẩm`)).toBeVisible();
  const cards = page.locator('article.card');
  await expect(cards).toHaveCount(24);
  for (const price of await cards.locator('.card__price').allTextContents()) expect(price).toMatch(VND);
  await expect(page.getByRole('img', { name: /sao OCOP/ }).first()).toBeVisible();
  await shot(page, '02-catalogue');

  await page.getByLabel('Nhóm sản phẩm').selectOption('FOOD');
  await page.getByLabel('Hạng sao').selectOption('5');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/nhom=FOOD/);
  await expect(page).toHaveURL(/sao=5/);
  // The URL changes before the filtered list has rendered: assertions that wait, not one read.
  const filtered = page.locator('article.card');
  await expect(filtered.first()).toBeVisible();
  await expect(filtered.filter({ hasNot: page.locator('.card__group', { hasText: 'Thực phẩm' }) })).toHaveCount(0);
  await expect(filtered.filter({ hasNot: page.getByRole('img', { name: '5 sao OCOP' }) })).toHaveCount(0);
  await shot(page, '03-catalogue-5-star-food');

  const first = filtered.first();
  const name = (await first.getByRole('heading').textContent())!.trim();
  const price = (await first.locator('.card__price').textContent())!.trim();
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/san-pham\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator('.product__price')).toHaveText(price);
  await expect(page.getByRole('img', { name: '5 sao OCOP' })).toBeVisible();
  await expect(page.getByText('Số chứng nhận')).toBeVisible();
  await expect(page.getByText('Hiệu lực đến')).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(name));
  await expect(page.getByRole('table', { name: 'Quy cách và giá' })).toBeVisible();
  await shot(page, '04-product');

  // The producer card links to the producer's page, which lists this product.
  await page.locator('.facts a').first().click();
  await expect(page).toHaveURL(/\/chu-the\/[a-z0-9-]+$/);
  await expect(page.getByText('Chủ thể OCOP', { exact: true })).toBeVisible();
  await expect(page.locator('article.card h3', { hasText: name }).first()).toBeVisible();
  await shot(page, '04b-producer');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('filters and pages through the catalogue with plain forms and links', async ({ page }) => {
    await page.goto('/san-pham');
    await page.getByLabel('Hạng sao').selectOption('4');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect(page).toHaveURL(/sao=4/);
    // Retried: without JavaScript the URL changes when the new document commits, before all of it has streamed in.
    await expect(page.locator('article.card')).toHaveCount(24);
    const hrefs = () => page.locator('article.card h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const firstPage = await hrefs();
    await page.getByRole('link', { name: /Trang sau/ }).click();
    await expect(page).toHaveURL(/sau=/);
    const secondPage = await hrefs();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((n) => firstPage.includes(n))).toEqual([]);
    await shot(page, '05-no-js-page-2');
  });
});

test('sorting by price and keeping only products in stock', async ({ page }) => {
  await page.goto('/san-pham');
  await page.getByLabel('Sắp xếp').selectOption('gia-tang');
  await page.getByLabel('Chỉ hàng còn bán').check();
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/xep=gia-tang/);
  await expect(page).toHaveURL(/con-hang=1/);
  // The URL changes before the new list has rendered: poll until the prices read in order.
  const readPrices = async () => (await page.locator('.card__price').allTextContents()).map((p) => Number(p.replace(/\D/g, '')));
  await expect.poll(async () => { const prices = await readPrices(); return prices.length > 1 && prices.every((p, i) => i === 0 || prices[i - 1]! <= p); }).toBe(true);
  await expect(page.getByText('Hết hàng')).toHaveCount(0);
  // Facet counts: the group options say how many products each choice gives.
  await expect(page.getByLabel('Nhóm sản phẩm').locator('option', { hasText: /^Thực phẩm \(\d+\)$/ })).toHaveCount(1);
  await shot(page, '02b-catalogue-sorted');
});

test('an unknown product answers 404 with a Vietnamese page', async ({ page }) => {
  const response = await page.goto('/san-pham/khong-co-san-pham-nay');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('Không tìm thấy trang')).toBeVisible();
  // It helps: a search box already holds the words of the dead link.
  await expect(page.getByLabel('Tìm sản phẩm có tên gần giống')).toHaveValue('khong co san pham nay');
  await shot(page, '06-not-found');
});
