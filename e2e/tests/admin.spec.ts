import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from './fixtures/csp.js';
import { E2E } from '../ports.mjs';

const shot = async (page: Page, name: string) => {
  // The workspace menu is sticky: from the top, it stands beside the page's heading.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
};
const PASSWORD = 'che-thai-nguyen-tan-cuong';
const ADMIN = { email: 'quantri@ocop.test', password: 'sao-ocop-demo-2026' };

async function signUp(page: Page, email: string) {
  await page.goto('/dang-ky');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
}

async function logInAs(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
  return page;
}

/** A GraphQL request to the API with the browser's session (as a script of the signed-in user would). */
async function gqlAs(page: Page, query: string, variables: Record<string, unknown>) {
  const session = (await page.context().cookies()).find((c) => c.name.endsWith('ocop_session'));
  expect(session).toBeTruthy();
  const res = await page.request.post(`http://localhost:${E2E.api}/graphql`, {
    headers: { 'content-type': 'application/json', cookie: `${session!.name}=${session!.value}` },
    data: { query, variables },
  });
  expect(res.ok()).toBe(true);
  return (await res.json()) as { data: any; errors?: unknown[] };
}

test('an admin approves a new producer, makes a user a council member and reads it in the audit log', async ({ page, browser }) => {
  const stamp = Date.now();
  const email = `htx.${stamp}@example.vn`;
  const producerName = `HTX Nấm Hương Sơn ${stamp}`;
  await signUp(page, email);
  // The producer workspace's registration page belongs to another branch: register through the API.
  const registered = await gqlAs(page, `mutation ($input: ProducerRegisterInput!) { producerRegister(input: $input) { producer { verified } userErrors { code } } }`, {
    input: { name: producerName, kind: 'COOPERATIVE', provinceCode: '01' },
  });
  expect(registered.data.producerRegister).toEqual({ producer: { verified: false }, userErrors: [] });

  const admin = await logInAs(browser, ADMIN.email, ADMIN.password);
  await admin.getByRole('link', { name: 'Quản trị' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Tổng quan quản trị' })).toBeVisible();
  await expect(admin.getByRole('link', { name: /chủ thể chờ duyệt/ })).toBeVisible();
  await shot(admin, 'admin-01-dashboard');

  await admin.getByRole('link', { name: /chủ thể chờ duyệt/ }).click();
  await expect(admin).toHaveURL(/\/quan-tri\/chu-the$/);
  const row = admin.getByRole('row').filter({ hasText: producerName });
  await expect(row).toContainText('Chờ duyệt');
  await shot(admin, 'admin-02-pending-producers');
  await row.getByRole('button', { name: `Duyệt ${producerName}` }).click();
  await expect(admin.getByRole('status')).toHaveText(`Đã duyệt ${producerName}.`);
  await expect(admin.getByRole('row').filter({ hasText: producerName })).toHaveCount(0);
  await admin.getByRole('link', { name: 'Đã duyệt', exact: true }).click();
  await expect(admin.getByRole('row').filter({ hasText: producerName })).toContainText('Đã duyệt');

  // Users: find the new account, give it Hà Nội's council; a missing scope is answered in Vietnamese first.
  await admin.getByRole('link', { name: 'Người dùng và vai trò' }).click();
  await admin.getByLabel('Tìm theo email').fill(`htx.${stamp}`);
  await admin.locator('.workspace').getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(admin).toHaveURL(/email=htx/);
  const userRow = admin.getByRole('row').filter({ hasText: email });
  await expect(userRow).toContainText('Thành viên chủ thể OCOP – ' + producerName + ' (chủ sở hữu)');
  await admin.getByLabel('Email tài khoản').fill(email);
  await admin.getByLabel('Loại vai trò').selectOption('COUNCIL_MEMBER');
  await admin.getByLabel('Cấp hội đồng').selectOption('PROVINCE');
  await admin.getByRole('button', { name: 'Giao vai trò' }).click();
  await expect(admin.locator('#provinceId-error')).toHaveText('Hội đồng cấp tỉnh cần một tỉnh, thành phố.');
  await expect(admin.getByLabel('Email tài khoản')).toHaveValue(email);
  await expect(admin.getByLabel('Cấp hội đồng')).toHaveValue('PROVINCE');
  await admin.getByLabel('Tỉnh, thành phố (hội đồng cấp tỉnh)').selectOption({ label: 'Hà Nội' });
  await admin.getByRole('button', { name: 'Giao vai trò' }).click();
  await expect(admin.getByRole('status')).toHaveText(`Đã giao vai trò Hội đồng đánh giá cho ${email}.`);
  await expect(admin.getByRole('row').filter({ hasText: email })).toContainText('Hội đồng đánh giá – Hội đồng Hà Nội');
  // Assigning it again is refused with the API's code, in Vietnamese.
  await admin.getByLabel('Email tài khoản').fill(email);
  await admin.getByLabel('Loại vai trò').selectOption('COUNCIL_MEMBER');
  await admin.getByLabel('Cấp hội đồng').selectOption('PROVINCE');
  await admin.getByLabel('Tỉnh, thành phố (hội đồng cấp tỉnh)').selectOption({ label: 'Hà Nội' });
  await admin.getByRole('button', { name: 'Giao vai trò' }).click();
  await expect(admin.getByRole('alert')).toHaveText('Tài khoản này đã có vai trò này.');
  await shot(admin, 'admin-03-users');

  // The new council member sees the council link in the header.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Hội đồng đánh giá' })).toBeVisible();

  await admin.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Nhật ký thay đổi' })).toBeVisible();
  const approval = admin.getByRole('row').filter({ hasText: 'Duyệt chủ thể OCOP' }).filter({ hasText: producerName });
  await expect(approval).toContainText(ADMIN.email);
  await expect(approval).toContainText('verified: false → true');
  await expect(admin.getByRole('row').filter({ hasText: 'Giao vai trò' }).filter({ hasText: email }).first()).toBeVisible();
  await admin.getByLabel('Hành động').selectOption('ROLE_ASSIGNED');
  await admin.locator('.workspace').getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(admin).toHaveURL(/hanh-dong=ROLE_ASSIGNED/);
  // The URL changes before the filtered log has rendered: assertions that wait, not one read.
  const rows = admin.locator('tbody tr');
  await expect(rows.first()).toContainText('Giao vai trò');
  await expect(rows.filter({ hasNotText: 'Giao vai trò' })).toHaveCount(0);
  await shot(admin, 'admin-04-audit-log');

  // Revoking the council role takes it away again (and is logged).
  await admin.goto(`/quan-tri/nguoi-dung?email=${encodeURIComponent(email)}`);
  await admin.getByRole('button', { name: `Thu hồi vai trò Hội đồng đánh giá – Hội đồng Hà Nội của ${email}` }).click();
  await expect(admin.getByRole('status')).toHaveText('Đã thu hồi vai trò.');
  await expect(admin.getByRole('row').filter({ hasText: email })).not.toContainText('Hội đồng Hà Nội');
  await admin.goto('/quan-tri/nhat-ky?hanh-dong=ROLE_REVOKED');
  await expect(admin.getByRole('row').filter({ hasText: email })).toContainText('COUNCIL_MEMBER → –');

  // The same workspace in English.
  await admin.goto('/en/admin');
  await expect(admin.getByRole('heading', { level: 1, name: 'Administration overview' })).toBeVisible();
  await expect(admin.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await shot(admin, 'admin-05-dashboard-en');
});

test('a tourism operator registers, waits for approval, and sees it approved', async ({ page, browser }) => {
  const stamp = Date.now();
  const email = `dulich.${stamp}@example.vn`;
  const name = `Homestay Bản Lác ${stamp}`;
  await signUp(page, email);
  await page.goto('/du-lich/kenh-dieu-hanh');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký đơn vị du lịch cộng đồng' })).toBeVisible();
  // Mistakes are answered in Vietnamese beside the fields, and nothing typed is lost.
  await page.getByLabel('Tên đơn vị').fill('   ');
  await page.getByLabel('Loại hình').selectOption('HOUSEHOLD');
  await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Phú Thọ' });
  await page.getByLabel('Điện thoại').fill('gọi cho tôi');
  await page.getByLabel('Giới thiệu').fill('Nhà sàn người Thái bên suối.\n\nĐạp xe quanh bản.');
  await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
  await expect(page.locator('#name-error')).toHaveText('Hãy nhập tên đơn vị.');
  await expect(page.locator('#phone-error')).toHaveText('Số điện thoại không hợp lệ.');
  await expect(page.getByLabel('Giới thiệu')).toHaveValue('Nhà sàn người Thái bên suối.\n\nĐạp xe quanh bản.');
  await expect(page.getByLabel('Tỉnh, thành phố')).toHaveValue(/\d{2}/);
  await page.getByLabel('Tên đơn vị').fill(name);
  await page.getByLabel('Điện thoại').fill('0210 3456 789');
  await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã gửi đăng ký. Đơn vị đang chờ quản trị viên duyệt.');
  await expect(page.getByTestId('operator-status')).toContainText('Chờ duyệt');
  await expect(page.getByRole('link', { name: 'Kênh điều hành du lịch' })).toBeVisible();

  const admin = await logInAs(browser, ADMIN.email, ADMIN.password);
  await admin.goto('/quan-tri/don-vi-du-lich');
  const row = admin.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Hộ gia đình');
  await expect(row).toContainText('Phú Thọ');
  await shot(admin, 'admin-06-pending-operators');
  await row.getByRole('button', { name: `Duyệt ${name}` }).click();
  await expect(admin.getByRole('status')).toHaveText(`Đã duyệt ${name}.`);

  await page.reload();
  await expect(page.getByTestId('operator-status')).toContainText('Đã duyệt');
  await expect(page.getByText(/Đơn vị đã được duyệt ngày \d{2}\/\d{2}\/\d{4}\./)).toBeVisible();
  // Edit the profile: saved, and shown as stored.
  await page.getByLabel('Địa chỉ').fill('Bản Lác, xã Mai Châu');
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu hồ sơ.');
  await expect(page.getByLabel('Địa chỉ')).toHaveValue('Bản Lác, xã Mai Châu');
  await expect(page.getByLabel('Giới thiệu')).toHaveValue('Nhà sàn người Thái bên suối.\n\nĐạp xe quanh bản.');
  await shot(page, 'operator-01-workspace-approved');
});

test('the demo operator owner opens the workspace in English; shoppers cannot open the admin pages', async ({ browser }) => {
  const operator = await logInAs(browser, 'dieuhanh@ocop.test', ADMIN.password);
  await operator.goto('/en/tourism/operator');
  await expect(operator.getByRole('heading', { level: 1, name: 'Tourism operator profile' })).toBeVisible();
  await expect(operator.getByTestId('operator-status')).toContainText('Approved');
  await shot(operator, 'operator-02-demo-en');
  const response = await operator.goto('/quan-tri');
  expect(response?.status()).toBe(403);
});

test('the admin and operator workspaces have no serious accessibility violations', async ({ browser }) => {
  // One axe analysis per page, several pages and both languages: seconds each on a 2-core machine.
  test.setTimeout(120_000);
  const admin = await logInAs(browser, ADMIN.email, ADMIN.password);
  const operator = await logInAs(browser, 'dieuhanh@ocop.test', ADMIN.password);
  for (const [page, path] of [
    [admin, '/quan-tri'], [admin, '/quan-tri/chu-the'], [admin, '/quan-tri/don-vi-du-lich?trang-thai=tat-ca'], [admin, '/quan-tri/nguoi-dung'],
    [admin, '/quan-tri/nhat-ky'], [admin, '/en/admin/users'], [operator, '/du-lich/kenh-dieu-hanh'], [operator, '/en/tourism/operator'],
  ] as const) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })), path).toEqual([]);
  }
});
