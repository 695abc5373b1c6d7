import { describe, expect, it } from "vitest";
import { apiQrUrl, isQrFile } from "./qr-proxy.server";
import { formatQuantity, isTraceCodeInput, qrImageHref, traceHref } from "./trace";

describe("trace helpers", () => {
  it("link to the trace page and the same-origin QR images", () => {
    expect(traceHref("k7m2p9x4q1")).toBe("/truy-xuat/k7m2p9x4q1");
    expect(traceHref("k7m2p9x4q1", "en")).toBe("/en/trace/k7m2p9x4q1");
    expect(qrImageHref("k7m2p9x4q1", "svg")).toBe("/qr/k7m2p9x4q1.svg");
  });

  it("accept 10 letters or digits as a code and nothing else", () => {
    expect(isTraceCodeInput("K7M2P9X4Q1")).toBe(true);
    expect(isTraceCodeInput("k7m2p9x4q")).toBe(false);
    expect(isTraceCodeInput("../../etc/")).toBe(false);
  });

  it("write quantities in the page's language", () => {
    expect(formatQuantity(1200, "hộp")).toBe("1.200 hộp");
    expect(formatQuantity(1200, "hộp", "en")).toBe("1,200 hộp");
  });
});

describe("QR proxy", () => {
  it("sends only QR file names to the API, next to its GraphQL endpoint", () => {
    expect(isQrFile("k7m2p9x4q1.png")).toBe(true);
    expect(isQrFile("k7m2p9x4q1.gif")).toBe(false);
    expect(isQrFile("..%2Fgraphql.svg")).toBe(false);
    expect(apiQrUrl("http://localhost:4000/graphql", "k7m2p9x4q1.svg")).toBe("http://localhost:4000/qr/k7m2p9x4q1.svg");
    expect(apiQrUrl("https://x.vn/api/graphql", "k7m2p9x4q1.png")).toBe("https://x.vn/api/qr/k7m2p9x4q1.png");
  });
});

describe("API asset proxy", () => {
  it("forwards only names the API generates", async () => {
    const { isAssetFile, apiAssetUrl } = await import("./qr-proxy.server");
    expect(isAssetFile("uploads", "img_01KAZQ0000000000000000000A.webp")).toBe(true);
    expect(isAssetFile("uploads", "img_01KAZQ0000000000000000000A-400.webp")).toBe(true);
    for (const bad of ["../package.json", "img_x.webp", "img_01KAZQ0000000000000000000A.png", "a.webp"]) {
      expect(isAssetFile("uploads", bad), bad).toBe(false);
    }
    expect(isAssetFile("qr", "abcdefghij.png")).toBe(true);
    expect(apiAssetUrl("http://api:4000/graphql", "uploads", "img_01KAZQ0000000000000000000A.webp")).toBe(
      "http://api:4000/uploads/img_01KAZQ0000000000000000000A.webp",
    );
  });
});
