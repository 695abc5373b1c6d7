import { expect, test, type Page } from './fixtures/csp.js';
import { publicProductCount } from './public-count.js';

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
const VND_EN = /^₫\d{1,3}(,\d{3})*$/;

test('an English visitor filters the catalogue and opens a product, all in English', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OCOP products – One Commune One Product');
  await expect(page.getByRole('heading', { name: 'The six OCOP product groups' })).toBeVisible();
  await shot(page, 'en-01-home');

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Products' }).click();
  await expect(page).toHaveURL(/\/en\/products$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'OCOP products' })).toBeVisible();
  const total = await publicProductCount();
  await expect(page.getByText(`${total.toLocaleString('en-GB')} products`)).toBeVisible();
  for (const price of await page.locator('article.card .card__price').allTextContents()) expect(price).toMatch(VND_EN);
  await expect(page.getByRole('img', { name: /-star OCOP$/ }).first()).toBeVisible();

  await page.getByLabel('Product group').selectOption('FOOD');
  await page.getByLabel('Star rating').selectOption('4');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/\/en\/products\?nhom=FOOD&sao=4/);
  await expect(page).toHaveTitle(/^Food, 4 stars and up – OCOP products – OCOP Market$/);
  const cards = page.locator('article.card');
  expect(await cards.count()).toBeGreaterThan(0);
  for (const group of await cards.locator('.card__group').allTextContents()) expect(group).toBe('Food');
  await shot(page, 'en-02-catalogue-food-4-star');

  const first = cards.first();
  const name = (await first.getByRole('heading').textContent())!.trim();
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/products\/[a-z0-9-]+$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Product data stays Vietnamese, marked as such for screen readers.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { name: 'OCOP certificate' })).toBeVisible();
  await expect(page.getByText('Certificate no.')).toBeVisible();
  await expect(page.getByText('Valid until')).toBeVisible();
  await expect(page.locator('.product__price')).toHaveText(VND_EN);
  await expect(page.locator('.breadcrumbs').getByRole('link', { name: 'Food' })).toHaveAttribute('href', '/en/products?nhom=FOOD');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/en/products/[a-z0-9-]+$`));
  await shot(page, 'en-03-product');

  // The switcher leads to the same product in Vietnamese.
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(/\/san-pham\/[a-z0-9-]+$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByText('Số chứng nhận')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('the language switcher keeps filters, and pages name each other with hreflang', async ({ page }) => {
  await page.goto('/san-pham?nhom=BEVERAGES&sao=3');
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname + new URL(l.getAttribute('href')!).search]),
  );
  expect(alternates).toEqual([
    ['vi', '/san-pham?nhom=BEVERAGES&sao=3'],
    ['en', '/en/products?nhom=BEVERAGES&sao=3'],
    ['x-default', '/san-pham?nhom=BEVERAGES&sao=3'],
  ]);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/products\?nhom=BEVERAGES&sao=3$/);
  await expect(page.getByLabel('Product group')).toHaveValue('BEVERAGES');
});

test('a product page carries Product JSON-LD with the OCOP rating as an award', async ({ page }) => {
  await page.goto('/san-pham?sao=4');
  await page.locator('article.card h2 a').first().click();
  await expect(page).toHaveURL(/\/san-pham\/[a-z0-9-]+$/);
  // The URL changes before the new page has rendered: wait for the product's own JSON-LD block.
  // (Playwright's text matching skips <script> content, so read the blocks until the Product one is there.)
  const productLd = async () => {
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    return blocks.map((b) => JSON.parse(b)).find((d) => d['@type'] === 'Product');
  };
  await expect.poll(productLd).toBeTruthy();
  const product = await productLd();
  expect(product.offers).toMatchObject({ '@type': 'Offer', priceCurrency: 'VND', availability: 'https://schema.org/InStock' });
  expect(Number.isInteger(product.offers.price)).toBe(true);
  expect(product.manufacturer['@type']).toBe('Organization');
  expect(product.award).toMatch(/^OCOP [45] sao — số chứng nhận .+, hiệu lực đến \d{2}\/\d{2}\/\d{4}$/);
  expect(product).not.toHaveProperty('aggregateRating');
});

test('an unknown English URL answers 404 in English', async ({ page }) => {
  const response = await page.goto('/en/products/no-such-product');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See all products' })).toHaveAttribute('href', '/en/products');
  await shot(page, 'en-04-not-found');
});

test('robots.txt and sitemap.xml list every product in both languages', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.headers()['cache-control']).toContain('max-age');
  expect(await robots.text()).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);

  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()['content-type']).toContain('xml');
  expect(sitemap.headers()['cache-control']).toContain('max-age');
  const xml = await sitemap.text();
  // Every public product, experience and sales point + five fixed pages, each in Vietnamese and
  // English. (Other specs publish experiences and approve points in parallel: those are counted from
  // the sitemap itself, the same in both languages.)
  const total = await publicProductCount();
  const count = (re: RegExp) => xml.match(re)?.length ?? 0;
  expect(count(/<loc>[^<]+\/en\/products\/[a-z0-9-]+<\/loc>/g)).toBe(total);
  expect(count(/<loc>[^<]+\/san-pham\/[a-z0-9-]+<\/loc>/g)).toBe(total);
  const experiences = count(/<loc>[^<]+\/du-lich\/trai-nghiem\/[a-z0-9-]+<\/loc>/g);
  expect(experiences).toBeGreaterThan(0);
  expect(count(/<loc>[^<]+\/en\/tourism\/experiences\/[a-z0-9-]+<\/loc>/g)).toBe(experiences);
  const points = count(/<loc>[^<]+\/diem-ban\/[a-z0-9-]+<\/loc>/g);
  expect(points).toBeGreaterThanOrEqual(22);
  expect(count(/<loc>[^<]+\/en\/sales-points\/[a-z0-9-]+<\/loc>/g)).toBe(points);
  for (const path of ['/du-lich', '/diem-ban', '/chuong-trinh', '/en/programme']) {
    expect(xml).toContain(`${path}</loc>`);
  }
  expect(count(/<url>/g)).toBe(2 * (total + 5 + experiences + points));
});
