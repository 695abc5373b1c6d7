import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures/csp.js';

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
const IMPORT_HEADER =
  'province_code,producer_name,producer_kind,producer_registration_number,product_name,product_group,product_set_code,stars,certificate_number,decision_date,issued_by,price,variant_label,sku';

test.describe('programme dashboard without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Hải Phòng shows the 335 target with its progress, and every chart renders server-side', async ({ page }) => {
    await page.goto('/chuong-trinh');
    await page.getByLabel('Tỉnh, thành phố', { exact: true }).selectOption({ label: 'Hải Phòng' });
    await page.getByRole('button', { name: 'Xem' }).click(); // a GET form: works without JavaScript
    await expect(page).toHaveURL(/\/chuong-trinh\?tinh=31$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chương trình OCOP – Hải Phòng');

    const target = page.getByTestId('programme-target').filter({ hasText: 'Phát triển và nâng cấp 335 sản phẩm OCOP' });
    await expect(target).toBeVisible();
    const bar = target.getByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuemax', '335');
    await expect(target).toContainText(/Đạt [\d.]+ \/ 335/);
    await expect(target).toContainText(/% mục tiêu/);
    await expect(target.locator('.target__status')).toHaveText(/Đã đạt|Đúng tiến độ|Chậm tiến độ/);

    const charts = page.locator('figure.chart');
    await expect(charts).toHaveCount(3);
    for (const name of ['Sản phẩm theo hạng sao', 'Sản phẩm theo nhóm', 'Sản phẩm được công nhận theo năm']) {
      const chart = page.getByRole('img', { name: new RegExp(`^${name}\\.`) });
      await expect(chart).toBeVisible();
      expect((await chart.boundingBox())!.height).toBeGreaterThan(50);
    }
    await expect(page.locator('figure.chart svg rect').first()).toBeVisible();
    // Each chart's numbers, as a table behind a disclosure.
    await page.locator('figure.chart').first().getByText('Bảng số liệu').click();
    await expect(page.locator('figure.chart').first().getByRole('table')).toBeVisible();
    await shot(page, 'programme-hai-phong-no-js');
  });

  test('the country: 34 provinces as tiles coloured by progress, with a table', async ({ page }) => {
    await page.goto('/chuong-trinh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chương trình OCOP – Cả nước');
    const map = page.getByRole('img', { name: /^Tiến độ của 34 tỉnh, thành phố\./ });
    await expect(map).toBeVisible();
    await expect(map.locator('a')).toHaveCount(34);
    await expect(page.locator('figure.chart')).toHaveCount(4);
    await shot(page, 'programme-national-no-js');
  });
});

test('the open-data downloads: CSV in the import format, linked from the dashboard', async ({ page, request }) => {
  await page.goto('/chuong-trinh?tinh=31');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Danh sách sản phẩm (CSV)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^certified-products-31-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await request.get('/open-data/certified-products.csv?province=31');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const lines = (await csv.text()).trim().split('\n');
  expect(lines[0]).toBe(IMPORT_HEADER);
  expect(lines.length).toBeGreaterThan(1);
  const stats = await request.get('/open-data/programme-stats.csv');
  expect((await stats.text()).split('\n')[0]).toMatch(/^province_code,province_name,as_of,certified_products,stars_3,stars_4,stars_5,/);
});

test('the English dashboard reads in English and passes axe', async ({ page }) => {
  await page.goto('/en/programme?tinh=31');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OCOP programme – Hải Phòng');
  await expect(page.getByRole('heading', { name: 'Plans and targets' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await shot(page, 'programme-hai-phong-en');
});
