/**
 * The storefront's production server: `node server.ts [build/server/index.js]` (Node runs the
 * TypeScript by stripping its types; `pnpm start` in this package). Serves build/client with
 * caching and security headers, everything else with React Router (server/app.ts); logs one JSON
 * line per request; on SIGTERM or SIGINT stops accepting connections, finishes the requests in
 * flight and exits 0 (1 if some had to be cut after 10 s). Settings: server/config.ts.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { pino } from "pino";
import type { ServerBuild } from "react-router";
import { createServerApp, reactRouterHandler } from "./server/app.ts";
import { readServerConfig } from "./server/config.ts";
import { serve } from "./server/serve.ts";

// As react-router-serve: production unless told otherwise, decided before the app's build loads
// (its env.server.ts reads NODE_ENV once).
const mode = (process.env.NODE_ENV ??= "production");
const config = readServerConfig(process.env);
const logger = pino({ level: config.logLevel, base: { service: "storefront" } });

const here = import.meta.dirname;
const buildPath = path.resolve(process.argv[2] ?? path.join(here, "build", "server", "index.js"));
const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;

const app = createServerApp({
  clientDir: path.resolve(path.dirname(buildPath), "..", "client"),
  production: config.production,
  trustProxy: config.trustProxy,
  logger,
  appHandler: reactRouterHandler(build, mode),
});
const running = await serve(app, { port: config.port, host: config.host, logger });
logger.info({ url: `http://${config.host ?? "localhost"}:${running.port}`, production: config.production, trustProxy: config.trustProxy }, "storefront listening");

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    void running.shutdown().then((drained) => {
      logger.info({ signal, drained }, "storefront stopped");
      // pino writes synchronously to stdout by default: the line is out before the exit.
      process.exit(drained ? 0 : 1);
    });
  });
}
