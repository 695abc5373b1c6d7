import { expect, test, type Page } from './fixtures/csp.js';

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

/**
 * Issue 3's shopper journey: search without diacritics, narrow to a province and 4★, open a product,
 * then scan (follow) its batch's QR target, the trace page.
 */
test('a shopper searches without diacritics, narrows to Hải Phòng and 4★, opens a product and its trace page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: /Tìm/ }).fill('banh dau xanh');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\?q=banh\+dau\+xanh/);
  await expect(page.locator('article.card mark').first()).toBeVisible();
  await expect(page.locator('article.card h2').first()).toContainText('Bánh đậu xanh');

  await page.getByLabel('Tỉnh/thành').selectOption('31');
  await page.getByLabel('Hạng sao').selectOption('4');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/tinh=31/);
  await expect(page).toHaveURL(/sao=4/);
  // The URL changes before the filtered list has rendered: assertions that wait, not one read.
  const cards = page.locator('article.card');
  await expect(cards.first()).toBeVisible();
  await expect(cards.filter({ hasNot: page.locator('.card__province', { hasText: 'Hải Phòng' }) })).toHaveCount(0);
  await expect(cards.filter({ hasNot: page.getByRole('img', { name: /[45] sao OCOP/ }) })).toHaveCount(0);
  await shot(page, 'journey-01-search-filtered');

  const name = (await cards.first().getByRole('heading').textContent())!.trim();
  await cards.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await shot(page, 'journey-02-product');

  const lot = page.locator('.batches a').first();
  const lotText = (await lot.textContent())!.replace(/^Lô\s+/, '').trim();
  await lot.click();
  await expect(page).toHaveURL(/\/truy-xuat\/[0-9a-z]{10}$/);
  await expect(page.getByText(lotText).first()).toBeVisible();
  await expect(page.getByRole('link', { name })).toBeVisible();
  const qr = page.locator('img[src^="/qr/"]');
  await expect(qr).toBeVisible();
  await expect.poll(() => qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
  await shot(page, 'journey-03-trace');
});

test('an English visitor does the same journey in English', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: /Search/ }).fill('banh dau xanh');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=banh\+dau\+xanh/);
  await page.getByLabel('Province').selectOption('31');
  await page.getByLabel('Star rating').selectOption('4');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/\/en\/search\?.*tinh=31/);
  const cards = page.locator('article.card');
  await expect(cards.first().locator('mark').first()).toBeVisible();
  await shot(page, 'journey-en-01-search-filtered');

  const name = (await cards.first().getByRole('heading').textContent())!.trim();
  await cards.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/products\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('heading', { name: 'Batches and traceability' })).toBeVisible();

  await page.locator('.batches a').first().click();
  await expect(page).toHaveURL(/\/en\/trace\/[0-9a-z]{10}$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name })).toBeVisible();
  await shot(page, 'journey-en-02-trace');
});
