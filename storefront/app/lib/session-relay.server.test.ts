import { describe, expect, it } from "vitest";
import { apiCookieHeader, relayedSetCookies, SetCookieCollector, withSetCookies } from "./session-relay.server";

describe("session cookie relay", () => {
  it("sends the API the session cookie and nothing else of the browser's", () => {
    expect(apiCookieHeader("theme=dark; ocop_session=abc; _ga=1")).toBe("ocop_session=abc");
    expect(apiCookieHeader("__Host-ocop_session=xyz")).toBe("__Host-ocop_session=xyz");
    expect(apiCookieHeader("theme=dark")).toBeNull();
    expect(apiCookieHeader(null)).toBeNull();
  });

  it("sends the guest cart's cookie too", () => {
    expect(apiCookieHeader("theme=dark; __Host-ocop_cart=c1; __Host-ocop_session=s1")).toBe("__Host-ocop_cart=c1; __Host-ocop_session=s1");
    expect(relayedSetCookies(["ocop_cart=c2; Path=/; HttpOnly; SameSite=Lax", "other=1"])).toEqual(["ocop_cart=c2; Path=/; HttpOnly; SameSite=Lax"]);
  });

  it("gives later API calls of the same request the cookies earlier ones set or cleared", () => {
    const collector = new SetCookieCollector("theme=dark; ocop_session=s1; ocop_cart=old");
    expect(collector.cookieHeader()).toBe("ocop_session=s1; ocop_cart=old");
    const headers = new Headers();
    headers.append("Set-Cookie", "ocop_cart=new; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000");
    headers.append("Set-Cookie", "ocop_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
    collector.collect(new Response(null, { headers }));
    expect(collector.cookieHeader()).toBe("ocop_cart=new");
    expect(collector.values).toHaveLength(2);
    expect(new SetCookieCollector(null).cookieHeader()).toBeNull();
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
