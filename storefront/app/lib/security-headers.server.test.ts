import { RouterContextProvider } from "react-router";
import { describe, expect, it } from "vitest";
import {
  allowCardPayments,
  cardPaymentSources,
  contentSecurityPolicy,
  createNonce,
  cspNonce,
  securityHeaders,
  securityHeadersMiddleware,
  tileOrigin,
} from "./security-headers.server";

const directives = (policy: string) =>
  Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

const base = { nonce: "bm9uY2U=", mapTileOrigin: "https://tile.openstreetmap.org", development: false };

describe("the storefront's Content-Security-Policy", () => {
  it("lets in only nonced scripts (and what they load), and nothing that frames, embeds or re-bases the page", () => {
    const csp = directives(contentSecurityPolicy({ ...base, allowances: { cardPayments: null } }));
    expect(csp["script-src"]).toEqual(["'nonce-bm9uY2U='", "'strict-dynamic'", "'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["form-action"]).toEqual(["'self'"]);
    expect(csp["frame-src"]).toEqual(["'none'"]);
    expect(csp["style-src"]).toEqual(["'self'"]);
    expect(csp["img-src"]).toEqual(["'self'", "data:", "https://tile.openstreetmap.org"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(JSON.stringify(csp)).not.toMatch(/unsafe-inline|unsafe-eval|stripe/);
  });

  it("lets Stripe.js, its frames and its API in on the card payment page only", () => {
    const csp = directives(contentSecurityPolicy({ ...base, allowances: { cardPayments: cardPaymentSources("https://js.stripe.com/v3/") } }));
    expect(csp["script-src"]).toEqual(["'nonce-bm9uY2U='", "'strict-dynamic'", "'self'", "https://js.stripe.com", "https://*.js.stripe.com"]);
    expect(csp["frame-src"]).toEqual(["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"]);
    expect(csp["connect-src"]).toEqual(["'self'", "https://api.stripe.com"]);
  });

  it("lets the local Stripe fake in by its one origin", () => {
    expect(cardPaymentSources("http://127.0.0.1:4190/v3/")).toEqual({
      script: ["http://127.0.0.1:4190"],
      frame: ["http://127.0.0.1:4190"],
      connect: ["http://127.0.0.1:4190"],
    });
  });

  it("allows the map tiles' origin, subdomain templates as a wildcard", () => {
    expect(tileOrigin("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://tile.openstreetmap.org");
    expect(tileOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png")).toBe("https://*.tile.example.org");
  });

  it("relaxes styles and websockets in development only (Vite injects styles and reloads over a socket)", () => {
    const csp = directives(contentSecurityPolicy({ ...base, development: true, allowances: { cardPayments: null } }));
    expect(csp["style-src"]).toContain("'unsafe-inline'");
    expect(csp["connect-src"]).toContain("ws:");
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
  });

  it("uses a fresh 128-bit nonce per request", () => {
    const a = createNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });
});

describe("security headers", () => {
  it("send HSTS in production only, and the hardening headers always", () => {
    const prod = securityHeaders({ ...base, allowances: { cardPayments: null }, production: true });
    expect(prod["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(prod).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    expect(prod["Permissions-Policy"]).toContain("geolocation=(self)");
    const dev = securityHeaders({ ...base, allowances: { cardPayments: null }, production: false });
    expect(dev["Strict-Transport-Security"]).toBeUndefined();
    // Development reports the policy instead of enforcing it (Vite's dev server); production enforces it.
    expect(dev["Content-Security-Policy"]).toBeUndefined();
    expect(dev["Content-Security-Policy-Report-Only"]).toContain("object-src 'none'");
    expect(prod["Content-Security-Policy"]).toContain("object-src 'none'");
  });

  it("are set by the middleware on whatever response the route gives, with the nonce the page was rendered with", async () => {
    const context = new RouterContextProvider();
    let rendered: string | undefined;
    const response = await securityHeadersMiddleware(
      { request: new Request("http://shop.test/"), context, params: {}, url: new URL("http://shop.test/"), pattern: "/" } as never,
      async () => {
        rendered = cspNonce(context);
        return new Response("<p>ok</p>");
      },
    );
    expect(rendered).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    // Unit tests run outside production: the policy is reported.
    expect(response!.headers.get("content-security-policy-report-only")).toContain(`'nonce-${rendered}'`);
    expect(response!.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("add Stripe when the page's loader asks, and cope with a proxied response's immutable headers", async () => {
    const context = new RouterContextProvider();
    const proxied = await fetch("data:text/plain,ok");
    const response = await securityHeadersMiddleware(
      { request: new Request("http://shop.test/don-hang/X"), context, params: {}, url: new URL("http://shop.test/don-hang/X"), pattern: "/" } as never,
      async () => {
        allowCardPayments(context, "https://js.stripe.com/v3/");
        return proxied;
      },
    );
    expect(directives(response!.headers.get("content-security-policy-report-only")!)["frame-src"]).toContain("https://js.stripe.com");
    expect(await response!.text()).toBe("ok");
  });
});
