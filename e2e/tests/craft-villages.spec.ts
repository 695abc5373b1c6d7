import { expect, test, type Page } from './fixtures/csp.js';
import { E2E } from '../ports.mjs';

const DEMO_PASSWORD = 'sao-ocop-demo-2026';
const shot = async (page: Page, name: string) => {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
};

async function logIn(page: Page, email: string): Promise<Page> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
  return page;
}

/** The national craft-village target on /chuong-trinh: "X trên Y làng nghề có sản phẩm OCOP". */
async function nationalVillageShare(page: Page): Promise<{ count: number; total: number }> {
  await page.goto('/chuong-trinh');
  const target = page.getByTestId('programme-target').filter({ hasText: 'Ít nhất 50% số làng nghề có sản phẩm OCOP' });
  await expect(target.getByRole('progressbar')).toBeVisible();
  const text = (await target.getByTestId('target-share').textContent()) ?? '';
  const match = text.match(/^([\d.]+) trên ([\d.]+) làng nghề có sản phẩm OCOP$/);
  expect(match, text).not.toBeNull();
  return { count: Number(match![1]!.replace(/\./g, '')), total: Number(match![2]!.replace(/\./g, '')) };
}

/** A Hà Nội producer with a product certified today that is in no craft village (read from the public API). */
async function freeOcopProducerOfHanoi(page: Page): Promise<{ slug: string; name: string }> {
  const res = await page.request.post(`http://localhost:${E2E.api}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: { query: `{ producers(filter: { provinceCode: "01" }, first: 100) { nodes { slug name craftVillage { id } products(first: 20) { nodes { ocop { stars } } } } } }` },
  });
  const nodes = (await res.json()).data.producers.nodes as { slug: string; name: string; craftVillage: unknown; products: { nodes: { ocop: unknown }[] } }[];
  const free = nodes.filter((p) => !p.craftVillage && p.products.nodes.some((x) => x.ocop));
  expect(free.length).toBeGreaterThan(0);
  // The last one: the demo producer and the journeys' producers sort elsewhere, and nothing else places producers.
  return free.at(-1)!;
}

test('a council records a craft village of its province, places an OCOP producer in it, and the national target moves', async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const name = `Làng nghề gốm thử nghiệm ${stamp}`;
  const before = await nationalVillageShare(page);
  const producer = await freeOcopProducerOfHanoi(page);

  // 1. The council's workspace: "Làng nghề" lists Hà Nội's villages (seeded Bát Tràng among them).
  await logIn(page, 'hoidong.hanoi@ocop.test');
  await page.goto('/hoi-dong');
  await page.getByRole('link', { name: 'Làng nghề', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Làng nghề');
  await expect(page.getByTestId('craft-villages').getByRole('link', { name: 'Làng gốm Bát Tràng' })).toBeVisible();
  await expect(page.getByLabel('Tỉnh, thành phố')).toHaveCount(0); // a council records villages of its own province only

  // 2. A half-filled form comes back with the messages next to their fields and nothing typed lost.
  await page.getByLabel('Tên làng nghề').fill(name);
  await page.getByLabel('Số quyết định công nhận (không bắt buộc)').fill('2468/QĐ-UBND');
  await page.getByRole('button', { name: 'Ghi nhận làng nghề' }).click();
  await expect(page.locator('#village-craft-error')).toHaveText('Nhập nghề của làng, ví dụ: gốm sứ.');
  await expect(page.locator('#village-recognised-on-error')).toHaveText('Nhập cả số quyết định và ngày quyết định công nhận, hoặc để trống cả hai.');
  await expect(page.getByLabel('Tên làng nghề')).toHaveValue(name);
  await expect(page.getByLabel('Số quyết định công nhận (không bắt buộc)')).toHaveValue('2468/QĐ-UBND');
  await shot(page, 'craft-villages-01-errors');

  await page.getByLabel('Nghề', { exact: true }).fill('gốm sứ');
  await page.getByLabel('Ngày quyết định').fill('2015-03-12');
  await page.getByRole('button', { name: 'Ghi nhận làng nghề' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã ghi nhận làng nghề. Thêm các chủ thể bên dưới.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByTestId('village-ocop-count')).toHaveText('0 sản phẩm OCOP còn hiệu lực');

  // 3. An address that is no producer's page is refused next to the field; the producer's page address places it.
  await page.getByLabel('Chủ thể OCOP').fill('https://example.vn/chu-the/khong-co-chu-the-nay');
  await page.getByRole('button', { name: 'Thêm vào làng nghề' }).click();
  await expect(page.locator('#village-producer-error')).toHaveText('Không tìm thấy chủ thể OCOP với địa chỉ này.');
  await expect(page.getByLabel('Chủ thể OCOP')).toHaveValue('https://example.vn/chu-the/khong-co-chu-the-nay');
  await page.getByLabel('Chủ thể OCOP').fill(`http://localhost:${E2E.storefront}/chu-the/${producer.slug}`);
  await page.getByRole('button', { name: 'Thêm vào làng nghề' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã thêm chủ thể vào làng nghề.');
  await expect(page.getByTestId('village-producers').getByRole('link', { name: producer.name })).toBeVisible();
  await expect(page.getByTestId('village-ocop-count')).toHaveText(/^[1-9]\d* sản phẩm OCOP còn hiệu lực$/);
  await shot(page, 'craft-villages-02-village');

  // 4. The producer's page names its village.
  await page.goto(`/chu-the/${producer.slug}`);
  await expect(page.getByTestId('producer-craft-village')).toHaveText(`${name} (gốm sứ)`);

  // 5. The dashboard: one more village, and it has an OCOP product.
  await expect.poll(() => nationalVillageShare(page)).toEqual({ count: before.count + 1, total: before.total + 1 });
  await page.getByTestId('programme-target').filter({ hasText: 'Ít nhất 50% số làng nghề có sản phẩm OCOP' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'screenshots/craft-villages-03-dashboard.png' });
});
