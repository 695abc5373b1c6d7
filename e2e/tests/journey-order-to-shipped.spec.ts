import { expect, test, type Browser, type BrowserContext, type Page } from './fixtures/csp.js';
import { E2E } from '../ports.mjs';

/**
 * Issue 5, acceptance 5: the whole order journey in the browser, one person per browser context.
 * A guest buys from two producers by VietQR bank transfer, the admin marks the money received, each
 * producer confirms and ships its share, the guest sees both shipped; a second shopper pays by card
 * through the Stripe fake (a declined card first); a third pays cash on delivery.
 */
test.describe.configure({ mode: 'serial' });

const DEMO_PASSWORD = 'sao-ocop-demo-2026';
const stamp = Date.now();
const shot = async (page: Page, name: string) => {
  // Workspace menus are sticky: from the top they stand beside the page's heading.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `screenshots/journey5-${name}.png`, fullPage: true });
};
/** 1.234.000 ₫ (vi-VN: dots between thousands, a no-break space before the đồng sign). */
const vndText = (amount: number) => `${amount.toLocaleString('vi-VN')}\u00a0₫`;
const vnd = (text: string) => Number(text.replace(/[^\d]/g, ''));

interface Pick {
  slug: string;
  name: string;
  producerId: string;
  producerName: string;
  producerSlug: string;
}

/**
 * Published products with at least `units` of every variant left, read from the public catalogue
 * (the seed decides what exists; other specs running beside this one buy some).
 */
async function inStock(filter: Record<string, unknown>, units = 10): Promise<Pick[]> {
  const res = await fetch(`http://localhost:${E2E.api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query ($filter: ProductFilter) { products(first: 60, filter: $filter) { nodes { slug name producer { id name slug } variants(first: 5) { nodes { stock } } } } }`,
      variables: { filter: { inStock: true, ...filter } },
    }),
  });
  const body = (await res.json()) as {
    errors?: unknown;
    data?: { products: { nodes: { slug: string; name: string; producer: { id: string; name: string; slug: string }; variants: { nodes: { stock: number }[] } }[] } };
  };
  if (!body.data) throw new Error(`products query failed: ${JSON.stringify(body.errors)}`);
  return body.data.products.nodes
    // Not the products other specs create while this one runs (their names carry a timestamp).
    .filter((p) => !/\d{10}/.test(p.name) && p.variants.nodes.every((v) => v.stock >= units))
    .map((p) => ({ slug: p.slug, name: p.name, producerId: p.producer.id, producerName: p.producer.name, producerSlug: p.producer.slug }));
}

async function logIn(context: BrowserContext, email: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
  return page;
}

async function addToCart(page: Page, product: Pick, expectedCount: number) {
  await page.goto(`/san-pham/${product.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(product.name);
  await page.getByLabel('Số lượng', { exact: true }).fill('1');
  await page.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  await expect(page.getByRole('status')).toContainText('Đã thêm 1 ×');
  await expect(page.getByTestId('cart-count')).toHaveText(String(expectedCount));
}

/** Contact, a Hà Nội address and a payment method on /thanh-toan; returns the number of the placed order. */
async function checkOut(page: Page, who: { name: string; email: string }, payment: RegExp): Promise<string> {
  await page.goto('/gio-hang');
  await page.getByRole('link', { name: 'Tiến hành thanh toán' }).click();
  await expect(page).toHaveURL(/\/thanh-toan$/);
  await page.getByLabel('Họ và tên').fill(who.name);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Số điện thoại').fill('0912 345 678');
  const communes = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByLabel('Tỉnh/thành phố').selectOption({ label: 'Hà Nội' });
  await communes;
  const commune = page.getByLabel('Xã/phường/đặc khu');
  await expect(commune).toBeEnabled();
  await commune.selectOption({ index: 1 });
  await page.getByLabel('Số nhà, tên đường').fill('12 Hàng Bạc');
  await page.getByLabel(payment).check();
  return placeOrder(page);
}

async function placeOrder(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Đặt hàng' }).click();
  await expect(page).toHaveURL(/\/don-hang\/OCOP-[\w-]+\?moi$/);
  const number = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Đơn hàng ${number}`);
  return number;
}

let browserContexts: BrowserContext[] = [];
const newContext = async (browser: Browser) => {
  const context = await browser.newContext();
  browserContexts.push(context);
  return context;
};
test.afterAll(async () => {
  await Promise.all(browserContexts.map((c) => c.close()));
  browserContexts = [];
});

// Shared by the serial steps.
let guest: Page;
let admin: Page;
const owners: { page: Page; email: string; product: Pick }[] = [];
let orderNumber = '';
let orderTotal = 0;
const guestEmail = `khach.hanhtrinh.${stamp}@example.vn`;

test('1. a guest buys from two producers by VietQR bank transfer and sees the QR and the memo', async ({ browser }) => {
  test.setTimeout(120_000);
  // The demo producer owner's producer: its id is in the seller workspace's links.
  const chuthe = await logIn(await newContext(browser), 'chuthe@ocop.test', DEMO_PASSWORD);
  await chuthe.goto('/kenh-nguoi-ban');
  const ordersLink = chuthe.getByRole('navigation', { name: 'Kênh người bán' }).getByRole('link', { name: 'Đơn hàng' });
  const chutheProducerId = new URL((await ordersLink.getAttribute('href'))!, 'http://x').searchParams.get('chu-the')!;
  expect(chutheProducerId).toBeTruthy();
  const [ofChuthe] = await inStock({ producerId: chutheProducerId });
  expect(ofChuthe, 'the demo producer owner has a product in stock').toBeTruthy();
  // Another producer (food, plenty of stock); skip the first few, which shop.spec.ts buys.
  const other = (await inStock({ group: 'FOOD' }, 20)).filter((p) => p.producerId !== chutheProducerId).at(-1);
  expect(other, 'a second producer with stock').toBeTruthy();
  owners.push({ page: chuthe, email: 'chuthe@ocop.test', product: ofChuthe! });

  // The second producer's owner: a new account, made OWNER by the admin on the users page.
  const ownerEmail = `chuthe2.${stamp}@example.vn`;
  const ownerPassword = `mat-ong-rung-${stamp}`;
  const owner = await (await newContext(browser)).newPage();
  await owner.goto('/dang-ky');
  await owner.getByLabel('Email').fill(ownerEmail);
  await owner.getByLabel('Mật khẩu').fill(ownerPassword);
  await owner.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(owner.getByTestId('viewer-email')).toHaveText(ownerEmail);

  admin = await logIn(await newContext(browser), 'quantri@ocop.test', DEMO_PASSWORD);
  await admin.goto('/quan-tri/nguoi-dung');
  await admin.getByLabel('Email tài khoản').fill(ownerEmail);
  await admin.getByLabel('Loại vai trò').selectOption('PRODUCER_MEMBER');
  await admin.getByLabel(/Đường dẫn chủ thể/).fill(other!.producerSlug);
  await admin.getByLabel('Vai trò trong chủ thể').selectOption('OWNER');
  await admin.getByRole('button', { name: 'Giao vai trò' }).click();
  await expect(admin.getByRole('status')).toHaveText(`Đã giao vai trò Thành viên chủ thể OCOP cho ${ownerEmail}.`);
  await admin.goto(`/quan-tri/nguoi-dung?email=${encodeURIComponent(ownerEmail)}`);
  await expect(admin.getByRole('row').filter({ hasText: ownerEmail })).toContainText(`Thành viên chủ thể OCOP – ${other!.producerName} (chủ sở hữu)`);
  await shot(admin, '01-admin-assigns-owner');
  owners.push({ page: owner, email: ownerEmail, product: other! });

  // The guest: one product of each producer, then checkout by bank transfer.
  guest = await (await newContext(browser)).newPage();
  await guest.goto('/');
  await expect(guest.getByTestId('cart-count')).toHaveText('0');
  await addToCart(guest, ofChuthe!, 1);
  await shot(guest, '02-guest-product-added');
  await addToCart(guest, other!, 2);
  await guest.goto('/gio-hang');
  await expect(guest.locator('.cart-group')).toHaveCount(2);
  await expect(guest.getByTestId('cart-subtotal')).toHaveText(/^[\d.]+\s₫$/);
  await shot(guest, '03-guest-cart');

  orderNumber = await checkOut(guest, { name: 'Nguyễn Thị Hằng', email: guestEmail }, /Chuyển khoản ngân hàng/);
  await expect(guest.getByTestId('payment-state')).toHaveText('Chờ thanh toán');
  const transfer = guest.getByTestId('bank-transfer');
  const qr = transfer.getByRole('img', { name: /Mã VietQR/ });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
  await expect(guest.getByTestId('transfer-memo')).toHaveText(orderNumber);
  orderTotal = vnd((await guest.getByTestId('order-total').textContent())!);
  expect(orderTotal).toBeGreaterThan(0);
  await expect(guest.getByTestId('order-total')).toHaveText(vndText(orderTotal));
  await expect(transfer).toContainText(vndText(orderTotal));
  await expect(guest.getByTestId('sub-order')).toHaveCount(2);
  for (const state of await guest.getByTestId('sub-order-state').all()) await expect(state).toHaveText('Chờ thanh toán');
  await shot(guest, '04-guest-order-vietqr');
});

test('2. the admin marks the transfer received', async () => {
  await admin.goto('/quan-tri/thanh-toan');
  await expect(admin.getByRole('heading', { level: 1, name: 'Thanh toán chuyển khoản' })).toBeVisible();
  const row = admin.getByRole('row').filter({ hasText: orderNumber });
  await expect(row).toContainText(guestEmail);
  await expect(row).toContainText(vndText(orderTotal));
  for (const owner of owners) await expect(row).toContainText(owner.product.producerName);
  await shot(admin, '05-admin-awaiting-transfer');
  await row.getByRole('button', { name: `Đã nhận chuyển khoản cho đơn ${orderNumber}` }).click();
  await expect(admin.getByRole('status')).toHaveText(`Đơn ${orderNumber}: đã ghi nhận tiền chuyển khoản.`);
  await expect(admin.getByRole('row').filter({ hasText: orderNumber })).toHaveCount(0);
  await shot(admin, '06-admin-transfer-received');
});

test('3. each producer confirms and ships its sub-order', async () => {
  for (const [k, owner] of owners.entries()) {
    const page = owner.page;
    await page.goto('/kenh-nguoi-ban');
    await page.getByRole('navigation', { name: 'Kênh người bán' }).getByRole('link', { name: 'Đơn hàng' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Đơn hàng' })).toBeVisible();
    const card = page.locator(`article[data-order-number="${orderNumber}"]`);
    await expect(card).toContainText('Đã thanh toán');
    await expect(card).toContainText(owner.product.name);
    await expect(card).not.toContainText(owners[1 - k]!.product.name);
    await expect(card).toContainText('Nguyễn Thị Hằng');
    await card.getByRole('button', { name: 'Xác nhận, chuẩn bị hàng' }).click();
    await expect(page.getByRole('status')).toHaveText(`Đơn ${orderNumber}: đã xác nhận, đang chuẩn bị hàng.`);
    await expect(card).toContainText('Đang chuẩn bị');

    const ship = card.getByRole('form', { name: 'Giao cho đơn vị vận chuyển' });
    const carrier = k === 0 ? 'Viettel Post' : 'Giao Hàng Nhanh';
    await ship.getByLabel('Đơn vị vận chuyển').fill(carrier);
    await ship.getByLabel('Mã vận đơn').fill(`VD${stamp}${k}`);
    await ship.getByRole('button', { name: 'Xác nhận đã gửi hàng' }).click();
    await expect(page.getByRole('status')).toHaveText(`Đơn ${orderNumber}: đã ghi nhận gửi hàng.`);
    await expect(card).toContainText('Đang giao');
    await expect(card).toContainText(`Vận chuyển: ${carrier}, mã vận đơn VD${stamp}${k}`);
    await shot(page, `0${7 + k}-seller-${k + 1}-shipped`);
  }
});

test('4. the guest sees both sub-orders shipped and the payment received', async () => {
  await guest.goto(`/don-hang/${encodeURIComponent(orderNumber)}`);
  await expect(guest.getByRole('heading', { level: 1 })).toHaveText(`Đơn hàng ${orderNumber}`);
  await expect(guest.getByTestId('payment-state')).toHaveText('Đã thanh toán');
  await expect(guest.getByTestId('payment-received-at')).toHaveText(/^Đã nhận tiền lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\.$/);
  await expect(guest.getByTestId('bank-transfer')).toHaveCount(0);
  const subs = guest.getByTestId('sub-order');
  await expect(subs).toHaveCount(2);
  for (const [k, owner] of owners.entries()) {
    const sub = subs.filter({ hasText: owner.product.producerName });
    await expect(sub.getByTestId('sub-order-state')).toHaveText('Đang giao');
    await expect(sub).toContainText(k === 0 ? 'Viettel Post' : 'Giao Hàng Nhanh');
    await expect(sub.getByTestId('tracking-number')).toHaveText(`VD${stamp}${k}`);
  }
  await expect(guest.getByTestId('order-total')).toHaveText(vndText(orderTotal));
  await shot(guest, '09-guest-order-shipped');
});

test('5. a second shopper pays by card: a declined card is explained in Vietnamese, then a good card pays', async ({ browser }) => {
  test.setTimeout(90_000);
  const [product] = (await inStock({ group: 'FOOD' }, 20)).slice(-2);
  const page = await (await newContext(browser)).newPage();
  await addToCart(page, product!, 1);
  const number = await checkOut(page, { name: 'Emma Nguyễn', email: `the.${stamp}@example.vn` }, /Thẻ quốc tế/);
  await expect(page.getByTestId('payment-state')).toHaveText('Chờ thanh toán');
  const card = page.getByTestId('card-payment');
  await expect(card.getByLabel('Số thẻ')).toBeVisible();
  // One heading for the card form, named after it, under the page's "Thanh toán".
  await expect(card.getByRole('heading')).toHaveCount(1);
  await expect(card.getByRole('form', { name: 'Thanh toán bằng thẻ' })).toBeVisible();
  const total = vnd((await page.getByTestId('order-total').textContent())!);
  const pay = card.getByRole('button', { name: `Thanh toán ${vndText(total)}` });
  await expect(pay).toBeEnabled();
  await shot(page, '10-card-form');

  await card.getByLabel('Số thẻ').fill('4000 0000 0000 0002');
  await card.getByLabel('Ngày hết hạn').fill('12 / 34');
  await card.getByLabel('Mã bảo mật').fill('123');
  await pay.click();
  await expect(card.getByRole('alert')).toHaveText('Thẻ bị từ chối. Vui lòng dùng thẻ khác hoặc liên hệ ngân hàng phát hành.');
  await expect(page.getByTestId('payment-state')).toHaveText('Chờ thanh toán');
  await shot(page, '11-card-declined');

  await card.getByLabel('Số thẻ').fill('4242 4242 4242 4242');
  await pay.click();
  // The webhook reaches the API; the page asks again until the payment is no longer pending.
  await expect(page.getByTestId('payment-state')).toHaveText('Đã thanh toán', { timeout: 20_000 });
  await expect(page.getByTestId('payment-received-at')).toBeVisible();
  for (const state of await page.getByTestId('sub-order-state').all()) await expect(state).toHaveText('Đã thanh toán');
  await expect(page.getByTestId('card-payment')).toHaveCount(0);
  await shot(page, '12-card-paid');

  // A reload (a fresh server render) says the same.
  await page.goto(`/don-hang/${encodeURIComponent(number)}`);
  await expect(page.getByTestId('payment-state')).toHaveText('Đã thanh toán');
});

test('6. a third shopper pays cash on delivery and sees the order confirmed', async ({ browser }) => {
  const [product] = (await inStock({ group: 'FOOD' }, 20)).slice(-3);
  const page = await (await newContext(browser)).newPage();
  await addToCart(page, product!, 1);
  await checkOut(page, { name: 'Lê Văn Đức', email: `cod.${stamp}@example.vn` }, /Thanh toán khi nhận hàng/);
  await expect(page.getByText('Thanh toán tiền mặt khi nhận hàng.')).toBeVisible();
  await expect(page.getByTestId('payment-state')).toHaveText('Chờ thanh toán');
  const states = await page.getByTestId('sub-order-state').all();
  expect(states.length).toBeGreaterThan(0);
  for (const state of states) await expect(state).toHaveText('Đã xác nhận');
  await expect(page.getByTestId('bank-transfer')).toHaveCount(0);
  await expect(page.getByTestId('card-payment')).toHaveCount(0);
  await shot(page, '13-cod-confirmed');
});
