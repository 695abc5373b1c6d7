import { describe, expect, it } from "vitest";
import { parseTrustProxy, readServerConfig } from "./config.ts";

describe("the production server's settings", () => {
  it("default to port 3000 on every interface, production, no proxy trusted", () => {
    expect(readServerConfig({})).toEqual({ port: 3000, host: undefined, production: true, trustProxy: false, logLevel: "info" });
    expect(readServerConfig({ PORT: "56072", HOST: "127.0.0.1", NODE_ENV: "development", LOG_LEVEL: "silent" })).toEqual({
      port: 56072, host: "127.0.0.1", production: false, trustProxy: false, logLevel: "silent",
    });
  });

  it("refuse a port or log level that is not one", () => {
    expect(() => readServerConfig({ PORT: "http" })).toThrow(/PORT/);
    expect(() => readServerConfig({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => readServerConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });

  it("trust a number of proxy hops or proxy addresses and subnets, never every X-Forwarded-For", () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy("false")).toBe(false);
    expect(parseTrustProxy("0")).toBe(false);
    expect(parseTrustProxy("1")).toBe(1);
    expect(parseTrustProxy("loopback, 10.0.0.0/8, 2001:db8::/32, 192.0.2.7")).toEqual(["loopback", "10.0.0.0/8", "2001:db8::/32", "192.0.2.7"]);
    expect(() => parseTrustProxy("true")).toThrow(/hops or their addresses/);
    expect(() => parseTrustProxy("10.0.0.0/33")).toThrow(/10.0.0.0\/33/);
    expect(() => parseTrustProxy("proxy.internal")).toThrow(/proxy.internal/);
  });
});
