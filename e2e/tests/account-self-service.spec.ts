import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures/csp.js';
import { E2E } from '../ports.mjs';

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

interface StoredMail {
  to: string;
  subject: string;
  text: string;
}

/** The link in the newest mail to `to` whose text contains `path` (the API's dev mailbox, as JSON). */
async function mailedLink(to: string, path: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const res = await fetch(`http://localhost:${E2E.api}/dev/mailbox?to=${encodeURIComponent(to)}&format=json`);
    expect(res.status).toBe(200);
    const { mails } = (await res.json()) as { mails: StoredMail[] };
    const link = mails.map((m) => m.text.match(new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_-]{43}`))?.[0]).find(Boolean);
    if (link) return link;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no mail with ${path} to ${to}`);
}

async function signUp(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng ký' }).click();
}

async function logIn(page: Page, email: string, password: string) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
}

test('a new shopper verifies the email through the mailed link; the account page says verified', async ({ page }) => {
  const email = `xac.minh.${Date.now()}@example.vn`;
  await page.goto('/dang-ky');
  await signUp(page, email, 'cha-ca-la-vong-ha-noi');
  await expect(page.getByTestId('viewer-email')).toHaveText(email);

  await page.getByTestId('viewer-email').click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeVisible();
  await expect(page.getByTestId('email-status')).toHaveText('Chưa xác minh');
  await page.getByRole('button', { name: 'Gửi lại thư xác minh' }).click();
  await expect(page.getByRole('status')).toContainText(`Đã gửi thư xác minh mới đến ${email}`);

  // Opening the link (a GET, as a mail scanner would) changes nothing; the button verifies.
  const link = await mailedLink(email, '/xac-minh-email');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Xác minh email' })).toBeVisible();
  await page.getByRole('button', { name: 'Xác minh email' }).click();
  await expect(page.getByTestId('verify-outcome')).toHaveText('Email của bạn đã được xác minh. Cảm ơn bạn!');
  await page.getByRole('link', { name: 'Đến trang tài khoản' }).click();
  await expect(page.getByTestId('email-status')).toHaveText('Đã xác minh');
  await expect(page.getByRole('button', { name: 'Gửi lại thư xác minh' })).toHaveCount(0);

  // Change password: a wrong current password is refused in Vietnamese, then the change goes through.
  await page.getByLabel('Mật khẩu hiện tại').fill('khong-phai-mat-khau');
  await page.getByLabel('Mật khẩu mới').fill('bun-thang-ha-noi-2026');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.locator('#currentPassword-error')).toHaveText('Mật khẩu hiện tại không đúng.');
  await page.getByLabel('Mật khẩu hiện tại').fill('cha-ca-la-vong-ha-noi');
  await page.getByLabel('Mật khẩu mới').fill('bun-thang-ha-noi-2026');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.');
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
  await shot(page, 'self-service-01-account-page');

  // The same link a second time: already used.
  await page.goto(link);
  await page.getByRole('button', { name: 'Xác minh email' }).click();
  await expect(page.getByTestId('verify-outcome')).toContainText('không hợp lệ hoặc đã được dùng');

  await page.goto('/en/account');
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  await expect(page.getByTestId('email-status')).toHaveText('Verified');
});

test('forgot password → the mailed reset link → a new password → log in with it', async ({ page }) => {
  const email = `quen.${Date.now()}@example.vn`;
  await page.goto('/dang-ky');
  await signUp(page, email, 'banh-da-cua-hai-phong');
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  await page.goto('/dang-nhap');
  await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
  await expect(page).toHaveURL(/\/quen-mat-khau$/);
  await page.getByLabel('Email').fill('khong-hop-le');
  await page.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }).click();
  await expect(page.locator('#email-error')).toHaveText('Email không hợp lệ.');
  await expect(page.getByLabel('Email')).toHaveValue('khong-hop-le');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }).click();
  await expect(page.getByTestId('forgot-sent')).toContainText(`Nếu ${email} có tài khoản OCOP Market`);

  const link = await mailedLink(email, '/dat-lai-mat-khau');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Đặt lại mật khẩu' })).toBeVisible();
  await expect(page.locator('#password-hint')).toHaveText('Ít nhất 10 ký tự, không dùng mật khẩu phổ biến, không chứa email.');
  await page.getByLabel('Mật khẩu mới').fill('1234567890');
  await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
  await expect(page.locator('#password-error')).toHaveText('Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.');
  await shot(page, 'self-service-02-reset-weak-password');
  await page.getByLabel('Mật khẩu mới').fill('nem-ran-ha-noi-2026');
  await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
  await expect(page.getByTestId('reset-done')).toHaveText('Đã đặt mật khẩu mới. Mọi phiên đăng nhập cũ đã kết thúc; hãy đăng nhập lại.');
  await shot(page, 'self-service-03-reset-done');

  // The link is single use.
  await page.goto(link);
  await page.getByLabel('Mật khẩu mới').fill('mot-mat-khau-khac-2026');
  await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
  await expect(page.getByRole('alert')).toHaveText('Liên kết không hợp lệ (đã được dùng, đã bị thu hồi hoặc bị gõ sai).');
  await expect(page.getByRole('link', { name: 'Yêu cầu liên kết mới' })).toBeVisible();

  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill('banh-da-cua-hai-phong');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toHaveText('Email hoặc mật khẩu không đúng.');
  await logIn(page, email, 'nem-ran-ha-noi-2026');
});

test('the demo owner invites a staff member, who signs up through the link and accepts', async ({ page, browser }) => {
  const invitee = `nhan.vien.${Date.now()}@example.vn`;
  await logIn(page, 'chuthe@ocop.test', 'sao-ocop-demo-2026');
  await page.goto('/kenh-nguoi-ban/thanh-vien');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Thành viên của');
  await expect(page.getByTestId('members')).toContainText('chuthe@ocop.test');
  await page.getByLabel('Email').fill('chuthe@ocop.test');
  await page.getByRole('button', { name: 'Gửi lời mời' }).click();
  await expect(page.locator('#invite-email-error')).toHaveText('Người này đã là thành viên của chủ thể.');
  await expect(page.getByLabel('Email')).toHaveValue('chuthe@ocop.test');
  await page.getByLabel('Email').fill(invitee);
  await page.getByRole('button', { name: 'Gửi lời mời' }).click();
  await expect(page.getByRole('status')).toHaveText(`Đã gửi lời mời đến ${invitee}.`);
  await expect(page.getByTestId('invitations')).toContainText(invitee);

  // The invitee, in a browser of their own.
  const context = await browser.newContext();
  const other = await context.newPage();
  const link = await mailedLink(invitee, '/loi-moi');
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: 'Lời mời tham gia chủ thể' })).toBeVisible();
  await expect(other.getByText(`Lời mời dành cho email ${invitee}.`)).toBeVisible();
  await other.getByRole('main').getByRole('link', { name: 'Đăng ký' }).click();
  await expect(other).toHaveURL(/\/dang-ky\?tiep=/);
  await signUp(other, invitee, 'ca-phe-trung-ha-noi');
  await expect(other).toHaveURL(/\/loi-moi\?token=/);
  await other.getByRole('button', { name: 'Nhận lời mời' }).click();
  await expect(other.getByTestId('invitation-accepted')).toContainText('Bạn đã trở thành nhân viên của');
  await other.getByRole('link', { name: 'Xem thành viên' }).click();
  await expect(other.getByTestId('members').getByRole('row', { name: new RegExp(invitee.replace(/\./g, '\\.')) })).toContainText('Nhân viên');
  // Staff see the team, not the invitation form.
  await expect(other.getByRole('button', { name: 'Gửi lời mời' })).toHaveCount(0);
  await context.close();

  await page.reload();
  const row = page.getByTestId('members').getByRole('row', { name: new RegExp(invitee.replace(/\./g, '\\.')) });
  await expect(row).toContainText('Nhân viên');
  await expect(page.getByTestId('invitations')).toHaveCount(0);
  await shot(page, 'self-service-04-members-page');
});

test('the self-service and members pages have no serious accessibility problems, in both languages', async ({ browser }) => {
  // One axe analysis per page, several pages and both languages: seconds each on a 2-core machine.
  test.setTimeout(120_000);
  const audit = async (page: Page, path: string) => {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.locator('[name="robots"]')).toHaveAttribute('content', 'noindex');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })), path).toEqual([]);
  };
  const anonymousContext = await browser.newContext();
  const anonymous = await anonymousContext.newPage();
  const token = 'x'.repeat(43);
  for (const path of ['/quen-mat-khau', '/en/forgot-password', `/dat-lai-mat-khau?token=${token}`, `/en/reset-password?token=${token}`,
    `/xac-minh-email?token=${token}`, `/en/verify-email?token=${token}`, `/loi-moi?token=${token}`, `/en/invitation?token=${token}`]) {
    await audit(anonymous, path);
  }
  await anonymousContext.close();
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await logIn(owner, 'chuthe@ocop.test', 'sao-ocop-demo-2026');
  for (const path of ['/tai-khoan', '/en/account', '/kenh-nguoi-ban/thanh-vien', '/en/seller/members']) await audit(owner, path);
  await ownerContext.close();
});
