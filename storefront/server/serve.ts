import { createServer, type RequestListener, type Server, type ServerResponse } from "node:http";
import type { Logger } from "pino";

export interface RunningServer {
  server: Server;
  /** The port listened on (the real one when asked for port 0). */
  port: number;
  /**
   * Graceful stop: no new connections, idle keep-alive connections closed, in-flight requests
   * answered (their connections then closed). Resolves true once all are done, false if it had to
   * cut the connections still open after `drainTimeoutMs`.
   */
  shutdown(): Promise<boolean>;
}

export interface ServeOptions {
  port: number;
  host?: string;
  logger: Logger;
  /** How long in-flight requests may take to finish after a shutdown starts (default 10 s). */
  drainTimeoutMs?: number;
}

export async function serve(listener: RequestListener, { port, host, logger, drainTimeoutMs = 10_000 }: ServeOptions): Promise<RunningServer> {
  const server = createServer(listener);
  let stopping: Promise<boolean> | null = null;
  // During the drain every answered request's connection is closed rather than kept alive: those
  // that have not sent their head yet say "Connection: close", the others are closed once idle.
  const inFlight = new Set<ServerResponse>();
  const closeWhenAnswered = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader("Connection", "close");
  };
  server.prependListener("request", (_req, res) => {
    inFlight.add(res);
    if (stopping) closeWhenAnswered(res);
    res.once("close", () => {
      inFlight.delete(res);
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;

  function shutdown(): Promise<boolean> {
    stopping ??= new Promise<boolean>((resolve) => {
      logger.info({ drainTimeoutMs }, "shutting down: no new connections, finishing requests in flight");
      const timer = setTimeout(() => {
        logger.warn("requests still in flight after the drain timeout: closing their connections");
        server.closeAllConnections();
        resolve(false);
      }, drainTimeoutMs);
      timer.unref();
      server.close(() => {
        clearTimeout(timer);
        resolve(true);
      });
      server.closeIdleConnections();
    });
    for (const res of inFlight) closeWhenAnswered(res);
    return stopping;
  }

  return { server, port: actualPort, shutdown };
}
