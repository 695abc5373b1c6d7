import { describe, expect, it } from "vitest";
import { apiCookieHeader, relayedSetCookies, withSetCookies } from "./session-relay.server";

describe("session cookie relay", () => {
  it("sends the API the session cookie and nothing else of the browser's", () => {
    expect(apiCookieHeader("theme=dark; ocop_session=abc; _ga=1")).toBe("ocop_session=abc");
    expect(apiCookieHeader("__Host-ocop_session=xyz")).toBe("__Host-ocop_session=xyz");
    expect(apiCookieHeader("theme=dark")).toBeNull();
    expect(apiCookieHeader(null)).toBeNull();
  });

  it("passes on only the API's session Set-Cookie headers", () => {
    expect(relayedSetCookies(["ocop_session=abc; Path=/; HttpOnly; SameSite=Lax", "tracking=1"])).toEqual([
      "ocop_session=abc; Path=/; HttpOnly; SameSite=Lax",
    ]);
  });

  it("adds them to the page response, even a redirect, and keeps it out of shared caches", () => {
    const redirect = new Response(null, { status: 302, headers: { Location: "/" } });
    const out = withSetCookies(redirect, ["ocop_session=abc; Path=/; HttpOnly; SameSite=Lax"]);
    expect(out.status).toBe(302);
    expect(out.headers.getSetCookie()).toEqual(["ocop_session=abc; Path=/; HttpOnly; SameSite=Lax"]);
    expect(out.headers.get("cache-control")).toBe("private, no-store");
  });
});
