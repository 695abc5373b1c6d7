import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { createLoadContext } from "./client-address.server";

/**
 * The storefront's API calls end to end against a stand-in API: what they send about the shopper,
 * and what a loader does when the API refuses a call as over a rate limit.
 */
const TOKEN = "token-shared-by-storefront-and-api-0123456789";
const seen: IncomingHttpHeaders[] = [];
const api = createServer((req, res) => {
  seen.push(req.headers);
  req.resume().on("end", () => {
    res.writeHead(429, { "content-type": "application/json", "retry-after": "17" });
    res.end(JSON.stringify({ errors: [{ message: "Too many requests: try again in 17 s.", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 17 } }] }));
  });
});
await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
afterAll(() => new Promise((resolve) => api.close(resolve)));

// env.server.ts reads the environment once, when first imported.
process.env.API_URL = `http://127.0.0.1:${(api.address() as AddressInfo).port}/graphql`;
process.env.STOREFRONT_API_TOKEN = TOKEN;
const { apolloMiddleware, query } = await import("./apollo.server");
/** Any query that goes to the network (parsed here, not a tagged template: codegen would type it). */
const ANY_QUERY = parse("query Anything { products(first: 1) { totalCount } }");

describe("a loader whose API call is refused as over a rate limit", () => {
  it("answers 429 with the API's Retry-After; the call named the shopper with the token", async () => {
    const context = createLoadContext("203.0.113.5");
    const request = new Request("http://localhost:3000/tim-kiem?q=che", { headers: { "x-forwarded-for": "198.51.100.99" } });
    const thrown = await Promise.resolve(
      apolloMiddleware({ request, context, params: {}, unstable_pattern: "/tim-kiem" } as never, async () => {
        await query(context, ANY_QUERY);
        return new Response("not reached");
      }),
    ).catch((e: unknown) => e);
    expect(thrown).toMatchObject({ type: "DataWithResponseInit", init: { status: 429, headers: { "Retry-After": "17" } } });
    expect(seen.at(-1)).toMatchObject({ "x-ocop-storefront-token": TOKEN, "x-ocop-client-address": "203.0.113.5" });
    expect(seen.at(-1)!["x-forwarded-for"]).toBeUndefined();
  });

  it("sends the Retry-After on the 429 page the error boundary rendered", async () => {
    const context = createLoadContext("203.0.113.5");
    const request = new Request("http://localhost:3000/tim-kiem?q=che");
    const page = await apolloMiddleware({ request, context, params: {}, unstable_pattern: "/tim-kiem" } as never, async () => {
      await query(context, ANY_QUERY).catch(() => null);
      return new Response("<h1>Bạn thao tác quá nhanh</h1>", { status: 429 });
    });
    expect((page as Response).headers.get("retry-after")).toBe("17");
  });
});
