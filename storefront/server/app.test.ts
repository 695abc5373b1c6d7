import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { RequestHandler } from "express";
import { afterAll, describe, expect, it } from "vitest";
import { securityHeaders } from "../app/lib/security-headers.server.ts";
import { baseSecurityHeaders, createServerApp, type ServerAppOptions } from "./app.ts";
import { captureLogger } from "./test-logger.ts";

const clientDir = mkdtempSync(path.join(tmpdir(), "storefront-client-"));
mkdirSync(path.join(clientDir, "assets"));
mkdirSync(path.join(clientDir, "images"));
// Over compression's 1 kB threshold.
writeFileSync(path.join(clientDir, "assets", "root-Ab12Cd34.js"), `export const words = ${JSON.stringify("bánh đậu xanh ".repeat(200))};\n`);
writeFileSync(path.join(clientDir, "images", "logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

/** Stands in for React Router: its own headers (as the app's middleware sets them), and who it thinks asks. */
const appHandler: RequestHandler = (req, res) => {
  if (req.path === "/fails") throw new Error("a bug in the app");
  // As @react-router/express copies a Response's headers.
  res.append("X-Content-Type-Options", "nosniff");
  res.append("Content-Security-Policy", "default-src 'self'");
  res.json({ ip: req.ip, requestId: req.headers["x-request-id"] });
};

async function start(options: Partial<ServerAppOptions> = {}) {
  const { logger, lines } = captureLogger();
  const app = createServerApp({ clientDir, production: true, trustProxy: false, logger, appHandler, ...options });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  afterAll(() => {
    server.close();
    server.closeAllConnections();
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { lines, get: (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers }) };
}

describe("the storefront's production server", async () => {
  const server = await start();

  it("serves fingerprinted assets for a year, immutable, compressed, with nosniff and the other headers", async () => {
    const res = await server.get("/assets/root-Ab12Cd34.js", { "accept-encoding": "gzip" });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    expect(await res.text()).toContain("bánh đậu xanh");
  });

  it("answers a missing asset with a plain 404 without asking the app", async () => {
    const res = await server.get("/assets/root-OldDeploy.js");
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("Not found");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("serves the files of public/ for an hour, with the same headers", async () => {
    const res = await server.get("/images/logo.svg");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("same-origin");
  });

  it("hands everything else to the app, keeps the app's headers once and adds the missing ones", async () => {
    const res = await server.get("/san-pham?nhom=FOOD");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    // Pages and resource routes (QR images producers embed elsewhere) are the app's business.
    expect(res.headers.get("cross-origin-resource-policy")).toBeNull();
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("answers a fault of the app with a 500 that shows nothing of it, and logs it", async () => {
    const res = await server.get("/fails");
    expect(res.status).toBe(500);
    expect(await res.text()).toBe("Internal server error");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(server.lines.find((l) => l.msg === "request failed")).toMatchObject({ path: "/fails", err: { message: "a bug in the app" } });
  });

  it("logs one line per request, without the query (it may hold a reset token), with a request id the app gets too", async () => {
    const res = await server.get("/dat-lai-mat-khau?token=secret-reset-token", { "x-request-id": "lb-request-000123" });
    expect(((await res.json()) as { requestId: string }).requestId).toBe("lb-request-000123");
    expect(res.headers.get("x-request-id")).toBe("lb-request-000123");
    await expect.poll(() => server.lines.filter((l) => l.requestId === "lb-request-000123")).toHaveLength(1);
    expect(server.lines.find((l) => l.requestId === "lb-request-000123")).toMatchObject({ msg: "request", method: "GET", path: "/dat-lai-mat-khau", status: 200, durationMs: expect.any(Number) });
    expect(JSON.stringify(server.lines)).not.toContain("secret-reset-token");
    // A made-up id that could forge log lines is replaced.
    const forged = await server.get("/", { "x-request-id": "a\"}{\"level\":60" });
    expect(((await forged.json()) as { requestId: string }).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends the same static headers as the app's middleware does on pages", () => {
    const page = securityHeaders({ nonce: "n", mapTileOrigin: "https://tile.example.org", allowances: { cardPayments: null }, development: false, production: true });
    for (const [name, value] of Object.entries(baseSecurityHeaders(true))) expect(page[name]).toBe(value);
    expect(baseSecurityHeaders(false)).not.toHaveProperty("Strict-Transport-Security");
  });
});

describe("outside production", async () => {
  const server = await start({ production: false });

  it("sends no HSTS (http://localhost must stay reachable over plain HTTP)", async () => {
    const res = await server.get("/assets/root-Ab12Cd34.js");
    expect(res.headers.get("strict-transport-security")).toBeNull();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("the client's address the app is told", async () => {
  const direct = await start();
  const behindLoopbackProxy = await start({ trustProxy: ["loopback"] });
  const behindOneHop = await start({ trustProxy: 1 });
  const ipOf = async (server: Awaited<ReturnType<typeof start>>, forwardedFor?: string) =>
    ((await (await server.get("/", forwardedFor ? { "x-forwarded-for": forwardedFor } : {})).json()) as { ip: string }).ip;

  it("is the peer of the connection when no proxy is trusted, whatever X-Forwarded-For says", async () => {
    expect(await ipOf(direct, "203.0.113.9")).toBe("127.0.0.1");
  });

  it("is taken from X-Forwarded-For past the trusted proxies only", async () => {
    expect(await ipOf(behindLoopbackProxy, "198.51.100.1, 203.0.113.9")).toBe("203.0.113.9");
    expect(await ipOf(behindLoopbackProxy)).toBe("127.0.0.1");
    expect(await ipOf(behindOneHop, "198.51.100.1, 203.0.113.9")).toBe("203.0.113.9");
  });
});
