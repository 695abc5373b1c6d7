import { expect, test, type Browser, type Page } from './fixtures/csp.js';

const shot = async (page: Page, name: string) => {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
};
const OPERATOR = { email: 'dieuhanh@ocop.test', password: 'sao-ocop-demo-2026' };

async function logInAs(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
  return page;
}

/** The first Saturday at least two days after today in Vietnam (so its slots are past no cut-off). */
function nextSaturday(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  let day = new Date(`${today}T00:00:00Z`);
  do day = new Date(day.getTime() + 86_400_000);
  while (day.getUTCDay() !== 6 || day.getTime() - Date.parse(`${today}T00:00:00Z`) < 2 * 86_400_000);
  return day.toISOString().slice(0, 10);
}

test('a visitor finds a 4★ experience in Lào Cai for 2 people next Saturday and sees the places left', async ({ page }) => {
  const saturday = nextSaturday();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Du lịch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Du lịch cộng đồng OCOP' })).toBeVisible();
  await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Lào Cai' });
  await page.getByLabel('Hạng sao OCOP của điểm').selectOption('4');
  await page.getByLabel('Ngày đi').fill(saturday);
  await page.getByLabel('Số khách').fill('2');
  await page.getByRole('button', { name: 'Tìm trải nghiệm' }).click();
  await expect(page).toHaveURL(new RegExp(`tinh=15.*sao=4.*ngay=${saturday}.*khach=2`));
  const card = page.getByRole('article').filter({ hasText: 'Hái chè Shan tuyết và thưởng trà' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('img', { name: '4 sao OCOP' })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'Làm gốm Bát Tràng' })).toHaveCount(0);
  await shot(page, 'tourism-01-list-lao-cai-4-stars');

  await card.getByRole('link', { name: 'Hái chè Shan tuyết và thưởng trà' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hái chè Shan tuyết và thưởng trà' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Người lớn/ })).toContainText('350.000');
  await expect(page.getByRole('row', { name: /Trẻ em 6–11 tuổi/ })).toContainText('180.000');
  await expect(page.getByText('Hủy miễn phí đến 48 giờ trước giờ bắt đầu.')).toBeVisible();
  await expect(page.getByLabel('Chọn ngày')).toHaveValue(saturday);
  const slots = page.getByTestId('slot');
  await expect(slots).toHaveCount(2);
  await expect(slots.first()).toContainText('08:00');
  // 12 places, fewer when tourism-booking.spec (running in parallel) has booked that slot already.
  await expect(slots.first()).toContainText(/Còn (\d|1[0-2]) chỗ/);
  await expect(page.getByRole('heading', { name: 'Sản phẩm OCOP trong trải nghiệm' })).toBeVisible();
  await shot(page, 'tourism-02-experience-slots');
});

test('an operator creates an experience, publishes it and generates its slots', async ({ browser }) => {
  const page = await logInAs(browser, OPERATOR.email, OPERATOR.password);
  const name = `Làm tương Đường Lâm ${Date.now()}`;
  await page.goto('/du-lich/kenh-dieu-hanh/trai-nghiem');
  await expect(page.getByRole('heading', { level: 1, name: 'Trải nghiệm' })).toBeVisible();
  await page.getByLabel('Điểm du lịch').selectOption({ label: 'Làng cổ Đường Lâm' });
  await page.getByLabel('Tên trải nghiệm').fill(name);
  await page.getByLabel('Thời lượng (phút)').fill('90');
  await page.getByLabel('Số khách tối đa mỗi lần đặt').fill('6');
  await page.getByLabel('Người lớn (₫)').fill('220000');
  await page.getByRole('button', { name: 'Tạo', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByTestId('experience-status')).toHaveText('Nháp');
  await page.getByLabel('Giá đã bao gồm (cách nhau bởi dấu phẩy)').fill('Nguyên liệu, Hướng dẫn viên');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu.');
  await page.getByRole('button', { name: 'Công khai' }).click();
  await expect(page.getByTestId('experience-status')).toHaveText('Đã công khai');
  await shot(page, 'tourism-03-operator-experience');

  await page.getByRole('link', { name: 'Lịch', exact: true }).click();
  await page.getByLabel('Giờ bắt đầu (giờ Việt Nam, HH:MM, cách nhau bởi dấu phẩy)').fill('09:00, 14:30');
  await page.getByLabel('Sức chứa (chỗ)').fill('6');
  await page.getByRole('button', { name: 'Tạo khung giờ' }).click();
  await expect(page.getByTestId('slots-notice')).toContainText(/Đã tạo \d+ khung giờ\./);
  const table = page.getByTestId('slots-table');
  await expect(table.getByRole('row').nth(1)).toContainText('Có thể đặt');
  // A slot's capacity can change; closing it shows why.
  const firstSlot = table.getByRole('row').nth(1);
  await firstSlot.getByRole('button', { name: 'Đóng', exact: true }).click();
  await expect(page.getByTestId('slots-table').getByRole('row').nth(1)).toContainText('Tạm đóng');
  await shot(page, 'tourism-04-operator-slots');
});

test("the operator edits its point, and the Hà Nội council records a tourism point's OCOP certificate", async ({ browser }) => {
  const operator = await logInAs(browser, OPERATOR.email, OPERATOR.password);
  await operator.goto('/du-lich/kenh-dieu-hanh/diem');
  await operator.getByRole('link', { name: 'Làng cổ Đường Lâm' }).click();
  await expect(operator.getByRole('heading', { level: 1, name: 'Làng cổ Đường Lâm' })).toBeVisible();
  await expect(operator.getByTestId('point-status')).toHaveText('Đã công khai');
  await operator.getByLabel('Tiện ích (cách nhau bởi dấu phẩy)').fill('Bãi đỗ xe, Nhà vệ sinh, Cho thuê xe đạp, Wi-Fi, Quầy sản phẩm OCOP');
  await operator.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(operator.getByRole('status')).toHaveText('Đã lưu.');
  await shot(operator, 'tourism-05-operator-point');

  const council = await logInAs(browser, 'hoidong.hanoi@ocop.test', OPERATOR.password);
  await council.goto('/hoi-dong/diem-du-lich');
  await expect(council.getByRole('heading', { level: 1, name: 'Điểm du lịch cộng đồng của tỉnh' })).toBeVisible();
  const point = council.getByRole('region', { name: /Làng cổ Đường Lâm/ });
  await point.getByLabel('Hạng sao').selectOption('4');
  await point.getByLabel('Số quyết định').fill(`${Date.now() % 100000}/QĐ-UBND`);
  await point.getByLabel('Ngày quyết định').fill('2026-11-01');
  await point.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(council.getByRole('status')).toHaveText('Đã ghi nhận chứng nhận.');
  await expect(council.getByRole('region', { name: /Làng cổ Đường Lâm/ }).getByRole('img', { name: '4 sao OCOP' })).toBeVisible();
  await shot(council, 'tourism-06-council-points');
});
