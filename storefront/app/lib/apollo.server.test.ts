import { RouterContextProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { apiRequestHeaders } from "./apollo.server";
import { clientAddress, createLoadContext } from "./client-address.server";

const TOKEN = "a-storefront-api-token-of-43-characters-xyz";
const browserRequest = (headers: Record<string, string> = {}) => new Request("http://localhost:3000/dang-nhap", { method: "POST", headers });

describe("the headers of the storefront's API calls", () => {
  it("name the shopper's address with the API token", () => {
    expect(apiRequestHeaders(browserRequest(), { clientAddress: "203.0.113.7", apiToken: TOKEN })).toEqual({
      "x-ocop-storefront-token": TOKEN,
      "x-ocop-client-address": "203.0.113.7",
    });
    expect(apiRequestHeaders(browserRequest(), { clientAddress: "2001:db8::7", apiToken: TOKEN })).toMatchObject({ "x-ocop-client-address": "2001:db8::7" });
  });

  it("never pass on the browser's own X-Forwarded-For or a made-up address header", () => {
    const request = browserRequest({ "x-forwarded-for": "198.51.100.66", "x-ocop-client-address": "198.51.100.66", "x-ocop-storefront-token": "guess" });
    expect(apiRequestHeaders(request, { clientAddress: "203.0.113.7", apiToken: TOKEN })).toEqual({
      "x-ocop-storefront-token": TOKEN,
      "x-ocop-client-address": "203.0.113.7",
    });
    expect(apiRequestHeaders(request, { clientAddress: null, apiToken: TOKEN })).toEqual({});
  });

  it("say nothing about the shopper without a token, without an address, or with something that is not one", () => {
    expect(apiRequestHeaders(browserRequest(), { clientAddress: "203.0.113.7", apiToken: null })).toEqual({});
    expect(apiRequestHeaders(browserRequest(), { clientAddress: null, apiToken: TOKEN })).toEqual({});
    expect(apiRequestHeaders(browserRequest(), { clientAddress: "203.0.113.7, 10.0.0.1", apiToken: TOKEN })).toEqual({});
  });

  it("pass on the language, request id and trace context", () => {
    const request = browserRequest({ "accept-language": "en", "x-request-id": "req-12345678", traceparent: "00-abc-def-01", cookie: "other=1" });
    expect(apiRequestHeaders(request, { clientAddress: null, apiToken: null })).toEqual({
      "accept-language": "en",
      "x-request-id": "req-12345678",
      traceparent: "00-abc-def-01",
    });
  });
});

describe("the client address in the load context", () => {
  it("is what the server put there, and unknown in a context it did not make (react-router dev)", () => {
    expect(clientAddress(createLoadContext("203.0.113.7"))).toBe("203.0.113.7");
    expect(clientAddress(new RouterContextProvider())).toBeNull();
  });
});
