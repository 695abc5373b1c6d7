import { expect, test, type Browser, type BrowserContext, type Page } from './fixtures/csp.js';

/**
 * Issue 6, acceptance 4 (the tourism part): a tourist finds a 4★ experience in Lào Cai for 2 adults
 * next Saturday, books it through the cart and checkout (bookings only: no address), pays by VietQR
 * (the admin marks the transfer received), sees the booking confirmed with its free-cancellation
 * deadline, and the operator's calendar shows it.
 */
test.describe.configure({ mode: 'serial' });

const DEMO_PASSWORD = 'sao-ocop-demo-2026';
const stamp = Date.now();
const EXPERIENCE = 'Hái chè Shan tuyết và thưởng trà';
const OPERATOR_SLUG = 'htx-du-lich-cong-dong-suoi-giang';
const shot = async (page: Page, name: string) => {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `screenshots/tourism-booking-${name}.png`, fullPage: true });
};

/** Next Saturday in Vietnam (at least two days ahead, so the experience's 12-hour cut-off never bites). */
function nextSaturday(): string {
  const vietnam = new Date(Date.now() + 7 * 3_600_000);
  const days = ((6 - vietnam.getUTCDay() + 7) % 7) || 7;
  return new Date(vietnam.getTime() + (days < 2 ? days + 7 : days) * 86_400_000).toISOString().slice(0, 10);
}

async function logIn(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
  return page;
}

let contexts: BrowserContext[] = [];
const newContext = async (browser: Browser) => {
  const context = await browser.newContext();
  contexts.push(context);
  return context;
};
test.afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  contexts = [];
});

const saturday = nextSaturday();
const touristEmail = `du.khach.${stamp}@example.vn`;
let tourist: Page;
let orderNumber = '';

test('1. a tourist finds a 4★ experience in Lào Cai for 2 adults next Saturday and books it', async ({ browser }) => {
  test.setTimeout(90_000);
  tourist = await (await newContext(browser)).newPage();
  await tourist.goto('/du-lich');
  await tourist.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Lào Cai' });
  await tourist.getByLabel('Hạng sao OCOP của điểm').selectOption('4');
  await tourist.getByLabel('Ngày đi').fill(saturday);
  await tourist.getByLabel('Số khách').fill('2');
  await tourist.getByRole('button', { name: 'Tìm trải nghiệm' }).click();
  await expect(tourist).toHaveURL(/tinh=15/);
  const card = tourist.getByRole('link', { name: EXPERIENCE });
  await expect(card).toBeVisible();
  await shot(tourist, '01-list');
  await card.click();
  await expect(tourist.getByRole('heading', { level: 1 })).toHaveText(EXPERIENCE);
  await expect(tourist).toHaveURL(new RegExp(`ngay=${saturday}`));

  const slots = tourist.getByTestId('booking-slots');
  const open = slots.getByRole('radio').and(tourist.locator(':not([disabled])')).first();
  await open.check();
  await slots.getByLabel(/Người lớn/).fill('2');
  await shot(tourist, '02-experience-booking-form');
  // Nobody: the form says why, in Vietnamese, and keeps the choice.
  await slots.getByLabel(/Người lớn/).fill('0');
  await slots.getByRole('button', { name: 'Thêm vào giỏ' }).click();
  await expect(slots.getByRole('alert')).toHaveText('Số người không hợp lệ: chọn ít nhất 1 người và không quá số người tối đa.');
  await expect(slots.getByLabel(/Người lớn/)).toHaveValue('0');
  await slots.getByLabel(/Người lớn/).fill('2');
  await slots.getByRole('button', { name: 'Thêm vào giỏ' }).click();

  await expect(tourist).toHaveURL(/\/gio-hang\?dat-cho$/);
  await expect(tourist.getByRole('status')).toHaveText('Đã thêm đặt chỗ vào giỏ hàng.');
  const line = tourist.getByTestId('cart-booking');
  await expect(line).toContainText(EXPERIENCE);
  await expect(line).toContainText('2 × Người lớn');
  await shot(tourist, '03-cart');
});

test('2. checks out without an address and pays by VietQR; the admin marks the transfer received', async ({ browser }) => {
  test.setTimeout(90_000);
  await tourist.getByRole('link', { name: 'Tiến hành thanh toán' }).click();
  await expect(tourist).toHaveURL(/\/thanh-toan$/);
  await expect(tourist.getByTestId('no-shipping-needed')).toBeVisible();
  await expect(tourist.getByLabel('Số nhà, tên đường')).toHaveCount(0);
  await expect(tourist.getByTestId('checkout-booking')).toContainText(EXPERIENCE);
  await tourist.getByLabel('Họ và tên').fill('Phạm Thu Trang');
  await tourist.getByLabel('Email').fill(touristEmail);
  await tourist.getByLabel('Số điện thoại').fill('0912 345 678');
  await tourist.getByLabel(/Chuyển khoản ngân hàng/).check();
  await shot(tourist, '04-checkout');
  await tourist.getByRole('button', { name: 'Đặt hàng' }).click();
  await expect(tourist).toHaveURL(/\/don-hang\/OCOP-[\w-]+\?moi$/);
  orderNumber = decodeURIComponent(new URL(tourist.url()).pathname.split('/').pop()!);
  await expect(tourist.getByTestId('bank-transfer')).toBeVisible();
  await expect(tourist.getByTestId('booking-state')).toHaveText('Chờ thanh toán');
  await shot(tourist, '05-order-awaiting-transfer');

  const admin = await logIn(await newContext(browser), 'quantri@ocop.test');
  await admin.goto('/quan-tri/thanh-toan');
  const row = admin.getByRole('row').filter({ hasText: orderNumber });
  await row.getByRole('button', { name: `Đã nhận chuyển khoản cho đơn ${orderNumber}` }).click();
  await expect(admin.getByRole('status')).toHaveText(`Đơn ${orderNumber}: đã ghi nhận tiền chuyển khoản.`);

  await tourist.reload();
  await expect(tourist.getByTestId('booking-state')).toHaveText('Đã xác nhận');
  await expect(tourist.getByTestId('cancellation-deadline')).toContainText('Huỷ miễn phí đến');
  await expect(tourist.getByRole('button', { name: `Huỷ đặt chỗ ${EXPERIENCE}` })).toBeVisible();
  await shot(tourist, '06-order-confirmed');

  // The operator's calendar (an admin may open any operator's) shows the booking on that Saturday.
  await admin.goto(`/du-lich/kenh-dieu-hanh/lich?tuan=${saturday}&don-vi=${OPERATOR_SLUG}`);
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Lịch đặt chỗ');
  const booking = admin.getByTestId('calendar-booking').filter({ hasText: orderNumber });
  await expect(booking).toContainText('Đã xác nhận');
  await expect(booking).toContainText('2 × Người lớn');
  await expect(booking).toContainText(touristEmail);
  await expect(admin.getByTestId('calendar-slot').filter({ has: booking }).getByTestId('slot-places')).toContainText('2 đã đặt');
  await shot(admin, '07-operator-calendar');
});

test('3. the tourist cancels free before the deadline: places back, the transfer to be refunded', async () => {
  await tourist.getByRole('button', { name: `Huỷ đặt chỗ ${EXPERIENCE}` }).click();
  await expect(tourist.getByTestId('booking-state')).toHaveText('Đã huỷ');
  await expect(tourist.getByTestId('booking')).toContainText('Sẽ hoàn 700.000');
  await expect(tourist.getByRole('button', { name: `Huỷ đặt chỗ ${EXPERIENCE}` })).toHaveCount(0);
  await shot(tourist, '08-order-cancelled');
});

test('4. the demo operator sees its own week', async ({ browser }) => {
  const operator = await logIn(await newContext(browser), 'dieuhanh@ocop.test');
  await operator.goto(`/du-lich/kenh-dieu-hanh/lich?tuan=${saturday}`);
  await expect(operator.getByTestId('calendar-day')).toHaveCount(7);
  await expect(operator.getByTestId('calendar-slot').first()).toBeVisible();
  await shot(operator, '09-demo-operator-week');
});
