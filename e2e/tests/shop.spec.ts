import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures/csp.js';
import { E2E } from '../ports.mjs';

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

interface Buyable {
  slug: string;
  name: string;
  producer: string;
  variant: string;
}

/**
 * Food products whose every variant has units to spare, from distinct producers (asked of the API:
 * the seed decides what exists, other specs may sell some).
 */
async function buyableProducts(count: number, skip = 0): Promise<Buyable[]> {
  const res = await fetch(`http://localhost:${E2E.api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ products(first: 40, filter: { group: FOOD, inStock: true }) { nodes { slug name producer { id name } variants(first: 5) { nodes { label stock } } } } }`,
    }),
  });
  const body = (await res.json()) as {
    errors?: unknown;
    data: { products: { nodes: { slug: string; name: string; producer: { id: string; name: string }; variants: { nodes: { label: string; stock: number }[] } }[] } };
  };
  if (!body.data) throw new Error(`products query failed: ${JSON.stringify(body.errors)}`);
  const seen = new Set<string>();
  const found: Buyable[] = [];
  for (const p of body.data.products.nodes) {
    if (seen.has(p.producer.id) || !p.variants.nodes.every((v) => v.stock >= 20)) continue;
    seen.add(p.producer.id);
    found.push({ slug: p.slug, name: p.name, producer: p.producer.name, variant: p.variants.nodes[0]!.label });
  }
  return found.slice(skip, skip + count);
}

/** axe-core on the page as it is now: no serious or critical violation. */
async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })), page.url()).toEqual([]);
}

const vnd = (text: string) => Number(text.replace(/[^\d]/g, ''));

test('a guest buys from two producers by VietQR bank transfer; bad input is explained and kept; a retry of the form returns the same order', async ({ page, browser }) => {
  const [first, second] = await buyableProducts(2);
  expect(first && second, 'two producers with stock in the demo data').toBeTruthy();

  // Product page: quantity 0 is refused in Vietnamese and kept as typed.
  await page.goto(`/san-pham/${first!.slug}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Mua sản phẩm' })).toBeVisible();
  await expect(page.getByTestId('cart-count')).toHaveText('0');
  await page.getByLabel('Số lượng', { exact: true }).fill('0');
  let answer = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  await answer;
  await expect(page.locator('#quantity-error')).toHaveText('Số lượng phải là số nguyên từ 1 đến 999.');
  await expect(page.getByLabel('Số lượng', { exact: true })).toHaveValue('0');
  await expect(page.getByTestId('cart-count')).toHaveText('0');

  await page.getByLabel('Số lượng', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  await expect(page.getByRole('status')).toContainText('Đã thêm 2 ×');
  await expect(page.getByTestId('cart-count')).toHaveText('2');
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name.endsWith('ocop_cart'))).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await shot(page, 'shop-01-product-added');
  await axe(page);

  await page.goto(`/san-pham/${second!.slug}`);
  await page.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  await expect(page.getByTestId('cart-count')).toHaveText('3');

  // Cart: one group per producer, prices from the API; quantity 0 refused, then 3.
  await page.getByRole('link', { name: /Giỏ hàng/ }).click();
  await expect(page).toHaveURL(/\/gio-hang$/);
  await expect(page.locator('.cart-group')).toHaveCount(2);
  await expect(page.locator('.cart-group h2').first()).toContainText(first!.producer);
  const firstLine = page.getByTestId('cart-line').first();
  await firstLine.getByLabel('Số lượng', { exact: true }).fill('0');
  answer = page.waitForResponse((r) => r.request().method() === 'POST');
  await firstLine.getByRole('button', { name: /Cập nhật số lượng/ }).click();
  await answer;
  await expect(firstLine.getByRole('alert')).toHaveText('Số lượng phải là số nguyên từ 1 đến 999.');
  await expect(firstLine.getByLabel('Số lượng', { exact: true })).toHaveValue('0');
  await firstLine.getByLabel('Số lượng', { exact: true }).fill('3');
  await firstLine.getByRole('button', { name: /Cập nhật số lượng/ }).click();
  await expect(page.getByRole('status')).toHaveText('Đã cập nhật giỏ hàng.');
  await expect(page.getByTestId('cart-count')).toHaveText('4');
  const subtotal = vnd((await page.getByTestId('cart-subtotal').textContent())!);
  expect(subtotal).toBeGreaterThan(0);
  await expect(page.getByTestId('cart-subtotal')).toHaveText(/^[\d.]+\s₫$/);
  await shot(page, 'shop-02-cart');
  await axe(page);

  // Checkout: an invalid phone is explained; everything typed stays.
  await page.getByRole('link', { name: 'Tiến hành thanh toán' }).click();
  await expect(page).toHaveURL(/\/thanh-toan$/);
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
  const email = `lan.${Date.now()}@example.vn`;
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Số điện thoại').fill('12345');
  answer = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByLabel('Tỉnh/thành phố').selectOption({ label: 'Hà Nội' });
  await answer;
  const commune = page.getByLabel('Xã/phường/đặc khu');
  await expect(commune).toBeEnabled();
  const communeName = (await commune.locator('option').nth(1).textContent())!;
  await commune.selectOption({ label: communeName });
  await page.getByLabel('Số nhà, tên đường').fill('12 Hàng Bạc');
  await page.getByRole('group', { name: `Giao hàng của ${second!.producer}` }).getByRole('radio', { name: /^Nhanh/ }).check();
  await page.getByLabel(/Chuyển khoản ngân hàng/).check();
  // Totals in đồng, vi-VN: subtotal + a delivery price per producer.
  await expect(page.getByTestId('shipping-amount')).toHaveCount(2);
  const total = vnd((await page.getByTestId('checkout-total').textContent())!);
  expect(total).toBe(subtotal + 22_000 + 40_000);
  answer = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Đặt hàng' }).click();
  await answer;
  await expect(page.locator('#phone-error')).toHaveText('Nhập số điện thoại Việt Nam hợp lệ, ví dụ 0912 345 678.');
  await expect(page.getByLabel('Số điện thoại')).toHaveValue('12345');
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Thị Lan');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await expect(page.getByLabel('Số nhà, tên đường')).toHaveValue('12 Hàng Bạc');
  await expect(page.getByLabel('Xã/phường/đặc khu')).toHaveValue(await commune.inputValue());
  await expect(page.getByLabel(/Chuyển khoản ngân hàng/)).toBeChecked();
  await expect(page.getByRole('group', { name: `Giao hàng của ${second!.producer}` }).getByRole('radio', { name: /^Nhanh/ })).toBeChecked();

  await page.getByLabel('Số điện thoại').fill('0912 345 678');
  await shot(page, 'shop-03-checkout');
  await axe(page);
  // e2e is typed without DOM types: the browser's FormData through globalThis.
  const form = await page
    .locator('form.checkout__layout')
    .evaluate((f) => Object.fromEntries(new (globalThis as unknown as { FormData: new (f: unknown) => Iterable<[string, string]> }).FormData(f)) as Record<string, string>);
  await page.getByRole('button', { name: 'Đặt hàng' }).click();

  // The order page: the VietQR code and what to type into the banking app.
  await expect(page).toHaveURL(/\/don-hang\/OCOP-[\w-]+\?moi$/);
  const number = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Đơn hàng ${number}`);
  await expect(page.getByRole('status')).toContainText(email);
  await expect(page.getByTestId('payment-state')).toHaveText('Chờ thanh toán');
  const transfer = page.getByTestId('bank-transfer');
  await expect(transfer.getByRole('img', { name: /Mã VietQR/ })).toBeVisible();
  expect(await transfer.getByRole('img').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByTestId('transfer-memo')).toHaveText(number);
  await expect(transfer).toContainText('Vietcombank');
  await expect(transfer).toContainText(total.toLocaleString('vi-VN'));
  await expect(page.getByTestId('sub-order')).toHaveCount(2);
  for (const state of await page.getByTestId('sub-order-state').all()) await expect(state).toHaveText('Chờ thanh toán');
  await expect(page.getByTestId('order-total')).toHaveText(`${total.toLocaleString('vi-VN')}\u00a0₫`);
  await expect(page.getByTestId('cart-count')).toHaveText('0');
  await shot(page, 'shop-04-order-bank-transfer');
  await axe(page);

  // The same form posted again (a retry) answers with the same order, not a second one.
  const retry = await page.request.post('/thanh-toan', { form: { ...form, intent: 'place' }, maxRedirects: 0 });
  expect([302, 303]).toContain(retry.status());
  expect(decodeURIComponent(retry.headers().location ?? '')).toContain(`/don-hang/${number}`);

  // Another browser opens the order with its email only.
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto(`/don-hang/${number}`);
  await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(`Xem đơn hàng ${number}`);
  await stranger.getByLabel('Email').fill('someone.else@example.vn');
  await stranger.getByRole('button', { name: 'Xem đơn hàng' }).click();
  await expect(stranger.getByRole('alert')).toHaveText('Không tìm thấy đơn hàng với số và email này.');
  await stranger.getByLabel('Email').fill(email);
  await stranger.getByRole('button', { name: 'Xem đơn hàng' }).click();
  await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(`Đơn hàng ${number}`);
  await expect(stranger.getByTestId('transfer-memo')).toHaveText(number);
  await other.close();
});

test('a signed-in shopper pays cash on delivery without JavaScript and finds the order under "my orders"', async ({ browser }) => {
  const [product] = await buyableProducts(1, 2);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill('khachhang@ocop.test');
  await page.getByLabel('Mật khẩu').fill('sao-ocop-demo-2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText('khachhang@ocop.test');

  await page.goto(`/san-pham/${product!.slug}`);
  await page.getByLabel('Số lượng', { exact: true }).fill('1');
  await page.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  await expect(page.getByRole('status')).toContainText('Đã thêm 1 ×');
  const count = Number(await page.getByTestId('cart-count').textContent());
  expect(count).toBeGreaterThanOrEqual(1);

  await page.goto('/thanh-toan');
  await expect(page.getByLabel('Email')).toHaveValue('khachhang@ocop.test');
  await page.getByLabel('Họ và tên').fill('Trần Văn Minh');
  await page.getByLabel('Số điện thoại').fill('+84 987 654 321');
  await page.getByLabel('Tỉnh/thành phố').selectOption({ label: 'Nghệ An' });
  // Without JavaScript the province is confirmed with its button; what was typed stays.
  await page.getByRole('button', { name: 'Chọn tỉnh này' }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Trần Văn Minh');
  await page.getByLabel('Xã/phường/đặc khu').selectOption({ index: 1 });
  await page.getByLabel('Số nhà, tên đường').fill('5 Lê Lợi');
  await page.getByLabel(/Thanh toán khi nhận hàng/).check();
  await page.getByRole('button', { name: 'Đặt hàng' }).click();

  await expect(page).toHaveURL(/\/don-hang\/OCOP-[\w-]+\?moi$/);
  const number = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  await expect(page.getByText('Thanh toán tiền mặt khi nhận hàng.')).toBeVisible();
  for (const state of await page.getByTestId('sub-order-state').all()) await expect(state).toHaveText('Đã xác nhận');
  await expect(page.getByTestId('bank-transfer')).toHaveCount(0);
  await shot(page, 'shop-05-order-cod');

  await page.goto('/tai-khoan/don-hang');
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn hàng của tôi' })).toBeVisible();
  const row = page.getByTestId('my-order').filter({ hasText: number });
  await expect(row).toContainText('Thanh toán khi nhận hàng (COD)');
  await expect(row).toContainText('Đã xác nhận');
  await shot(page, 'shop-06-my-orders');
  await row.getByRole('link', { name: number }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Đơn hàng ${number}`);

  // The English pages of the same order and the empty cart.
  await page.goto(`/en/orders/${encodeURIComponent(number)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Order ${number}`);
  await expect(page.getByTestId('sub-order-state').first()).toHaveText('Confirmed');
  await page.goto('/en/cart');
  await expect(page.getByText('Your cart is empty.')).toBeVisible();
  await context.close();
});

test('the English cart and checkout explain errors in English and pass axe', async ({ page }) => {
  const [product] = await buyableProducts(1, 3);
  await page.goto(`/en/products/${product!.slug}`);
  await page.getByLabel('Quantity', { exact: true }).fill('1.5');
  let answer = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await answer;
  await expect(page.locator('#quantity-error')).toHaveText('The quantity is a whole number from 1 to 999.');
  await page.getByLabel('Quantity', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status')).toContainText('Added 2 ×');
  await expect(page.getByRole('link', { name: 'Cart 2 items' })).toBeVisible();

  await page.getByRole('link', { name: 'Cart 2 items' }).click();
  await expect(page).toHaveURL(/\/en\/cart$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cart');
  await expect(page.getByTestId('cart-subtotal')).toHaveText(/^₫[\d,]+$/);
  await axe(page);

  await page.getByRole('link', { name: 'Check out' }).click();
  await expect(page).toHaveURL(/\/en\/checkout$/);
  await page.getByLabel('Full name').fill('Emma Tourist');
  await page.getByLabel('Email').fill('emma@example.com');
  await page.getByLabel('Phone number').fill('+44 20 7946 0958');
  answer = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Place order' }).click();
  await answer;
  await expect(page.locator('#phone-error')).toHaveText('Enter a valid Vietnamese phone number, e.g. 0912 345 678.');
  await expect(page.locator('#provinceId-error')).toHaveText('Choose a province or city.');
  await expect(page.locator('#street-error')).toHaveText('Enter the house number and street (at most 200 characters).');
  await expect(page.getByLabel('Full name')).toHaveValue('Emma Tourist');
  await expect(page.getByLabel('Phone number')).toHaveValue('+44 20 7946 0958');
  await expect(page.getByText('Choose a province to see delivery prices.')).toBeVisible();
  await axe(page);
  await shot(page, 'shop-07-checkout-en-errors');
});
