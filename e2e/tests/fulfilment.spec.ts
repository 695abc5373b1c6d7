import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from './fixtures/csp.js';
import { E2E } from '../ports.mjs';

/**
 * Fulfilment and reconciliation (issue 5): a guest orders from two producers and pays by bank
 * transfer; the admin marks the transfer received; each producer ships its share from the order
 * inbox; the shopper sees both shipped. And a bank statement import reports a matching and an
 * unknown row.
 */

const PASSWORD = 'sao-ocop-demo-2026';
const API = `http://localhost:${E2E.api}/graphql`;
const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

type Json = Record<string, any>;

/** No serious or critical axe violation on the page as it is now. */
async function accessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })), page.url()).toEqual([]);
}

/**
 * A GraphQL request to the API without any cookie jar (plain fetch): `cookie` relays a session or
 * cart cookie by hand. Returns data and the `name=value` of each cookie the API set.
 */
async function gql(query: string, variables: Json = {}, cookie?: string) {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: Json; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookies: res.headers.getSetCookie().map((c) => c.split(';')[0]!) };
}

/** Signs in through the API and returns the session cookie. */
async function apiSession(email: string, password = PASSWORD): Promise<string> {
  const { data, cookies } = await gql(`mutation ($input: AccountLogInInput!) { accountLogIn(input: $input) { userErrors { code } } }`, { input: { email, password } });
  expect(data.accountLogIn.userErrors).toEqual([]);
  const session = cookies.find((c) => c.split('=')[0]!.endsWith('ocop_session'));
  if (!session) throw new Error('no session cookie');
  return session;
}

async function logIn(browser: Browser, email: string, password = PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
  return page;
}

interface Pick {
  producerId: string;
  producerName: string;
  productName: string;
  variantId: string;
}

const IN_STOCK = `query ($producerId: ID) {
  products(first: 50, filter: { inStock: true, producerId: $producerId }) {
    nodes { name producer { id name } variants(first: 10) { nodes { id stock } } }
  }
}`;

/** In-stock products (a variant with at least `units` left) of a producer, or of any producer. */
async function inStock(producerId: string | null, units = 3): Promise<Pick[]> {
  const { data } = await gql(IN_STOCK, { producerId });
  return data.products.nodes.flatMap((p: Json) => {
    const variant = p.variants.nodes.find((v: Json) => v.stock >= units);
    return variant ? [{ producerId: p.producer.id, producerName: p.producer.name, productName: p.name, variantId: variant.id }] : [];
  });
}

/** Places a guest order of one unit of each variant, paid by bank transfer, as a browser-less shopper. */
async function placeGuestOrder(variantIds: string[], email: string) {
  const added = await gql(
    `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { cart { totalQuantity } userErrors { code } } }`,
    { input: { lines: variantIds.map((variantId) => ({ variantId, quantity: 1 })) } },
  );
  expect(added.data.cartLinesAdd.userErrors).toEqual([]);
  const cart = added.cookies.find((c) => c.split('=')[0]!.endsWith('ocop_cart'));
  if (!cart) throw new Error('no cart cookie');
  const places = await gql(`{ provinces(first: 100) { nodes { id code } } communes(provinceCode: "01", first: 1) { nodes { id } } }`);
  const hanoi = places.data.provinces.nodes.find((p: Json) => p.code === '01');
  const placed = await gql(
    `mutation ($input: CheckoutPlaceInput!) { checkoutPlace(input: $input) {
      order { number total { amount } payment { state bankTransfer { memo } } subOrders { state producer { name } } }
      userErrors { code field }
    } }`,
    {
      input: {
        idempotencyKey: randomUUID(),
        email,
        phone: '0912 345 678',
        shippingAddress: { recipientName: 'Trần Thị Mai', phone: '0987 654 321', provinceId: hanoi.id, communeId: places.data.communes.nodes[0].id, streetLine: '12 Hàng Bạc' },
        paymentMethod: 'BANK_TRANSFER',
      },
    },
    cart,
  );
  expect(placed.data.checkoutPlace.userErrors).toEqual([]);
  return placed.data.checkoutPlace.order as { number: string; total: { amount: number }; payment: Json; subOrders: Json[] };
}

test('a guest orders from two producers by bank transfer; the admin marks it received; each producer ships its share; the shopper sees both shipped', async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();

  // 1. Two producers with stock: the demo producer owner's (chuthe@ocop.test) when it has some, and another.
  const chuthe = await apiSession('chuthe@ocop.test');
  const mine = await gql(`{ viewer { roles { ... on ProducerMemberRole { producer { id } } } } }`, {}, chuthe);
  const chutheProducerId: string = mine.data.viewer.roles.find((r: Json) => r.producer).producer.id;
  const ofChuthe = (await inStock(chutheProducerId))[0];
  const others = (await inStock(null)).filter((p) => p.producerId !== chutheProducerId);
  const first = ofChuthe ?? others[0]!;
  const second = others.find((p) => p.producerId !== first.producerId)!;
  expect(second).toBeTruthy();

  // Owners: chuthe for its producer; for the other, a new account made owner by the admin (roleAssign).
  const admin = await apiSession('quantri@ocop.test');
  const owners: { email: string; password: string; pick: Pick }[] = [];
  for (const [k, pick] of [first, second].entries()) {
    if (pick.producerId === chutheProducerId) {
      owners.push({ email: 'chuthe@ocop.test', password: PASSWORD, pick });
      continue;
    }
    const email = `chuthe${k}.${stamp}@ocop.test`;
    const password = `mat-ong-rung-${stamp}`;
    const signUp = await gql(`mutation ($input: AccountSignUpInput!) { accountSignUp(input: $input) { userErrors { code } } }`, { input: { email, password } });
    expect(signUp.data.accountSignUp.userErrors).toEqual([]);
    const assigned = await gql(
      `mutation ($input: RoleAssignInput!) { roleAssign(input: $input) { userErrors { code } } }`,
      { input: { email, kind: 'PRODUCER_MEMBER', producerId: pick.producerId, producerRole: 'OWNER' } },
      admin,
    );
    expect(assigned.data.roleAssign.userErrors).toEqual([]);
    owners.push({ email, password, pick });
  }

  // 2. A guest puts one product of each producer in the cart and checks out by bank transfer.
  const shopperEmail = `khach.${stamp}@ocop.test`;
  const order = await placeGuestOrder([first.variantId, second.variantId], shopperEmail);
  expect(order.payment).toEqual({ state: 'PENDING', bankTransfer: { memo: order.number } });
  expect(order.subOrders.map((s) => s.state)).toEqual(['PENDING_PAYMENT', 'PENDING_PAYMENT']);

  // 3. The admin finds it among the transfers awaiting money and marks it received.
  const adminPage = await logIn(browser, 'quantri@ocop.test');
  await adminPage.goto('/quan-tri');
  await adminPage.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Thanh toán' }).click();
  await expect(adminPage.getByRole('heading', { level: 1, name: 'Thanh toán chuyển khoản' })).toBeVisible();
  const row = adminPage.getByRole('row').filter({ hasText: order.number });
  await expect(row).toContainText(shopperEmail);
  await expect(row).toContainText(first.producerName);
  await expect(row).toContainText(second.producerName);
  await shot(adminPage, 'fulfilment-01-admin-payments');
  await accessible(adminPage);
  await row.getByRole('button', { name: `Đã nhận chuyển khoản cho đơn ${order.number}` }).click();
  await expect(adminPage.getByRole('status')).toHaveText(`Đơn ${order.number}: đã ghi nhận tiền chuyển khoản.`);
  await expect(adminPage.getByRole('row').filter({ hasText: order.number })).toHaveCount(0);

  // 4. Each producer ships its share from the order inbox.
  for (const [k, owner] of owners.entries()) {
    const page = await logIn(browser, owner.email, owner.password);
    await page.goto(`/kenh-nguoi-ban?chu-the=${encodeURIComponent(owner.pick.producerId)}`);
    await page.getByRole('navigation', { name: 'Kênh người bán' }).getByRole('link', { name: 'Đơn hàng' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Đơn hàng' })).toBeVisible();
    const card = page.locator(`article[data-order-number="${order.number}"]`);
    await expect(card).toContainText('Đã thanh toán');
    await expect(card).toContainText(owner.pick.productName);
    await expect(card).toContainText('Trần Thị Mai');
    await expect(card).toContainText(shopperEmail);
    await expect(card).toContainText('Chuyển khoản ngân hàng (VietQR) – đã thu tiền');
    // The other producer's line is not in this share.
    await expect(card).not.toContainText(owners[1 - k]!.pick.productName);

    await card.getByRole('button', { name: 'Xác nhận, chuẩn bị hàng' }).click();
    await expect(page.getByRole('status')).toHaveText(`Đơn ${order.number}: đã xác nhận, đang chuẩn bị hàng.`);
    await expect(card).toContainText('Đang chuẩn bị');

    // The same inbox in a second tab, left open while the first ships: its form goes stale.
    const stale = await page.context().newPage();
    await stale.goto(page.url());
    const staleCard = stale.locator(`article[data-order-number="${order.number}"]`);

    // A missing carrier: a message in Vietnamese next to the field; the tracking number typed stays.
    const shipForm = card.getByRole('form', { name: 'Giao cho đơn vị vận chuyển' });
    const tracking = `VTP${stamp}${k}`;
    await shipForm.getByLabel('Mã vận đơn').fill(tracking);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/kenh-nguoi-ban/don-hang')),
      shipForm.getByRole('button', { name: 'Xác nhận đã gửi hàng' }).click(),
    ]);
    await expect(shipForm.getByText('Hãy nhập đơn vị vận chuyển (tối đa 80 ký tự).')).toBeVisible();
    await expect(shipForm.getByLabel('Mã vận đơn')).toHaveValue(tracking);
    await shot(page, `fulfilment-0${2 + k * 2}-ship-form-error`);
    await shipForm.getByLabel('Đơn vị vận chuyển').fill('Viettel Post');
    await shipForm.getByRole('button', { name: 'Xác nhận đã gửi hàng' }).click();
    await expect(page.getByRole('status')).toHaveText(`Đơn ${order.number}: đã ghi nhận gửi hàng.`);
    await expect(card).toContainText('Đang giao');
    await expect(card).toContainText(`Vận chuyển: Viettel Post, mã vận đơn ${tracking}`);
    await expect(card.getByRole('button', { name: 'Đã giao cho người mua' })).toBeVisible();
    await shot(page, `fulfilment-0${3 + k * 2}-inbox-shipped`);
    await accessible(page);

    // The stale tab ships again: the API answers INVALID_TRANSITION, shown in Vietnamese, values kept.
    const staleForm = staleCard.getByRole('form', { name: 'Giao cho đơn vị vận chuyển' });
    await staleForm.getByLabel('Đơn vị vận chuyển').fill('GHN');
    await staleForm.getByLabel('Mã vận đơn').fill('GHN-2');
    await staleForm.getByRole('button', { name: 'Xác nhận đã gửi hàng' }).click();
    await expect(staleCard.getByRole('alert')).toHaveText(
      'Không thể làm thao tác này ở trạng thái hiện tại của đơn (có thể đơn vừa thay đổi). Hãy tải lại trang.',
    );
    await expect(staleForm.getByLabel('Đơn vị vận chuyển')).toHaveValue('GHN');
    await expect(staleForm.getByLabel('Mã vận đơn')).toHaveValue('GHN-2');
    await page.context().close();
  }

  // 5. The shopper's order (looked up with its email) shows both shares shipped.
  const seen = await gql(
    `query ($number: String!, $email: String) { order(number: $number, email: $email) { payment { state } subOrders { state carrier producer { name } } } }`,
    { number: order.number, email: shopperEmail },
  );
  expect(seen.data.order.payment.state).toBe('SUCCEEDED');
  expect(seen.data.order.subOrders.map((s: Json) => s.state)).toEqual(['SHIPPED', 'SHIPPED']);
  expect(seen.data.order.subOrders.map((s: Json) => s.carrier)).toEqual(['Viettel Post', 'Viettel Post']);
});

test('a bank statement import pays the order its memo names and reports the unknown row; the inbox reads in English too', async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const [pick] = await inStock(null);
  const order = await placeGuestOrder([pick!.variantId], `khach.sao-ke.${stamp}@ocop.test`);

  const admin = await logIn(browser, 'quantri@ocop.test');
  await admin.goto('/quan-tri/thanh-toan');
  await expect(admin.getByRole('row').filter({ hasText: order.number })).toBeVisible();
  const csv = [
    'Ngày giao dịch,Số tiền,Nội dung',
    `23/11/2026,"${order.total.amount.toLocaleString('vi-VN')}",MBVCB.8812.${order.number.replace(/-/g, ' ').toLowerCase()} thanh toan don hang`,
    '23/11/2026,50000,chuyen tien an trua',
  ].join('\n');
  // No file: a message in Vietnamese.
  await admin.getByRole('button', { name: 'Nhập và đối chiếu' }).click();
  await expect(admin.getByText('Hãy chọn một tệp CSV.')).toBeVisible();
  await admin.getByLabel('Tệp sao kê (CSV, tối đa 2 MB)').setInputFiles({ name: 'sao-ke.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
  await admin.getByRole('button', { name: 'Nhập và đối chiếu' }).click();
  const report = admin.getByTestId('statement-report');
  await expect(report.locator('tr[data-outcome="PAID"]')).toContainText(order.number);
  await expect(report.locator('tr[data-outcome="PAID"]')).toContainText('Đã thanh toán');
  await expect(report.locator('tr[data-outcome="UNKNOWN"]')).toContainText('Không khớp đơn nào');
  await expect(report.locator('tr[data-outcome="UNKNOWN"]')).toContainText('(không có mã đơn)');
  await expect(admin.getByText('2 dòng, 1 đơn được ghi nhận đã thanh toán.')).toBeVisible();
  await expect(admin.getByTestId('awaiting-transfers').getByRole('row').filter({ hasText: order.number })).toHaveCount(0);
  await shot(admin, 'fulfilment-06-statement-report');
  await accessible(admin);

  // The same page in English.
  await admin.goto('/en/admin/payments');
  await expect(admin.getByRole('heading', { level: 1, name: 'Bank transfer payments' })).toBeVisible();
  await expect(admin.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await admin.context().close();

  const seller = await logIn(browser, 'chuthe@ocop.test');
  await seller.goto('/en/seller/orders');
  await expect(seller.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
  await expect(seller.getByRole('navigation', { name: 'Seller centre' }).getByRole('link', { name: 'Orders' })).toBeVisible();
  await expect(seller.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await seller.context().close();
});
