import { expect, test, type Page } from './fixtures/csp.js';
import { E2E } from '../ports.mjs';

const PASSWORD = 'sao-ocop-demo-2026';
const API = `http://localhost:${E2E.api}/graphql`;
const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

async function logIn(page: Page, email: string) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
}

/** The viewer's session cookie, to ask the API directly as them. */
async function sessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('ocop_session'));
  if (!cookie) throw new Error('no session cookie');
  return `${cookie.name}=${cookie.value}`;
}

test('a producer submits a product; the Hà Nội council scores it 75 points (4★) and recognises it; the public page shows 4★', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // 1. The producer (owner of a Hà Nội producer in the demo seed) picks a published product of its own.
  await logIn(page, 'chuthe@ocop.test');
  const mine = await page.request.post(API, {
    headers: { cookie: await sessionCookie(page), 'content-type': 'application/json' },
    data: {
      query: `{ viewer { roles { ... on ProducerMemberRole { producer { name province { name } products(first: 5) { nodes { id slug name } } } } } } }`,
    },
  });
  const roles = (await mine.json()).data.viewer.roles as { producer?: { name: string; province: { name: string }; products: { nodes: { id: string; slug: string; name: string }[] } } }[];
  const producer = roles.find((r) => r.producer)!.producer!;
  expect(producer.province.name).toBe('Hà Nội');
  const product = producer.products.nodes[0]!;

  // 2. …and submits it through the evaluation-request route (what EvaluationRequestForm posts).
  const submitted = await page.request.post('/kenh-nguoi-ban/de-nghi-danh-gia', {
    form: { intent: 'submit', productId: product.id, redirectTo: '/kenh-nguoi-ban' },
    maxRedirects: 0,
  });
  expect(submitted.status()).toBe(302);
  expect(submitted.headers().location).toBe('/kenh-nguoi-ban?de-nghi=SUBMITTED');
  const again = await page.request.post('/kenh-nguoi-ban/de-nghi-danh-gia', {
    form: { intent: 'submit', productId: product.id, redirectTo: '/kenh-nguoi-ban' },
    maxRedirects: 0,
  });
  expect(again.headers().location).toBe('/kenh-nguoi-ban?de-nghi=ALREADY_SUBMITTED');

  // 3. The Hà Nội council finds it in its queue.
  const council = await browser.newPage();
  await logIn(council, 'hoidong.hanoi@ocop.test');
  await council.goto('/hoi-dong');
  await expect(council.getByRole('heading', { level: 1, name: 'Sản phẩm chờ đánh giá' })).toBeVisible();
  const row = council.getByRole('row').filter({ hasText: product.name });
  await expect(row).toContainText(producer.name);
  await expect(row).toContainText('Hà Nội');
  await shot(council, 'council-01-queue');
  await row.getByRole('link', { name: product.name }).click();
  await expect(council.getByRole('heading', { level: 1, name: product.name })).toBeVisible();
  await expect(council.getByText('Chủ thể đã gửi đề nghị đánh giá lúc')).toBeVisible();

  // 4. A score above a part's maximum gets a message in Vietnamese; nothing typed is lost.
  const a = council.getByLabel(/^Phần A/);
  const b = council.getByLabel(/^Phần B/);
  const c = council.getByLabel(/^Phần C/);
  await a.fill('41');
  await b.fill('20');
  await c.fill('25');
  await expect(council.getByText('Tổng: 86 / 100 điểm')).toBeVisible();
  await council.getByRole('button', { name: 'Lưu kết quả chấm' }).click();
  await expect(council.locator('#score-A-error')).toHaveText('Điểm phần này từ 0 đến 40 điểm.');
  await expect(a).toHaveValue('41');
  await expect(b).toHaveValue('20');
  await expect(c).toHaveValue('25');
  await shot(council, 'council-02-evaluation-form-error');

  // 5. 30 + 20 + 25 = 75 points under 148/2023: the server says 4★.
  await a.fill('30');
  await expect(council.getByText('Tổng: 75 / 100 điểm')).toBeVisible();
  await council.getByRole('button', { name: 'Lưu kết quả chấm' }).click();
  await expect(council.getByRole('status').filter({ hasText: 'Đã lưu kết quả chấm' })).toHaveText('Đã lưu kết quả chấm: 75 điểm, 4 sao.');
  await expect(council.getByRole('heading', { name: 'Công nhận và cấp chứng nhận' })).toBeVisible();
  await expect(a).toHaveValue('');
  await shot(council, 'council-03-evaluated');

  // 6. Recognise: a certificate with its number and decision date (today by default).
  const number = `123/QĐ-UBND-${Date.now() % 100000}`;
  await council.getByLabel('Số quyết định').fill(number);
  await council.getByRole('button', { name: 'Công nhận' }).click();
  await expect(council.getByRole('heading', { level: 1, name: `Chứng nhận số ${number}` })).toBeVisible();
  await expect(council.getByRole('status')).toHaveText(`Đã công nhận và cấp chứng nhận số ${number}.`);
  const history = council.getByRole('region', { name: 'Lịch sử chứng nhận' });
  await expect(history).toContainText('Công nhận, cấp chứng nhận');
  await expect(history).toContainText('hoidong.hanoi@ocop.test');
  await expect(history).toContainText('Hạng sao: 4 sao');
  await shot(council, 'council-04-certificate-history');

  // The request is decided: the queue no longer lists the product.
  await council.goto('/hoi-dong');
  await expect(council.getByRole('link', { name: product.name })).toHaveCount(0);
  await council.goto('/en/council');
  await expect(council.getByRole('heading', { level: 1, name: 'Products awaiting evaluation' })).toBeVisible();

  // 7. The public product page shows 4★, and the public certificate page its history.
  const visitor = await browser.newPage();
  await visitor.goto(`/san-pham/${product.slug}`);
  await expect(visitor.getByRole('img', { name: '4 sao OCOP' }).first()).toBeVisible();
  await visitor.goto(`/chung-nhan/${encodeURIComponent(number)}?san-pham=${product.slug}`);
  await expect(visitor.getByRole('region', { name: 'Lịch sử chứng nhận' })).toContainText('Công nhận, cấp chứng nhận');
  await shot(visitor, 'council-05-public-certificate');
});
