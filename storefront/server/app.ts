import { randomUUID } from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import onHeaders from "on-headers";
import type { Logger } from "pino";
import type { RouterContextProvider, ServerBuild } from "react-router";
import type { ServerConfig } from "./config.ts";

/**
 * The storefront's production HTTP server (Express): the built client files, then React Router for
 * everything else. In react-router-serve's place because static files need headers too: React
 * Router's middleware (app/lib/security-headers.server.ts) only runs for documents, data requests
 * and resource routes.
 */

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Headers every response gets, static files included. The app's middleware sends the same values
 * and more (the CSP with its nonce, frame and permission policies) on what React Router answers;
 * a header the response already has is left alone.
 */
export function baseSecurityHeaders(production: boolean): Readonly<Record<string, string>> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    ...(production ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** Static files are only for our own pages: no other site may embed them (Spectre-class leaks). */
export const STATIC_FILE_HEADERS: Readonly<Record<string, string>> = { "Cross-Origin-Resource-Policy": "same-origin" };

/** Fingerprinted build output (a new name for every change): cached for a year, never revalidated. */
const ASSET_MAX_AGE = "1y";
/** Files of public/ keep their names across deploys: cached briefly. */
const PUBLIC_FILE_MAX_AGE = "1h";

/** A request id a caller (a load balancer) may hand us: a short token, nothing to inject into logs. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export interface ServerAppOptions {
  /** The client build (build/client): assets/ and the files of public/. */
  clientDir: string;
  production: boolean;
  trustProxy: ServerConfig["trustProxy"];
  logger: Logger;
  /** Everything that is not a static file (React Router: reactRouterHandler). */
  appHandler: RequestHandler;
}

/**
 * One JSON line per request once it is answered (or abandoned): method, path without the query (it
 * may hold a reset or verification token), status, duration, size, request id. The request id is
 * passed on to the app (and by it to the API) and returned in X-Request-Id.
 */
function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const incoming = req.headers["x-request-id"];
    const requestId = typeof incoming === "string" && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("X-Request-Id", requestId);
    const pathname = req.originalUrl.split("?")[0];
    res.once("close", () => {
      const bytes = Number(res.getHeader("content-length"));
      logger.info(
        {
          requestId,
          method: req.method,
          path: pathname,
          status: res.statusCode,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          ...(Number.isFinite(bytes) ? { bytes } : {}),
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        "request",
      );
    });
    next();
  };
}

/** Adds the headers a response does not already have, just before it is sent, whoever answers. */
function securityHeaders(headers: Readonly<Record<string, string>>): RequestHandler {
  const entries = Object.entries(headers);
  return (_req, res, next) => {
    onHeaders(res, function addMissing() {
      for (const [name, value] of entries) if (!this.hasHeader(name)) this.setHeader(name, value);
    });
    next();
  };
}

function setStaticHeaders(res: { setHeader(name: string, value: string): unknown }) {
  for (const [name, value] of Object.entries(STATIC_FILE_HEADERS)) res.setHeader(name, value);
}

/** Errors no handler answered: a missing asset (404) or a fault; never a stack trace to the client. */
function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    const status = Number((error as { status?: unknown }).status) || 500;
    if (status >= 500) logger.error({ err: error, requestId: req.headers["x-request-id"], path: req.originalUrl.split("?")[0] }, "request failed");
    if (res.headersSent) return next(error);
    res.status(status).type("text/plain").set("Cache-Control", "no-store").send(status === 404 ? "Not found" : status < 500 ? "Bad request" : "Internal server error");
  };
}

export function createServerApp({ clientDir, production, trustProxy, logger, appHandler }: ServerAppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy === false ? false : trustProxy);
  app.use(accessLog(logger));
  app.use(securityHeaders(baseSecurityHeaders(production)));
  app.use(compression());
  const staticOptions = { index: false, redirect: false, setHeaders: setStaticHeaders } as const;
  // An asset that is not there is a plain 404 (an old page asking for a chunk of the previous
  // deploy), not a server-rendered page.
  app.use("/assets", express.static(path.join(clientDir, "assets"), { ...staticOptions, immutable: true, maxAge: ASSET_MAX_AGE, fallthrough: false }));
  app.use(express.static(clientDir, { ...staticOptions, maxAge: PUBLIC_FILE_MAX_AGE }));
  app.all("/{*splat}", appHandler);
  app.use(errorHandler(logger));
  return app;
}

/** What the app's server entry (app/entry.server.tsx) exports for us. */
interface StorefrontEntry {
  createLoadContext?: (clientAddress: string | null) => RouterContextProvider;
}

/**
 * React Router's request handler for `build`, each request's load context carrying the client's
 * address as Express decides it (`req.ip`: the peer, or past the trusted proxies of TRUST_PROXY).
 */
export function reactRouterHandler(build: ServerBuild, mode: string): RequestHandler {
  const { createLoadContext } = build.entry.module as StorefrontEntry;
  if (!createLoadContext) throw new Error("the server build's entry.server does not export createLoadContext");
  return createRequestHandler({ build, mode, getLoadContext: (req) => createLoadContext(req.ip ?? null) });
}
