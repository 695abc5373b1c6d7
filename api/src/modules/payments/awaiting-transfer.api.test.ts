import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import type { CatalogueBuilder } from '../../test/fixtures.js';
import { addTestCommune, placedOrder, variantIdOf } from '../../test/orders.js';
import { createRoleWorld, type RoleWorld } from '../../test/roles.js';

const { orm } = await testDatabase();
const api = await testApi(orm);
let world: RoleWorld;
let honey: string;
let cake: string;

const AWAITING = `query ($first: Int, $after: String) {
  ordersAwaitingTransfer(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      number email total { amount } payment { method state holdExpiresAt }
      subOrders { state producer { name } lines { productName quantity } }
    }
  }
}`;

beforeAll(async () => {
  world = await createRoleWorld(orm, api, {
    catalogue: (builder: CatalogueBuilder, { a, b }) => {
      addTestCommune(builder);
      honey = variantIdOf(builder.product('Mật ong', a, { variants: [{ label: 'chai', price: 150_000, stock: 50 }] }).id);
      cake = variantIdOf(builder.product('Bánh cốm', b, { variants: [{ label: 'hộp', price: 60_000, stock: 50 }] }).id);
    },
  });
});

describe('ordersAwaitingTransfer', () => {
  it('lists bank transfers whose money has not arrived, newest first, paged; paid and cash-on-delivery orders are left out', async () => {
    const both = [{ variantId: honey, quantity: 1 }, { variantId: cake, quantity: 2 }];
    const first = await placedOrder(orm, both, 'PENDING_PAYMENT');
    await placedOrder(orm, both, 'PAID');
    await placedOrder(orm, both, 'CONFIRMED');
    const second = await placedOrder(orm, [{ variantId: honey, quantity: 3 }], 'PENDING_PAYMENT');

    const admin = world.gqlAs('admin');
    const page1 = await admin(AWAITING, { first: 1 });
    expect(page1.errors).toBeUndefined();
    const list = page1.data!.ordersAwaitingTransfer;
    expect(list.totalCount).toBe(2);
    expect(list.nodes).toEqual([
      {
        number: second.number, email: 'khach@orders.test', total: { amount: expect.any(Number) },
        payment: { method: 'BANK_TRANSFER', state: 'PENDING', holdExpiresAt: expect.any(String) },
        subOrders: [{ state: 'PENDING_PAYMENT', producer: { name: world.producers.a.name }, lines: [{ productName: 'Mật ong', quantity: 3 }] }],
      },
    ]);
    expect(list.pageInfo.hasNextPage).toBe(true);
    const page2 = (await admin(AWAITING, { first: 1, after: list.pageInfo.endCursor })).data!.ordersAwaitingTransfer;
    expect(page2.nodes.map((o: { number: string }) => o.number)).toEqual([first.number]);
    expect(page2.nodes[0].subOrders).toHaveLength(2);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    // Marked received: off the list.
    const MARK = `mutation ($input: PaymentMarkReceivedInput!) { paymentMarkReceived(input: $input) { userErrors { code } } }`;
    expect((await admin(MARK, { input: { orderNumber: first.number } })).data!.paymentMarkReceived.userErrors).toEqual([]);
    expect((await admin(AWAITING, {})).data!.ordersAwaitingTransfer.nodes.map((o: { number: string }) => o.number)).toEqual([second.number]);
  });

  it('costs the same number of SQL statements for one order as for many', async () => {
    for (let k = 0; k < 3; k++) await placedOrder(orm, [{ variantId: honey, quantity: 1 }, { variantId: cake, quantity: 1 }], 'PENDING_PAYMENT');
    const admin = world.gqlAs('admin');
    const one = await admin(AWAITING, { first: 1 });
    const many = await admin(AWAITING, { first: 4 });
    expect(many.data!.ordersAwaitingTransfer.nodes).toHaveLength(4);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });

  it('is for administrators only', async () => {
    for (const role of ['shopper', 'producerA', 'councilX', 'operator'] as const) {
      expect((await world.gqlAs(role)(AWAITING, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await world.gqlAs('anonymous')(AWAITING, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cursor it did not hand out', async () => {
    const bad = Buffer.from('c:not json', 'utf8').toString('base64url');
    expect((await world.gqlAs('admin')(AWAITING, { after: bad })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const INBOX = `query ($producerId: ID!, $after: String) { producerOrders(producerId: $producerId, after: $after) { totalCount } }`;
    const inbox = await world.gqlAs('producerA')(INBOX, { producerId: toGlobalId('Producer', world.producers.a.id), after: bad });
    expect(inbox.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe("a producer's inbox", () => {
  it("shows each sub-order's shopper contact and when it was placed", async () => {
    const placed = await placedOrder(orm, [{ variantId: cake, quantity: 1 }], 'PENDING_PAYMENT');
    const INBOX = `query ($producerId: ID!) { producerOrders(producerId: $producerId, first: 1) { nodes { orderNumber createdAt contact { email phone } } } }`;
    const res = await world.gqlAs('producerB')(INBOX, { producerId: toGlobalId('Producer', world.producers.b.id) });
    const [node] = res.data!.producerOrders.nodes;
    expect(node).toMatchObject({ orderNumber: placed.number, contact: { email: 'khach@orders.test', phone: expect.stringMatching(/912/) } });
    expect(Number.isNaN(Date.parse(node.createdAt))).toBe(false);
  });
});
