import { RouterContextProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { csrfMiddleware, isAllowedRequest, isSameOriginRequest } from "./csrf.server";
import { middleware } from "../root";
import { securityHeadersMiddleware } from "./security-headers.server";

const post = (headers: Record<string, string>, method = "POST") => new Request("http://shop.test/dang-nhap", { method, headers });

describe("form posts", () => {
  it("are accepted from our own pages", () => {
    expect(isSameOriginRequest(post({ "sec-fetch-site": "same-origin" }), null)).toBe(true);
    expect(isSameOriginRequest(post({ "sec-fetch-site": "same-origin", origin: "http://shop.test" }), null)).toBe(true);
    expect(isSameOriginRequest(post({ origin: "http://shop.test" }), null)).toBe(true);
    expect(isSameOriginRequest(post({ origin: "https://ocop.example.vn" }), "https://ocop.example.vn")).toBe(true);
  });

  it("are refused from other sites, sibling subdomains included", () => {
    expect(isSameOriginRequest(post({ "sec-fetch-site": "cross-site", origin: "https://evil.test" }), null)).toBe(false);
    expect(isSameOriginRequest(post({ "sec-fetch-site": "same-site" }), null)).toBe(false);
    expect(isSameOriginRequest(post({ origin: "https://evil.test" }), null)).toBe(false);
    expect(isSameOriginRequest(post({ origin: "https://shop.ocop.example.vn" }), "https://ocop.example.vn")).toBe(false);
  });

  it("are refused when either header points elsewhere, or the origin is opaque", () => {
    expect(isSameOriginRequest(post({ "sec-fetch-site": "same-origin", origin: "https://evil.test" }), null)).toBe(false);
    expect(isSameOriginRequest(post({ "sec-fetch-site": "cross-site", origin: "http://shop.test" }), null)).toBe(false);
    expect(isSameOriginRequest(post({ origin: "null" }), null)).toBe(false);
  });

  it("compare with SITE_URL, not the internal URL a proxy forwards to", () => {
    expect(isSameOriginRequest(post({ origin: "http://shop.test" }), "https://ocop.example.vn")).toBe(false);
  });

  it("of every mutating method are checked; reads are not", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(isAllowedRequest(post({ origin: "https://evil.test" }, method), null)).toBe(false);
    expect(isAllowedRequest(new Request("http://shop.test/", { headers: { "sec-fetch-site": "cross-site" } }), null)).toBe(true);
  });
});

describe("the CSRF middleware", () => {
  const run = (request: Request) => {
    let reached = false;
    const result = Promise.resolve().then(() =>
      csrfMiddleware({ request, context: new RouterContextProvider(), params: {}, url: new URL(request.url), pattern: "/" } as never, async () => {
        reached = true;
        return new Response("done");
      }),
    );
    return result.then(
      () => ({ reached, status: 200 }),
      (error: { init?: { status?: number } }) => ({ reached, status: error.init?.status }),
    );
  };

  it("answers 403 to a foreign form post before any action runs", async () => {
    expect(await run(post({ origin: "https://evil.test", "sec-fetch-site": "cross-site" }))).toEqual({ reached: false, status: 403 });
    expect(await run(post({ "sec-fetch-site": "cross-site" }))).toEqual({ reached: false, status: 403 });
  });

  it("lets our own posts and every read through", async () => {
    expect(await run(post({ origin: "http://shop.test", "sec-fetch-site": "same-origin" }))).toEqual({ reached: true, status: 200 });
    expect(await run(new Request("http://shop.test/", { headers: { "sec-fetch-site": "cross-site" } }))).toEqual({ reached: true, status: 200 });
  });

  it("is a root middleware, after the security headers and before the API client (so before every loader, action and resource route)", () => {
    expect(middleware.slice(0, 2)).toEqual([securityHeadersMiddleware, csrfMiddleware]);
  });
});
