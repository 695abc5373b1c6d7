import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { CART_COOKIE, SESSION_COOKIE } from '../../http/session-cookie.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';
import { createServices } from '../services.js';

const { orm } = await testDatabase();
const api = await testApi(orm);
const builder = new CatalogueBuilder();
const producer = builder.producer('HTX Chè Tân Cương', province.current('01'));
const pending = builder.producer('HTX Chưa Duyệt', province.current('01'), 'COOPERATIVE', { verified: false });
const tea = builder.product('Chè búp', producer, { variants: [{ label: 'hộp 100 g', price: 120_000, stock: 5 }, { label: 'hộp 200 g', price: 230_000, stock: 2 }] });
const draft = builder.product('Chè nháp', producer);
const unapproved = builder.product('Chè chờ duyệt', pending);
const variant = (productId: string, k = 0) => toGlobalId('ProductVariant', `${productId.replace('prd_', 'var_')}${k}`);

const ADD = `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) {
  cart { subtotal { amount } totalQuantity lines(first: 10) { nodes { quantity productName unitPrice { amount } lineTotal { amount } variant { id label } product { name } } } }
  userErrors { field code } } }`;
const CART = `{ cart { subtotal { amount } totalQuantity lines { nodes { quantity variant { label } } } } }`;

function cookieOf(headers: Headers, name: string): string | null {
  for (const c of headers.getSetCookie()) if (c.startsWith(`${name}=`)) return c.split(';')[0]!;
  return null;
}

beforeAll(async () => {
  await builder.write(orm);
  await rows(orm.em.fork(), `update product set status = 'DRAFT' where id = ?`, [draft.id]);
});

describe('guest cart', () => {
  it('is created at the first add, priced from the catalogue, and kept in an HttpOnly cookie', async () => {
    const res = await api.gql(ADD, { input: { lines: [{ variantId: variant(tea.id), quantity: 2 }, { variantId: variant(tea.id, 1), quantity: 1 }] } });
    expect(res.data!.cartLinesAdd.userErrors).toEqual([]);
    expect(res.data!.cartLinesAdd.cart.subtotal.amount).toBe(2 * 120_000 + 230_000);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith(`${CART_COOKIE.development}=`))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = cookieOf(res.headers, CART_COOKIE.development)!;
    const again = await api.gql(ADD, { input: { lines: [{ variantId: variant(tea.id), quantity: 1 }] } }, { headers: { cookie } });
    expect(again.data!.cartLinesAdd.cart.lines.nodes[0]).toMatchObject({ quantity: 3, lineTotal: { amount: 360_000 }, product: { name: 'Chè búp' } });
    expect(cookieOf(again.headers, CART_COOKIE.development)).toBeNull();
    const read = await api.gql(CART, {}, { headers: { cookie } });
    expect(read.data!.cart.totalQuantity).toBe(4);
    expect((await api.gql(CART)).data!.cart).toBeNull();
  });

  it.each([0, -1, 1e9, 1.5])('refuses a quantity of %s with INVALID_QUANTITY and writes nothing', async (quantity) => {
    const before = await rows(orm.em.fork(), `select count(*)::int as n from cart`);
    const res = await api.gql(ADD, { input: { lines: [{ variantId: variant(tea.id), quantity }] } });
    expect(res.data!.cartLinesAdd).toEqual({ cart: null, userErrors: [{ field: ['input', 'lines', '0', 'quantity'], code: 'INVALID_QUANTITY' }] });
    expect(await rows(orm.em.fork(), `select count(*)::int as n from cart`)).toEqual(before);
  });

  it('refuses unknown variants, unpublished products and products of unapproved producers', async () => {
    const res = await api.gql(ADD, {
      input: {
        lines: [
          { variantId: toGlobalId('ProductVariant', 'var_nope'), quantity: 1 },
          { variantId: 'garbage', quantity: 1 },
          { variantId: variant(draft.id), quantity: 1 },
          { variantId: variant(unapproved.id), quantity: 1 },
        ],
      },
    });
    expect(res.data!.cartLinesAdd.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_AVAILABLE', 'NOT_AVAILABLE']);
  });

  it('has no price input at all: a client price is refused before anything runs', async () => {
    const res = await api.gql(ADD, { input: { lines: [{ variantId: variant(tea.id), quantity: 1, price: 1 }] } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
  });

  it('updates and removes lines', async () => {
    const res = await api.gql(ADD, { input: { lines: [{ variantId: variant(tea.id), quantity: 1 }] } });
    const cookie = cookieOf(res.headers, CART_COOKIE.development)!;
    const update = await api.gql(
      `mutation ($input: CartLineUpdateInput!) { cartLineUpdate(input: $input) { cart { totalQuantity } userErrors { code } } }`,
      { input: { variantId: variant(tea.id), quantity: 4 } },
      { headers: { cookie } },
    );
    expect(update.data!.cartLineUpdate).toEqual({ cart: { totalQuantity: 4 }, userErrors: [] });
    const zero = await api.gql(`mutation ($input: CartLineUpdateInput!) { cartLineUpdate(input: $input) { userErrors { code } } }`, { input: { variantId: variant(tea.id), quantity: 0 } }, { headers: { cookie } });
    expect(zero.data!.cartLineUpdate.userErrors).toEqual([{ code: 'INVALID_QUANTITY' }]);
    const remove = `mutation ($input: CartLineRemoveInput!) { cartLineRemove(input: $input) { cart { totalQuantity } userErrors { code } } }`;
    expect((await api.gql(remove, { input: { variantId: variant(tea.id) } }, { headers: { cookie } })).data!.cartLineRemove).toEqual({ cart: { totalQuantity: 0 }, userErrors: [] });
    expect((await api.gql(remove, { input: { variantId: variant(tea.id) } }, { headers: { cookie } })).data!.cartLineRemove.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });
});

describe('signed-in cart', () => {
  it('becomes the new account’s cart at sign-up', async () => {
    const guest = await api.gql(ADD, { input: { lines: [{ variantId: variant(tea.id, 1), quantity: 2 }] } });
    const cartCookie = cookieOf(guest.headers, CART_COOKIE.development)!;
    const signUp = await api.gql(
      `mutation ($input: AccountSignUpInput!) { accountSignUp(input: $input) { userErrors { code } } }`,
      { input: { email: 'moi@cart.test', password: 'nuoc-mam-phu-quoc-40' } },
      { headers: { cookie: cartCookie } },
    );
    expect(signUp.data!.accountSignUp.userErrors).toEqual([]);
    const session = cookieOf(signUp.headers, SESSION_COOKIE.development)!;
    expect((await api.gql(CART, {}, { headers: { cookie: session } })).data!.cart.lines.nodes).toEqual([{ quantity: 2, variant: { label: 'hộp 200 g' } }]);
  });

  it("merges the guest cart into the shopper's at login and forgets the guest cookie", async () => {
    const services = createServices(orm.em.fork());
    const signUp = await services.accounts.signUp({ email: 'mua@cart.test', password: 'nuoc-mam-phu-quoc-40' });
    const session = `${SESSION_COOKIE.development}=${signUp.session!.token}`;
    await api.gql(ADD, { input: { lines: [{ variantId: variant(tea.id), quantity: 1 }] } }, { headers: { cookie: session } });

    const guest = await api.gql(ADD, { input: { lines: [{ variantId: variant(tea.id), quantity: 2 }, { variantId: variant(tea.id, 1), quantity: 1 }] } });
    const cartCookie = cookieOf(guest.headers, CART_COOKIE.development)!;
    const login = await api.gql(
      `mutation ($input: AccountLogInInput!) { accountLogIn(input: $input) { userErrors { code } } }`,
      { input: { email: 'mua@cart.test', password: 'nuoc-mam-phu-quoc-40' } },
      { headers: { cookie: cartCookie } },
    );
    expect(login.data!.accountLogIn.userErrors).toEqual([]);
    expect(cookieOf(login.headers, CART_COOKIE.development)).toBe(`${CART_COOKIE.development}=`);
    const newSession = cookieOf(login.headers, SESSION_COOKIE.development)!;
    const cart = await api.gql(CART, {}, { headers: { cookie: newSession } });
    expect(cart.data!.cart.lines.nodes).toEqual([{ quantity: 3, variant: { label: 'hộp 100 g' } }, { quantity: 1, variant: { label: 'hộp 200 g' } }]);
    expect((await api.gql(CART, {}, { headers: { cookie: cartCookie } })).data!.cart).toBeNull();
  });
});
