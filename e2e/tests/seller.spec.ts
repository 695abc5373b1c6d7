import { png } from './png.js';
import { expect, test, type Page } from './fixtures/csp.js';

/**
 * Submits the photo form and waits for the action's answer: a failed upload shows the same message
 * as the one before, so waiting for the text alone would race the form's re-render.
 */
async function upload(page: Page) {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/kenh-nguoi-ban/san-pham/')),
    page.getByRole('button', { name: 'Tải ảnh lên' }).click(),
  ]);
}

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

test('a producer creates a product with a variant and a photo, publishes it and sees it on sale', async ({ page }) => {
  const name = `Chè xanh Tân Cương đặc biệt ${Date.now()}`;
  const sku = `E2E-${Date.now()}`;

  await page.goto('/dang-nhap?tiep=%2Fkenh-nguoi-ban');
  await page.getByLabel('Email').fill('chuthe@ocop.test');
  await page.getByLabel('Mật khẩu').fill('sao-ocop-demo-2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/kenh-nguoi-ban$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tổng quan');
  await expect(page.getByRole('navigation', { name: 'Kênh người bán' })).toBeVisible();
  await shot(page, 'seller-01-dashboard');

  const workspaceNav = page.getByRole('navigation', { name: 'Kênh người bán' });
  await workspaceNav.getByRole('link', { name: 'Thêm sản phẩm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm sản phẩm' })).toBeVisible();
  await page.getByLabel('Nhóm sản phẩm').selectOption('BEVERAGES');
  await page.getByLabel('Tên sản phẩm').fill(name);
  await page.getByLabel('Mô tả', { exact: true }).fill('Chè búp hái tay trên đồi Tân Cương.\n\nSao suốt bằng chảo gang.');
  await page.getByLabel('Vùng nguyên liệu').fill('Tân Cương, Thái Nguyên');
  await page.getByLabel('Mã SKU').fill(sku);
  await page.getByLabel('Tên phân loại (vd. hộp 200 g)').fill('gói 200 g');
  await page.getByLabel('Giá (đồng)').fill('-120000');
  await page.getByLabel('Tồn kho').fill('40');
  await page.getByLabel('Khối lượng (gam)').fill('210');
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();

  // A negative price: a message in Vietnamese next to the price, everything typed kept.
  await expect(page.locator('#f-variants-0-price-error')).toHaveText('Giá không được âm.');
  await expect(page.getByLabel('Tên sản phẩm')).toHaveValue(name);
  await expect(page.getByLabel('Mã SKU')).toHaveValue(sku);
  await expect(page.getByLabel('Giá (đồng)')).toHaveValue('-120000');
  await expect(page.getByLabel('Vùng nguyên liệu')).toHaveValue('Tân Cương, Thái Nguyên');
  await expect(page.getByLabel('Nhóm sản phẩm')).toHaveValue('BEVERAGES');
  await shot(page, 'seller-02-negative-price');

  await page.getByLabel('Giá (đồng)').fill('120.000');
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã tạo bản nháp. Thêm ảnh rồi đăng bán khi sẵn sàng.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(page.locator('#f-variants-0-price')).toHaveValue('120000');

  // Not an image: refused with a Vietnamese message.
  await page.getByLabel('Chọn ảnh (JPEG, PNG hoặc WebP, tối đa 5 MB)').setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải ảnh') });
  await upload(page);
  await expect(page.locator('#photo-error')).toHaveText('Tệp này không phải ảnh JPEG, PNG hoặc WebP.');
  // A PNG that only pretends (right type, wrong bytes) is refused by the API's own check.
  await page.getByLabel('Chọn ảnh (JPEG, PNG hoặc WebP, tối đa 5 MB)').setInputFiles({ name: 'gia.png', mimeType: 'image/png', buffer: Buffer.from('GIF89a giả danh') });
  await upload(page);
  await expect(page.locator('#photo-error')).toHaveText('Tệp này không phải ảnh JPEG, PNG hoặc WebP.');

  await page.getByLabel('Chọn ảnh (JPEG, PNG hoặc WebP, tối đa 5 MB)').setInputFiles({ name: 'che.png', mimeType: 'image/png', buffer: png(320, 200) });
  await page.getByLabel('Mô tả ảnh (cho người khiếm thị)').fill('Gói chè xanh Tân Cương');
  await upload(page);
  await expect(page.getByRole('status')).toHaveText('Đã tải ảnh lên.');
  const photo = page.getByRole('img', { name: 'Gói chè xanh Tân Cương' });
  await expect(photo).toBeVisible();
  // The photo is lazy-loaded: wait for its bytes rather than reading naturalWidth at once.
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);

  // A second photo becomes the main one, then is removed again.
  await page.getByLabel('Chọn ảnh (JPEG, PNG hoặc WebP, tối đa 5 MB)').setInputFiles({ name: 'hop.png', mimeType: 'image/png', buffer: png(200, 200) });
  await page.getByLabel('Mô tả ảnh (cho người khiếm thị)').fill('Hộp quà chè');
  await upload(page);
  await expect(page.getByRole('status')).toHaveText('Đã tải ảnh lên.');
  await page.getByRole('button', { name: 'Đặt làm ảnh chính' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã đổi ảnh chính.');
  await expect(page.locator('.seller-photos img').first()).toHaveAttribute('alt', 'Hộp quà chè');
  await page.getByRole('button', { name: 'Xóa ảnh: Hộp quà chè' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã xóa ảnh.');
  await expect(page.locator('.seller-photos img')).toHaveCount(1);

  // A second variant added on the edit page.
  await page.locator('#f-variants-1-sku').fill(`${sku}-HOP`);
  await page.locator('#f-variants-1-label').fill('hộp quà 500 g');
  await page.locator('#f-variants-1-price').fill('280000');
  await page.locator('#f-variants-1-stock').fill('12');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu.');
  await expect(page.locator('#f-variants-1-sku')).toHaveValue(`${sku}-HOP`);

  await page.getByRole('button', { name: 'Đăng bán' }).click();
  await expect(page.getByRole('status')).toContainText('Đã đăng bán');
  await expect(page.locator('.seller-heading .status-badge')).toHaveText('Đang bán');
  await shot(page, 'seller-03-product-edit');

  await workspaceNav.getByRole('link', { name: 'Sản phẩm', exact: true }).click();
  const row = page.getByTestId('seller-products').getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Đang bán');
  await expect(row).toContainText('120.000');
  await expect(row).toContainText('52');
  await shot(page, 'seller-04-products');

  // The published product is on the public catalogue page.
  await row.getByRole('link', { name }).click();
  await page.getByRole('link', { name: 'Xem trên sàn' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('a producer records a batch and edits the profile; English pages work too', async ({ page }) => {
  await page.goto('/dang-nhap?tiep=%2Fkenh-nguoi-ban%2Fho-so');
  await page.getByLabel('Email').fill('chuthe@ocop.test');
  await page.getByLabel('Mật khẩu').fill('sao-ocop-demo-2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ chủ thể' })).toBeVisible();
  await page.getByLabel('Email liên hệ').fill('sai-email');
  await page.getByLabel('Địa chỉ (thôn, xóm, số nhà)').fill('Xóm Soi, Tân Cương');
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.locator('#f-email-error')).toHaveText('Email không hợp lệ.');
  await expect(page.getByLabel('Địa chỉ (thôn, xóm, số nhà)')).toHaveValue('Xóm Soi, Tân Cương');
  await page.getByLabel('Email liên hệ').fill('lienhe@tancuong.vn');
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu hồ sơ.');
  await shot(page, 'seller-05-profile');

  await page.getByRole('navigation', { name: 'Kênh người bán' }).getByRole('link', { name: 'Sản phẩm', exact: true }).click();
  await page.getByTestId('seller-products').getByRole('row').nth(1).getByRole('link').click();
  await page.getByRole('link', { name: 'Lô sản xuất' }).click();
  const lot = `LO-${Date.now()}`;
  await page.getByLabel('Số lô').fill(lot);
  await page.getByLabel('Ngày sản xuất').fill('2026-01-15');
  await page.getByLabel('Số lượng').fill('abc');
  await page.getByRole('button', { name: 'Ghi lô' }).click();
  await expect(page.locator('#f-quantity-error')).toHaveText('Hãy nhập một số nguyên (vd. 120000).');
  await expect(page.getByLabel('Số lô')).toHaveValue(lot);
  await page.getByLabel('Số lượng').fill('200');
  await page.getByRole('button', { name: 'Ghi lô' }).click();
  await expect(page.getByRole('status')).toHaveText(`Đã ghi lô ${lot}.`);
  await expect(page.getByRole('cell', { name: lot })).toBeVisible();
  await shot(page, 'seller-06-batches');

  await page.goto('/en/seller');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Overview');
  await expect(page.getByRole('link', { name: 'New product' })).toBeVisible();
});
