import { expect, test, type Page } from './fixtures/csp.js';

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
/** en-GB long dates: "23 November 2026". */
const DATE_EN = /^\d{1,2} [A-Z][a-z]+ \d{4}$/;

async function hreflang(page: Page): Promise<Record<string, string>> {
  const pairs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((l) => {
      const url = new URL(l.getAttribute('href')!);
      return [l.getAttribute('hreflang')!, url.pathname + url.search];
    }),
  );
  return Object.fromEntries(pairs);
}

test('an English visitor follows a product to its batch trace page and its certificate, all in English', async ({ page }) => {
  await page.goto('/en/products?nhom=FOOD&sao=4');
  const card = page.locator('article.card').first();
  const name = (await card.getByRole('heading').textContent())!.trim();
  await card.getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/products\/[a-z0-9-]+$/);
  const productUrl = page.url();
  const slug = productUrl.split('/').at(-1)!;
  const stars = (await page.locator('.product__meta').getByRole('img', { name: /-star OCOP$/ }).getAttribute('aria-label'))!;

  // Product → trace page, in English.
  const batchLink = page.getByRole('region', { name: 'Batches and traceability' }).getByRole('link').first();
  const lotCode = (await batchLink.textContent())!.replace(/^Lot /, '').trim();
  await batchLink.click();
  await expect(page).toHaveURL(/\/en\/trace\/[0-9a-z]{10}$/);
  const code = page.url().split('/').at(-1)!;
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(new RegExp(`^Trace lot ${lotCode} – `));
  // Product data stays Vietnamese, marked for screen readers; its link stays in English.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 }).getByRole('link')).toHaveAttribute('href', `/en/products/${slug}`);
  await expect(page.locator('.trace__lot')).toHaveText(lotCode);
  await expect(page.getByRole('img', { name: stars })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Production batch' })).toBeVisible();
  await expect(page.getByText('Lot number', { exact: true })).toBeVisible();
  await expect(page.getByText('Production date', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Producer' })).toBeVisible();
  const productionDate = page.locator('dt:text-is("Production date") + dd time');
  await expect(productionDate).toHaveText(DATE_EN);
  await expect(page.getByRole('img', { name: new RegExp(`^QR code leading to the trace page of lot ${lotCode}`) })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download the QR code (PNG)' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Product traceability' })).toHaveAttribute('href', '/en/trace');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/en/trace/${code}$`));
  expect(await hreflang(page)).toEqual({ vi: `/truy-xuat/${code}`, en: `/en/trace/${code}`, 'x-default': `/truy-xuat/${code}` });
  await shot(page, 'en-05-trace');

  // The switcher leads to the same batch in Vietnamese.
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(new RegExp(`/truy-xuat/${code}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByText('Ngày sản xuất', { exact: true })).toBeVisible();

  // Product → certificate page, in English; the product stays named in the query.
  await page.goto(productUrl);
  await page.getByRole('region', { name: 'OCOP certificate' }).getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/en/certificates/[^/?]+\\?san-pham=${slug}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Certificate no\. .+/);
  await expect(page).toHaveTitle(/^OCOP certificate no\. .+ – OCOP Market$/);
  await expect(page.getByText('OCOP product certificate')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Certificate details' })).toBeVisible();
  await expect(page.getByText('Recognised by', { exact: true })).toBeVisible();
  await expect(page.getByText('Status', { exact: true })).toBeVisible();
  await expect(page.locator('dt:text-is("Status") + dd')).toHaveText('Valid');
  await expect(page.locator('.validity')).toHaveText(/^Valid today, until \d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(page.locator('dt:text-is("Decision date") + dd time')).toHaveText(DATE_EN);
  await expect(page.getByRole('heading', { name: 'Evaluation result' })).toBeVisible();
  await expect(page.getByRole('img', { name: stars })).toBeVisible();
  await expect(page.locator('dt:text-is("Product") + dd')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('dt:text-is("Product") + dd').getByRole('link')).toHaveAttribute('href', `/en/products/${slug}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/en/certificates/[^/?]+\\?san-pham=${slug}$`));
  expect((await hreflang(page)).vi).toMatch(new RegExp(`^/chung-nhan/[^/?]+\\?san-pham=${slug}$`));
  await shot(page, 'en-06-certificate');

  // The printed code, typed on the English lookup page, opens the English trace page.
  await page.goto('/en/trace');
  await expect(page.getByRole('heading', { level: 1, name: 'Product traceability' })).toBeVisible();
  await page.getByLabel(/^Trace code/).fill(code.toUpperCase());
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/trace/${code}$`));
  await expect(page.locator('.trace__lot')).toHaveText(lotCode);
});

test('an unknown trace code answers 404 in English with the lookup form', async ({ page }) => {
  const response = await page.goto('/en/trace/0000000000');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Trace code not found' })).toBeVisible();
  await expect(page.getByLabel(/^Trace code/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'See all products' })).toHaveAttribute('href', '/en/products');
  await shot(page, 'en-07-trace-not-found');
});

test('an English visitor signs up, logs out, mistypes the password and reads every message in English', async ({ page }) => {
  const email = `mai.${Date.now()}@example.com`;
  const password = 'green-tea-from-thai-nguyen';

  await page.goto('/en');
  const accountNav = page.locator('.nav--account');
  await expect(accountNav.getByRole('link', { name: 'Log in' })).toHaveAttribute('href', '/en/log-in');
  await accountNav.getByRole('link', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/en\/sign-up$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
  await expect(page.getByText('At least 10 characters, not a common password, not containing your email.')).toBeVisible();

  // The form's own check, then the API's code, both in English.
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.locator('#password-error')).toHaveText('The password needs at least 10 characters.');
  await page.getByLabel('Password').fill('1234567890');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.locator('#password-error')).toHaveText('This password is too common and easy to guess. Please choose another one.');
  await expect(page.getByLabel('Email')).toHaveValue(email);

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByTestId('viewer-email')).toHaveText(email);

  // Logging out of an English page comes back to the English home page.
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('viewer-email')).toHaveCount(0);

  await page.locator('.nav--account').getByRole('link', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/en\/log-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/log-in$/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('green-tea-from-lam-dong');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await shot(page, 'en-08-log-in-wrong-password');

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
});
