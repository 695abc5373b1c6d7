import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from './fixtures/csp.js';
import { E2E } from '../ports.mjs';

const DEMO_PASSWORD = 'sao-ocop-demo-2026';
const shot = async (page: Page, name: string) => {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
};

async function logInAs(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  return logIn(await (await browser.newContext()).newPage(), email, password);
}

async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<Page> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
  return page;
}

/** A GraphQL request to the API with the browser's session. */
async function gqlAs(page: Page, query: string, variables: Record<string, unknown>) {
  const session = (await page.context().cookies()).find((c) => c.name.endsWith('ocop_session'));
  const res = await page.request.post(`http://localhost:${E2E.api}/graphql`, {
    headers: { 'content-type': 'application/json', ...(session ? { cookie: `${session.name}=${session.value}` } : {}) },
    data: { query, variables },
  });
  expect(res.ok()).toBe(true);
  return (await res.json()) as { data: any; errors?: unknown[] };
}

test('the Hà Nội council creates a plan with two targets and edits it; the dashboard shows it; an admin edits it too; another province’s council cannot', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Hà Nội 2026–2030 – chương trình OCOP (thử ${stamp})`;

  // 1. The council's workspace: "Kế hoạch OCOP" lists Hà Nội's plans and offers a form for a new one.
  const council = await logIn(page, 'hoidong.hanoi@ocop.test');
  await council.goto('/hoi-dong');
  await council.getByRole('link', { name: 'Kế hoạch OCOP' }).click();
  await expect(council.getByRole('heading', { level: 1 })).toHaveText('Kế hoạch OCOP');
  await expect(council.getByText('Kế hoạch của Hà Nội, gồm cả kế hoạch của các tỉnh cũ đã sáp nhập vào.', { exact: false })).toBeVisible();
  await expect(council.getByLabel('Tỉnh, thành phố')).toHaveCount(0); // a council plans only for its own province
  await council.getByLabel('Tên kế hoạch').fill(title);
  await council.getByLabel('Từ ngày').fill('2026-01-01');
  await council.getByLabel('Đến ngày').fill('2030-12-31');
  await council.getByLabel('Số hiệu văn bản (không bắt buộc)').fill('Kế hoạch 99/KH-UBND');
  await council.getByRole('button', { name: 'Lập kế hoạch' }).click();
  await expect(council.getByRole('status')).toHaveText('Đã lập kế hoạch. Thêm các chỉ tiêu bên dưới.');
  await expect(council).toHaveURL(/\/hoi-dong\/ke-hoach\/[A-Za-z0-9_-]+\?da=created$/);
  const planPath = new URL(council.url()).pathname;
  await expect(council.getByRole('heading', { level: 1 })).toHaveText(title);

  // 2. Two targets of typed kinds: a star count and a share in %.
  const add = council.locator('form[aria-labelledby="plan-add-target"]');
  await add.getByLabel('Loại chỉ tiêu').selectOption('PRODUCTS_CERTIFIED_MIN_STARS');
  await add.getByLabel('Nội dung (theo văn bản)').fill('Phát triển 500 sản phẩm OCOP đạt 3 sao trở lên');
  await add.getByRole('textbox', { name: 'Số lượng', exact: true }).fill('500');
  await add.getByLabel('Hạng sao tối thiểu').selectOption('3');
  await add.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  await expect(council.getByRole('status')).toHaveText('Đã thêm chỉ tiêu.');
  await expect(add.getByLabel('Nội dung (theo văn bản)')).toHaveValue(''); // a fresh form for the next one

  await add.getByLabel('Loại chỉ tiêu').selectOption('SHARE_PRODUCERS_MODERN_CHANNELS');
  await expect(add.getByLabel('Hạng sao tối thiểu')).toBeHidden(); // a share needs no stars…
  await add.getByLabel('Nội dung (theo văn bản)').fill('30% chủ thể OCOP bán qua kênh thương mại hiện đại');
  await add.getByRole('textbox', { name: 'Tỷ lệ (%)', exact: true }).fill('30'); // …and its value is a percentage
  await add.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  await expect(council.getByRole('status')).toHaveText('Đã thêm chỉ tiêu.');

  // 3. Live progress of each target: value / target, %, on track or behind.
  const progress = council.getByTestId('programme-target');
  await expect(progress).toHaveCount(2);
  await expect(progress.first()).toContainText(/Đạt [\d.]+ \/ 500/);
  await expect(progress.first().locator('.target__status')).toHaveText(/Đã đạt|Đúng tiến độ|Chậm tiến độ/);
  await expect(progress.nth(1)).toContainText(/\/ 30/);
  await shot(council, 'plans-01-council-plan');

  // 4. Editing the first target: a number that is not one is answered in Vietnamese, nothing typed is lost.
  const first = council.getByTestId('plan-target-form').first();
  await first.getByLabel('Nội dung (theo văn bản)').fill('Phát triển 600 sản phẩm OCOP đạt 3 sao trở lên');
  await first.getByRole('textbox', { name: 'Số lượng', exact: true }).fill('6oo');
  await first.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  const edited = council.getByTestId('plan-target-form').first();
  await expect(edited.locator('.field-error')).toHaveText('Nhập một số nguyên dương, ví dụ 335.');
  await expect(council.getByRole('status')).toHaveCount(0); // the last success is not announced again
  await expect(edited.getByRole('textbox', { name: 'Số lượng', exact: true })).toHaveValue('6oo');
  await expect(edited.getByRole('textbox', { name: 'Số lượng', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(edited.getByLabel('Nội dung (theo văn bản)')).toHaveValue('Phát triển 600 sản phẩm OCOP đạt 3 sao trở lên');
  await shot(council, 'plans-02-invalid-number');
  await council.setViewportSize({ width: 390, height: 844 });
  await shot(council, 'plans-03-invalid-number-mobile');
  await council.setViewportSize({ width: 1280, height: 720 });
  expect((await new AxeBuilder({ page: council }).analyze()).violations).toEqual([]);

  await edited.getByRole('textbox', { name: 'Số lượng', exact: true }).fill('600');
  await edited.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(council.getByRole('status')).toHaveText('Đã lưu chỉ tiêu.');
  await expect(council.getByTestId('programme-target').first()).toContainText(/\/ 600/);
  await expect(council.getByTestId('programme-target').first()).toContainText('Phát triển 600 sản phẩm OCOP đạt 3 sao trở lên');

  // 5. The public dashboard of Hà Nội shows the new plan with its targets.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/chuong-trinh?tinh=01');
  const onDashboard = visitor.locator('section.plan').filter({ has: visitor.getByRole('heading', { name: title }) });
  await expect(onDashboard).toBeVisible();
  await expect(onDashboard.getByTestId('programme-target')).toHaveCount(2);
  await expect(onDashboard).toContainText('Kế hoạch 99/KH-UBND');

  // 6. An admin finds it in the admin workspace and edits it too.
  const admin = await logInAs(browser, 'quantri@ocop.test');
  await admin.goto('/quan-tri');
  await admin.getByRole('link', { name: 'Kế hoạch OCOP' }).click();
  await expect(admin.getByText('Quản trị viên sửa được mọi kế hoạch', { exact: false })).toBeVisible();
  await admin.getByRole('link', { name: `Sửa kế hoạch ${title}` }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(title);
  await admin.getByLabel('Số hiệu văn bản (không bắt buộc)').fill('Kế hoạch 100/KH-UBND');
  await admin.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(admin.getByRole('status')).toHaveText('Đã lưu kế hoạch.');
  await expect(admin.getByLabel('Số hiệu văn bản (không bắt buộc)')).toHaveValue('Kế hoạch 100/KH-UBND');
  await expect(admin).toHaveURL(/\/quan-tri\/ke-hoach\//);
  await admin.setViewportSize({ width: 390, height: 844 });
  await shot(admin, 'plans-04-admin-mobile');

  // 7. The council of another province (Huế, made by the admin) sees no form for it and is refused.
  const email = `hoidong.hue.${stamp}@example.vn`;
  const signUp = await gqlAs(visitor, `mutation ($input: AccountSignUpInput!) { accountSignUp(input: $input) { userErrors { code } } }`, {
    input: { email, password: 'mua-xuan-tren-song-huong' },
  });
  expect(signUp.data.accountSignUp.userErrors).toEqual([]);
  const assigned = await gqlAs(admin, `mutation ($input: RoleAssignInput!) { roleAssign(input: $input) { userErrors { code } } }`, {
    input: { email, kind: 'COUNCIL_MEMBER', councilLevel: 'PROVINCE', provinceId: Buffer.from('Province:prv_46').toString('base64url') },
  });
  expect(assigned.data.roleAssign.userErrors).toEqual([]);
  const hue = await logInAs(browser, email, 'mua-xuan-tren-song-huong');
  await hue.goto('/hoi-dong/ke-hoach');
  await expect(hue.getByText('Kế hoạch của Huế', { exact: false })).toBeVisible();
  await expect(hue.getByRole('heading', { name: title })).toHaveCount(0);
  const refused = await hue.goto(planPath);
  expect(refused!.status()).toBe(403);
  await expect(hue.getByLabel('Tên kế hoạch')).toHaveCount(0);
  const post = await hue.request.post(planPath, { form: { intent: 'plan', title: 'Huế sửa', periodStart: '2026-01-01', periodEnd: '2030-12-31' } });
  expect(post.status()).toBe(403);
  await admin.context().close();
  await hue.context().close();
  await visitor.context().close();
});

test('the dashboard shows a former province as issued, without JavaScript', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto('/chuong-trinh?tinh=31');
  await page.getByRole('link', { name: 'Hải Dương (trước 01/07/2025)' }).click();
  await expect(page).toHaveURL(/\/chuong-trinh\?tinh=30&theo-ban-hanh=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chương trình OCOP – Hải Dương (theo đơn vị khi ban hành)');
  await expect(page.locator('section.plan h3')).toHaveText(['Hải Dương 2023–2025']);
  await expect(page.getByRole('link', { name: 'Danh sách sản phẩm (CSV)' })).toHaveAttribute('href', '/open-data/certified-products.csv?province=30&asIssued=true');
  await expect(page.getByLabel('Theo đơn vị hành chính khi ban hành (trước 01/07/2025)')).toBeChecked();
  await shot(page, 'plans-05-dashboard-as-issued');
  await page.getByRole('link', { name: /^Xem Hải Phòng hiện nay/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chương trình OCOP – Hải Phòng');
  await page.context().close();
});
