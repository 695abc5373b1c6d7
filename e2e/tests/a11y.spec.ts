import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures/csp.js';

/**
 * axe-core on the main pages in both languages. Serious and critical violations fail the test;
 * the rest are printed so they can be looked at.
 */
async function productPath(page: Page, catalogue: string): Promise<string> {
  await page.goto(catalogue);
  const href = await page.locator('article.card h2 a').first().getAttribute('href');
  expect(href).toBeTruthy();
  return href!;
}

async function audit(page: Page, path: string, expectedStatus = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(expectedStatus);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(20);
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of results.violations.filter((v) => !blocking.includes(v))) {
    console.log(`[axe] ${path}: ${v.impact} ${v.id} (${v.nodes.length}) ${v.help}`);
  }
  expect(
    blocking.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })),
    `serious/critical axe violations on ${path}`,
  ).toEqual([]);
}

/** A 4★ food product's page (it has batches and a certificate), then the href of `selector` on it. */
async function linkFromProduct(page: Page, catalogue: string, selector: string): Promise<string> {
  await page.goto(await productPath(page, `${catalogue}?nhom=FOOD&sao=4`));
  const href = await page.locator(selector).first().getAttribute('href');
  expect(href, selector).toBeTruthy();
  return href!;
}

for (const [locale, home, catalogue, missing, search, traceLookup, logIn, signUp] of [
  ['vi', '/', '/san-pham', '/san-pham/khong-co-san-pham-nay', '/tim-kiem', '/truy-xuat', '/dang-nhap', '/dang-ky'],
  ['en', '/en', '/en/products', '/en/products/no-such-product', '/en/search', '/en/trace', '/en/log-in', '/en/sign-up'],
] as const) {
  test.describe(`axe (${locale})`, () => {
    test('home', async ({ page }) => audit(page, home));
    test('catalogue', async ({ page }) => audit(page, catalogue));
    test('catalogue, filtered and sorted', async ({ page }) => audit(page, `${catalogue}?nhom=FOOD&sao=4&xep=gia-tang&con-hang=1`));
    test('product', async ({ page }) => audit(page, await productPath(page, catalogue)));
    test('producer', async ({ page }) => {
      await page.goto(await productPath(page, catalogue));
      const producer = await page.locator('.facts a').first().getAttribute('href');
      expect(producer).toMatch(locale === 'vi' ? /^\/chu-the\// : /^\/en\/producers\//);
      await audit(page, producer!);
    });
    test('404', async ({ page }) => audit(page, missing, 404));
    test('search results', async ({ page }) => audit(page, `${search}?q=banh+dau+xanh`));
    test('search, no results', async ({ page }) => audit(page, `${search}?q=xyzxyz`));
    test('trace lookup', async ({ page }) => audit(page, traceLookup));
    test('trace page', async ({ page }) => {
      const trace = await linkFromProduct(page, catalogue, '.batches a');
      expect(trace).toMatch(locale === 'vi' ? /^\/truy-xuat\/[0-9a-z]{10}$/ : /^\/en\/trace\/[0-9a-z]{10}$/);
      await audit(page, trace);
    });
    test('trace code not found', async ({ page }) => audit(page, `${traceLookup}/0000000000`, 404));
    test('certificate', async ({ page }) => {
      const certificate = await linkFromProduct(page, catalogue, 'a[href*="san-pham="]');
      expect(certificate).toMatch(locale === 'vi' ? /^\/chung-nhan\// : /^\/en\/certificates\//);
      await audit(page, certificate);
    });
    test('log in', async ({ page }) => audit(page, logIn));
    test('sign up', async ({ page }) => audit(page, signUp));
  });
}
