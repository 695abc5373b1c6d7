import { expect, test, type Page } from './fixtures/csp.js';

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

test('a shopper signs up, logs out, mistypes the password, logs in and sees the email in the header', async ({ page }) => {
  const email = `lan.${Date.now()}@example.vn`;
  const password = 'banh-dau-xanh-hai-duong';

  await page.goto('/dang-ky');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản' })).toBeVisible();
  // Server-side validation in Vietnamese, next to the field, with the email kept.
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill('1234567890');
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.locator('#password-error')).toHaveText('Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await expect(page.getByLabel('Mật khẩu')).toHaveValue('');
  await shot(page, 'account-01-sign-up-weak-password');

  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
  const cookies = await page.context().cookies();
  // `pnpm start` runs in production mode: __Host-ocop_session (Secure; Chromium treats http://localhost as secure).
  const session = cookies.find((c) => c.name.endsWith('ocop_session'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  await shot(page, 'account-02-signed-up');

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
  await expect(page.getByTestId('viewer-email')).toHaveCount(0);

  await page.getByRole('link', { name: 'Đăng nhập' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill('banh-dau-xanh-hai-phong');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toHaveText('Email hoặc mật khẩu không đúng.');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await shot(page, 'account-03-wrong-password');

  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
  await shot(page, 'account-04-logged-in');
});

test('forms work without JavaScript, and a cross-site post is refused', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `nojs.${Date.now()}@example.vn`;
  await page.goto('/dang-ky');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill('ca-phe-buon-ma-thuot');
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
  await context.close();

  // A foreign Origin is refused by React Router itself (400) before any action runs; a browser's
  // Sec-Fetch-Site: cross-site is refused by our check (403).
  const form = { email, password: 'ca-phe-buon-ma-thuot' };
  const foreignOrigin = await request.post('/dang-nhap', { headers: { origin: 'https://evil.example' }, form, maxRedirects: 0 });
  expect([400, 403]).toContain(foreignOrigin.status());
  expect(foreignOrigin.headers()['set-cookie']).toBeUndefined();
  const crossSite = await request.post('/dang-nhap', { headers: { 'sec-fetch-site': 'cross-site' }, form, maxRedirects: 0 });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()['set-cookie']).toBeUndefined();
});
