import { describe, expect, it } from "vitest";
import { readEnv } from "./env.server";

describe("readEnv", () => {
  it("defaults API_URL to the local API", () => {
    expect(readEnv({})).toEqual({ apiUrl: "http://localhost:4000/graphql", siteUrl: null, mapTileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", production: false, apiToken: null });
    expect(readEnv({ API_URL: "  " }).apiUrl).toBe("http://localhost:4000/graphql");
  });

  it("accepts http(s) URLs and normalises SITE_URL to an origin", () => {
    const env = readEnv({ API_URL: "https://api.example.vn/graphql", SITE_URL: "https://ocop.example.vn/" });
    expect(env).toMatchObject({ apiUrl: "https://api.example.vn/graphql", siteUrl: "https://ocop.example.vn" });
  });

  it("rejects what is not an absolute http(s) URL", () => {
    expect(() => readEnv({ API_URL: "localhost:4000" })).toThrow(/API_URL/);
    expect(() => readEnv({ API_URL: "/graphql" })).toThrow(/API_URL/);
    expect(() => readEnv({ API_URL: "ftp://x/graphql" })).toThrow(/API_URL/);
    expect(() => readEnv({ SITE_URL: "ocop" })).toThrow(/SITE_URL/);
  });

  it("takes the API token when it is long enough, without repeating a bad one", () => {
    expect(readEnv({ STOREFRONT_API_TOKEN: ` ${"k".repeat(43)} ` }).apiToken).toBe("k".repeat(43));
    expect(readEnv({ STOREFRONT_API_TOKEN: "" }).apiToken).toBeNull();
    expect(() => readEnv({ STOREFRONT_API_TOKEN: "short-secret" })).toThrow(/STOREFRONT_API_TOKEN must be at least 32/);
    expect(() => readEnv({ STOREFRONT_API_TOKEN: "short-secret" })).not.toThrow(/short-secret/);
  });
});
