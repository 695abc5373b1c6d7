/**
 * The load generator, run as its own process so it does not share a core's event loop with what it
 * measures: `node lib/load.mjs '<json options>'` prints autocannon's result as JSON on stdout.
 */
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2]);
/** Checkout scenario: answers that placed an order, and those that did not (a userError: out of stock, …). */
const outcomes = { placed: 0, refused: 0 };
const result = await autocannon({
  ...(options.kind === 'checkout' ? checkoutRequests(options) : options),
  renderProgressBar: false,
  renderResultsTable: false,
  renderLatencyTable: false,
});
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
    ...(options.kind === 'checkout' ? { ordersPlaced: outcomes.placed, checkoutsRefused: outcomes.refused } : {}),
  }),
);

/**
 * The buying path as a guest: add one unit of a random in-stock variant (the API sets the guest cart
 * cookie), then place the order by bank transfer with a fresh idempotency key. Each connection
 * carries its own cart cookie from the first response to the second.
 */
function checkoutRequests({ url, variantIds, provinceId, communeId, connections, duration }) {
  const headers = { 'content-type': 'application/json' };
  const add = `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { userErrors { code } } }`;
  const place = `mutation ($input: CheckoutPlaceInput!) { checkoutPlace(input: $input) { order { number } userErrors { code } } }`;
  let n = 0;
  return {
    url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        headers,
        setupRequest: (req) => {
          const variantId = variantIds[Math.floor(Math.random() * variantIds.length)];
          return { ...req, body: JSON.stringify({ query: add, variables: { input: { lines: [{ variantId, quantity: 1 }] } } }) };
        },
        onResponse: (status, body, context, resHeaders) => {
          const setCookie = resHeaders?.['set-cookie'];
          const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
          if (first) context.cookie = String(first).split(';')[0];
        },
      },
      {
        method: 'POST',
        onResponse: (status, body) => {
          if (status === 200 && String(body).includes('"number":"OCOP-')) outcomes.placed++;
          else outcomes.refused++;
        },
        setupRequest: (req, context) => ({
          ...req,
          headers: { ...headers, ...(context.cookie ? { cookie: context.cookie } : {}) },
          body: JSON.stringify({
            query: place,
            variables: {
              input: {
                idempotencyKey: `bench-${process.pid}-${++n}-${Math.random().toString(36).slice(2, 10)}`,
                email: 'bench@ocop.test',
                phone: '0912345678',
                paymentMethod: 'BANK_TRANSFER',
                shippingAddress: { recipientName: 'Khách Bench', phone: '0912345678', provinceId, communeId, streetLine: '1 Tràng Tiền' },
              },
            },
          }),
        }),
      },
    ],
  };
}
