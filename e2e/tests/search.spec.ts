import { expect, test, type Page } from './fixtures/csp.js';

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

test('a shopper searches "banh dau xanh" without diacritics from the header and sees highlighted "Bánh đậu xanh"', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Tìm sản phẩm OCOP' });
  await box.fill('banh dau xanh');
  // Suggestions come from the API, matched without diacritics.
  const suggestions = page.getByRole('listbox', { name: 'Gợi ý tìm kiếm' });
  await expect(suggestions.getByRole('option').first()).toContainText('Bánh đậu xanh');
  await shot(page, 'search-01-suggestions');
  // Escape closes the suggestions and keeps what was typed; Enter then searches for it.
  await box.press('Escape');
  await expect(suggestions).toBeHidden();
  await expect(box).toHaveValue('banh dau xanh');
  await box.press('Enter');

  await expect(page).toHaveURL(/\/tim-kiem\?q=banh\+dau\+xanh$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả cho “banh dau xanh”');
  await expect(page.getByText(/^Tìm thấy \d+ sản phẩm$/)).toBeVisible();
  const cards = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).locator('article.card');
  expect(await cards.count()).toBeGreaterThan(0);
  const first = cards.first();
  await expect(first.getByRole('heading')).toContainText('Bánh đậu xanh');
  await expect(first.getByRole('heading').locator('mark')).toHaveText('Bánh đậu xanh');
  await expect(box).toHaveValue('banh dau xanh');
  await expect(page).toHaveTitle('Tìm “banh dau xanh” – OCOP Market');
  await shot(page, 'search-02-results');

  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/san-pham\/banh-dau-xanh/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bánh đậu xanh');
});

test('choosing a suggestion searches for that product name', async ({ page }) => {
  await page.goto('/san-pham');
  const box = page.getByRole('combobox', { name: 'Tìm sản phẩm OCOP' });
  await box.pressSequentially('dau xa');
  const option = page.getByRole('option', { name: /^Bánh đậu xanh/ }).first();
  await expect(option).toBeVisible();
  await box.press('ArrowDown');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  const name = (await page.getByRole('option').first().textContent())!;
  await box.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\?q=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kết quả cho “${name}”`);
  await expect(page.locator('article.card mark').first()).toBeVisible();
});

test('a search with no results explains what to try', async ({ page }) => {
  await page.goto('/tim-kiem?q=xyzxyzxyz');
  await expect(page.getByText('Không tìm thấy sản phẩm nào cho “xyzxyzxyz”.')).toBeVisible();
  await expect(page.getByText(/^Gợi ý: kiểm tra chính tả/)).toBeVisible();
  await page.getByRole('link', { name: 'Xem tất cả sản phẩm' }).click();
  await expect(page).toHaveURL(/\/san-pham$/);
  await page.goto('/tim-kiem');
  await expect(page.getByText(/Gõ không dấu cũng được/)).toBeVisible();
  await shot(page, 'search-03-empty-prompt');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search box is a plain form', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Tìm sản phẩm OCOP' }).fill('NƯỚC MẮM');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expect(page).toHaveURL(/\/tim-kiem\?q=/);
    await expect(page.locator('article.card h2 mark').first()).toHaveText('Nước mắm');
  });
});

test('English visitors search under /en/search with the same results', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('combobox', { name: 'Search OCOP products' }).fill('BÁNH ĐẬU XANH');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “BÁNH ĐẬU XANH”');
  await expect(page.locator('article.card h2 mark').first()).toHaveText('Bánh đậu xanh');
});
