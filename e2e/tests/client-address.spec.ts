import { expect, test } from './fixtures/csp.js';

/**
 * Issue 9: the API's per-address limits count the shopper, not the storefront. The storefront's
 * server tells the API each shopper's address with the secret they share (STOREFRONT_API_TOKEN, made
 * by scripts/start.mjs for this run). The e2e storefront trusts the loopback as a proxy
 * (TRUST_PROXY=loopback in start-fresh.mjs), so each browser context here stands for a shopper at
 * an address of its own through X-Forwarded-For. The API's rate limits are off in the e2e system;
 * the per-address login throttle (20 failures in 15 minutes) is not.
 */

/** Addresses of the documentation ranges (RFC 5737), used by no other spec. */
const SHOPPER_A = '203.0.113.77';
const SHOPPER_B = '203.0.113.78';
const IP_FAILURES_ALLOWED = 20;

test('log-in failures through the storefront are throttled per shopper address, not for every shopper at once', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const shopper = (address: string) => browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
  const a = await shopper(SHOPPER_A);
  const run = Date.now();
  // Each try with another unknown email: the per-account throttle (5) never comes into play.
  const failLogIn = (n: number) =>
    a.request.post('/dang-nhap', { headers: { origin: baseURL! }, form: { email: `khong-co-${run}-${n}@example.vn`, password: 'mat-khau-sai-123' }, maxRedirects: 0 });
  for (let n = 0; n < IP_FAILURES_ALLOWED; n++) expect((await failLogIn(n)).status(), `try ${n + 1}`).toBe(400);
  expect((await failLogIn(IP_FAILURES_ALLOWED)).status()).toBe(429);

  // In the browser of shopper A, the form says so in Vietnamese, the email kept.
  const pageA = await a.newPage();
  await pageA.goto('/dang-nhap');
  await pageA.getByLabel('Email').fill(`lan-nua-${run}@example.vn`);
  await pageA.getByLabel('Mật khẩu').fill('mat-khau-sai-456');
  await pageA.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(pageA.getByRole('alert')).toHaveText('Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.');
  await expect(pageA.getByLabel('Email')).toHaveValue(`lan-nua-${run}@example.vn`);
  await pageA.screenshot({ path: 'screenshots/client-address-01-throttled.png', fullPage: true });

  // Shopper B, through the same storefront, is not affected: a wrong password is just wrong, and a
  // right one signs in.
  const b = await shopper(SHOPPER_B);
  const pageB = await b.newPage();
  await pageB.goto('/dang-nhap');
  await pageB.getByLabel('Email').fill(`khong-co-${run}-b@example.vn`);
  await pageB.getByLabel('Mật khẩu').fill('mat-khau-sai-789');
  await pageB.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(pageB.getByRole('alert')).toHaveText('Email hoặc mật khẩu không đúng.');
  await pageB.getByLabel('Email').fill('khachhang@ocop.test');
  await pageB.getByLabel('Mật khẩu').fill('sao-ocop-demo-2026');
  await pageB.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(pageB.getByTestId('viewer-email')).toHaveText('khachhang@ocop.test');

  await a.close();
  await b.close();
});
