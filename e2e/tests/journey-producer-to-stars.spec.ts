import { png } from './png.js';
import { expect, test, type Browser, type BrowserContext, type Page } from './fixtures/csp.js';

/**
 * Issue 4, acceptance 3, end to end and as people do it: a new person signs up and registers a
 * producer (pending), an admin approves it, the producer lists a product with a photo and asks for
 * an evaluation, the Hà Nội council scores it 75 points (4★) and recognises it, and an anonymous
 * visitor sees 4★ on the product page, on the catalogue card and on the certificate page.
 * Each person has a browser context of their own.
 */
test.describe.configure({ mode: 'serial' });

const DEMO_PASSWORD = 'sao-ocop-demo-2026';
const PASSWORD = 'banh-cuon-thanh-tri-2026';
const stamp = Date.now();
const email = `htx.lang.nghe.${stamp}@example.vn`;
const producerName = `HTX Chè Ba Vì ${stamp}`;
const productName = `Chè búp Ba Vì sao tay ${stamp}`;
const sku = `BAVI-${stamp}`;
const certificateNumber = `75/QĐ-UBND-${stamp % 100000}`;

/** Full-page screenshot from the top (the workspace menu is sticky). */
async function shot(page: Page, name: string) {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `screenshots/journey-${name}.png`, fullPage: true });
}

async function logIn(browser: Browser, who: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(who);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(who);
  return { context, page };
}

let producer: { context: BrowserContext; page: Page };
let productPath = '';
let productSlug = '';

test.afterAll(async () => {
  await producer?.context.close();
});

test('1. a new person signs up and registers a producer in Hà Nội: pending approval, nothing public', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  producer = { context, page };
  await page.goto('/dang-ky');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);

  // The council's workspace is not theirs: a page that says so (not "try again later").
  expect((await page.goto('/hoi-dong'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Bạn không có quyền xem trang này' })).toBeVisible();
  await expect(page).toHaveTitle(/Bạn không có quyền xem trang này/);
  await shot(page, '00-forbidden');

  // The account page leads a new person to the producer registration.
  await page.getByTestId('viewer-email').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeVisible();
  await page.getByRole('link', { name: /Đăng ký chủ thể để bán hàng/ }).click();
  await expect(page).toHaveURL(/\/kenh-nguoi-ban$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký chủ thể OCOP' })).toBeVisible();
  await shot(page, '01-seller-register-form');
  // A missing province is answered in Vietnamese beside the field, and nothing typed is lost.
  await page.getByLabel('Tên chủ thể').fill(producerName);
  await page.getByLabel('Loại hình').selectOption('COOPERATIVE');
  await page.getByLabel('Điện thoại').fill('0243 8765 432');
  await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
  await expect(page.locator('#f-provinceCode-error')).toBeVisible();
  await expect(page.getByLabel('Tên chủ thể')).toHaveValue(producerName);
  await expect(page.getByLabel('Điện thoại')).toHaveValue('0243 8765 432');
  await page.getByLabel('Tỉnh/thành phố').selectOption('01');
  await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã gửi đăng ký. Hồ sơ đang chờ duyệt.');
  await expect(page.getByTestId('pending-notice')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(producerName);
  await shot(page, '02-seller-pending');

  // A product made while pending: even published, it is not public.
  const nav = page.getByRole('navigation', { name: 'Kênh người bán' });
  await nav.getByRole('link', { name: 'Thêm sản phẩm' }).click();
  await page.getByLabel('Nhóm sản phẩm').selectOption('BEVERAGES');
  await page.getByLabel('Tên sản phẩm').fill(productName);
  await page.getByLabel('Mô tả', { exact: true }).fill('Chè búp một tôm hai lá, hái ở sườn núi Ba Vì.\n\nSao tay trên chảo gang.');
  await page.getByLabel('Vùng nguyên liệu').fill('Ba Vì, Hà Nội');
  await page.getByLabel('Mã SKU').fill(sku);
  await page.getByLabel('Tên phân loại (vd. hộp 200 g)').fill('gói 200 g');
  await page.getByLabel('Giá (đồng)').fill('150.000');
  await page.getByLabel('Tồn kho').fill('30');
  await page.getByLabel('Khối lượng (gam)').fill('210');
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã tạo bản nháp. Thêm ảnh rồi đăng bán khi sẵn sàng.');
  productPath = new URL(page.url()).pathname + new URL(page.url()).search.replace(/[?&]xong=[^&]*/, '');
  await page.getByRole('button', { name: 'Đăng bán' }).click();
  // Published, but the notice warns that nothing is public before the approval.
  await expect(page.getByRole('status')).toHaveText('Sản phẩm đã đăng bán nhưng chỉ hiển thị công khai khi chủ thể được duyệt.');
  await expect(page.getByRole('status')).toHaveClass(/notice--warning/);
  await expect(page.locator('.seller-heading .status-badge')).toHaveText('Đang bán');
  await expect(page.getByRole('link', { name: 'Xem trên sàn' })).toHaveCount(0);
  await shot(page, '03-seller-product-published-while-pending');

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  const search = await visitor.goto(`/tim-kiem?q=${encodeURIComponent(productName)}`);
  expect(search?.status()).toBe(200);
  await expect(visitor.getByText('Tìm thấy 0 sản phẩm')).toBeVisible();
  await expect(visitor.locator('article.card').filter({ hasText: productName })).toHaveCount(0);
  await anonymous.close();
});

test('2. the admin approves the registration', async ({ browser }) => {
  const { context, page } = await logIn(browser, 'quantri@ocop.test');
  await page.goto('/quan-tri');
  await page.getByRole('link', { name: /chủ thể chờ duyệt/ }).click();
  const row = page.getByRole('row').filter({ hasText: producerName });
  await expect(row).toContainText('Chờ duyệt');
  await expect(row).toContainText('Hà Nội');
  await shot(page, '04-admin-pending-producers');
  await row.getByRole('button', { name: `Duyệt ${producerName}` }).click();
  await expect(page.getByRole('status')).toHaveText(`Đã duyệt ${producerName}.`);
  await expect(page.getByRole('row').filter({ hasText: producerName })).toHaveCount(0);
  await shot(page, '05-admin-approved');
  await context.close();
});

test('3. the approved producer adds a photo, publishes and asks for an OCOP evaluation', async () => {
  const { page } = producer;
  await page.goto('/kenh-nguoi-ban');
  await expect(page.getByTestId('pending-notice')).toHaveCount(0);
  await shot(page, '06-seller-approved-dashboard');
  await page.goto(productPath);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(productName);

  await page.getByLabel('Chọn ảnh (JPEG, PNG hoặc WebP, tối đa 5 MB)').setInputFiles({ name: 'che-ba-vi.png', mimeType: 'image/png', buffer: png(480, 320) });
  await page.getByLabel('Mô tả ảnh (cho người khiếm thị)').fill('Gói chè búp Ba Vì');
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/kenh-nguoi-ban/san-pham/')),
    page.getByRole('button', { name: 'Tải ảnh lên' }).click(),
  ]);
  await expect(page.getByRole('status')).toHaveText('Đã tải ảnh lên.');
  const photo = page.getByRole('img', { name: 'Gói chè búp Ba Vì' });
  await expect(photo).toBeVisible();
  // The photo is lazy-loaded: wait for its bytes rather than reading naturalWidth at once.
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);

  // Now public: the page links to the product on the market.
  await expect(page.locator('.seller-heading .status-badge')).toHaveText('Đang bán');
  const publicLink = page.getByRole('link', { name: 'Xem trên sàn' });
  await expect(publicLink).toBeVisible();
  productSlug = (await publicLink.getAttribute('href'))!.replace(/^\/san-pham\//, '');
  expect(productSlug).toMatch(/^[a-z0-9-]+$/);

  const request = page.getByRole('region', { name: 'Gửi đề nghị đánh giá OCOP' });
  await request.getByRole('button', { name: 'Gửi đề nghị đánh giá OCOP' }).click();
  await expect(page.getByRole('region', { name: 'Gửi đề nghị đánh giá OCOP' }).getByRole('status')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rút đề nghị' })).toBeVisible();
  await shot(page, '07-seller-product-submitted');
});

test('4. the Hà Nội council scores it 75 points (4★) and recognises a certificate', async ({ browser }) => {
  const { context, page } = await logIn(browser, 'hoidong.hanoi@ocop.test');
  await page.goto('/hoi-dong');
  await expect(page.getByRole('heading', { level: 1, name: 'Sản phẩm chờ đánh giá' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: productName });
  await expect(row).toContainText(producerName);
  await expect(row).toContainText('Hà Nội');
  await shot(page, '08-council-queue');
  await row.getByRole('link', { name: productName }).click();
  await expect(page.getByRole('heading', { level: 1, name: productName })).toBeVisible();
  await page.getByLabel(/^Phần A/).fill('30');
  await page.getByLabel(/^Phần B/).fill('20');
  await page.getByLabel(/^Phần C/).fill('25');
  await expect(page.getByText('Tổng: 75 / 100 điểm')).toBeVisible();
  await shot(page, '09-council-scoring');
  await page.getByRole('button', { name: 'Lưu kết quả chấm' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu kết quả chấm' })).toHaveText('Đã lưu kết quả chấm: 75 điểm, 4 sao.');
  await shot(page, '10-council-evaluated');

  await page.getByLabel('Số quyết định').fill(certificateNumber);
  await expect(page.getByLabel('Ngày quyết định')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByRole('button', { name: 'Công nhận' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Chứng nhận số ${certificateNumber}` })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`Đã công nhận và cấp chứng nhận số ${certificateNumber}.`);
  await expect(page.getByRole('region', { name: 'Lịch sử chứng nhận' })).toContainText('Hạng sao: 4 sao');
  await shot(page, '11-council-certificate');
  await context.close();
});

test('5. an anonymous visitor sees 4★ on the product page, the catalogue card and the certificate page', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/san-pham/${productSlug}`);
  await expect(page.getByRole('heading', { level: 1, name: productName })).toBeVisible();
  await expect(page.getByRole('img', { name: '4 sao OCOP' }).first()).toBeVisible();
  await expect(page.getByText(certificateNumber).first()).toBeVisible();
  await expect(page.getByRole('img', { name: 'Gói chè búp Ba Vì' })).toBeVisible();
  await shot(page, '12-public-product');

  await page.goto('/san-pham?nhom=BEVERAGES&tinh=01&sao=4');
  const card = page.locator('article.card').filter({ hasText: productName });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('img', { name: '4 sao OCOP' })).toBeVisible();
  await shot(page, '13-public-catalogue');

  await page.goto(`/chung-nhan/${encodeURIComponent(certificateNumber)}?san-pham=${productSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(certificateNumber);
  await expect(page.getByRole('region', { name: 'Lịch sử chứng nhận' })).toContainText('Công nhận, cấp chứng nhận');
  await shot(page, '14-public-certificate');
  await context.close();
});

test('6. the seller, council and admin home pages in English', async ({ browser }) => {
  const { page } = producer;
  await page.goto('/en/seller');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Overview`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(producerName);
  await expect(page.getByRole('navigation', { name: 'Seller centre' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: certificateNumber }).getByRole('img', { name: '4-star OCOP' })).toBeVisible();
  await shot(page, '15-seller-en');
  for (const [who, path, heading, name] of [
    ['hoidong.hanoi@ocop.test', '/en/council', 'Products awaiting evaluation', '16-council-en'],
    ['quantri@ocop.test', '/en/admin', 'Administration overview', '17-admin-en'],
  ] as const) {
    const { context, page: p } = await logIn(browser, who);
    expect((await p.goto(path))?.status()).toBe(200);
    await expect(p.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    if (who === 'quantri@ocop.test') {
      // The council's evaluation in the recent changes: scores as text, not JSON; empty fields left out.
      const evaluation = p.getByRole('row').filter({ hasText: 'Evaluation recorded' }).first();
      await expect(evaluation).toContainText('scores: – → A: 30, B: 20, C: 25');
      await expect(p.getByRole('row').filter({ hasText: certificateNumber }).first()).not.toContainText('revokedOn');
    }
    await shot(p, name);
    await context.close();
  }
});
