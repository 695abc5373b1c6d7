import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./csrf.server";

const post = (headers: Record<string, string>) => new Request("http://shop.test/dang-nhap", { method: "POST", headers });

describe("form posts", () => {
  it("are accepted from our own pages", () => {
    expect(isSameOriginRequest(post({ "sec-fetch-site": "same-origin" }), null)).toBe(true);
    expect(isSameOriginRequest(post({ origin: "http://shop.test" }), null)).toBe(true);
    expect(isSameOriginRequest(post({ origin: "https://ocop.example.vn" }), "https://ocop.example.vn")).toBe(true);
  });

  it("are refused from other sites, sibling subdomains included", () => {
    expect(isSameOriginRequest(post({ "sec-fetch-site": "cross-site", origin: "https://evil.test" }), null)).toBe(false);
    expect(isSameOriginRequest(post({ "sec-fetch-site": "same-site" }), null)).toBe(false);
    expect(isSameOriginRequest(post({ origin: "https://evil.test" }), null)).toBe(false);
  });
});
