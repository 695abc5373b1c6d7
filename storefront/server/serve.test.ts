import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { serve } from "./serve.ts";
import { captureLogger } from "./test-logger.ts";

/** A GET on a fresh connection; resolves with the status and body, or rejects (refused, reset). */
function get(port: number, path = "/"): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk)).on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject).end();
  });
}

describe("graceful shutdown", () => {
  it("stops accepting connections, finishes the requests in flight, then resolves", async () => {
    const { logger } = captureLogger();
    const running = await serve((_req, res) => setTimeout(() => res.end("answered"), 300), { port: 0, host: "127.0.0.1", logger });
    const inFlight = get(running.port);
    await new Promise((r) => setTimeout(r, 50));
    const stopped = running.shutdown();
    await expect(get(running.port)).rejects.toThrow(/ECONNREFUSED/);
    expect(await inFlight).toEqual({ status: 200, body: "answered" });
    expect(await stopped).toBe(true);
    expect(running.server.listening).toBe(false);
  });

  it("closes a kept-alive connection once its request is answered, instead of waiting for it to idle out", async () => {
    const { logger } = captureLogger();
    const running = await serve((_req, res) => setTimeout(() => res.end("ok"), 200), { port: 0, host: "127.0.0.1", logger });
    const inFlight = fetch(`http://127.0.0.1:${running.port}/`); // keep-alive
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    const stopped = running.shutdown();
    const res = await inFlight;
    expect(res.headers.get("connection")).toBe("close");
    expect(await res.text()).toBe("ok");
    expect(await stopped).toBe(true);
    // Node's keep-alive timeout is 5 s: this did not wait for it.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("cuts the requests still running after the drain timeout and says so", async () => {
    const { logger, lines } = captureLogger();
    const running = await serve(() => {}, { port: 0, host: "127.0.0.1", logger, drainTimeoutMs: 200 });
    const stuck = get(running.port).catch((e: Error) => e);
    await new Promise((r) => setTimeout(r, 50));
    expect(await running.shutdown()).toBe(false);
    expect(await stuck).toBeInstanceOf(Error);
    expect(lines.map((l) => l.msg)).toContain("requests still in flight after the drain timeout: closing their connections");
  });
});
