import { randomBytes } from "node:crypto";
import { createContext, type MiddlewareFunction, type RouterContextProvider } from "react-router";
import { env } from "./env.server";

/**
 * The storefront's response headers: a Content-Security-Policy with a fresh nonce per request
 * (React Router's and React's inline scripts carry it, see entry.server.tsx) and the usual
 * hardening headers. Set by one root middleware on every response: documents, data requests,
 * resource routes, redirects and errors.
 */

/** What a page may load beyond our own origin, decided by the page while its loaders run. */
export interface CspAllowances {
  /** Stripe.js (the card payment page): its script, frames and API. */
  cardPayments: CardPaymentSources | null;
}

export interface CardPaymentSources {
  script: string[];
  frame: string[];
  connect: string[];
}

export interface CspOptions {
  nonce: string;
  /** Origin of the sales point map's tiles (may hold a `*.` subdomain wildcard). */
  mapTileOrigin: string;
  allowances: CspAllowances;
  /** Development: Vite injects styles and talks to its HMR server over a websocket. */
  development: boolean;
}

/** The real Stripe.js as Stripe's integration security guide lists it. */
const STRIPE_JS_ORIGIN = "https://js.stripe.com";
const STRIPE_SOURCES: CardPaymentSources = {
  script: [STRIPE_JS_ORIGIN, "https://*.js.stripe.com"],
  frame: [STRIPE_JS_ORIGIN, "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
};

/**
 * The sources Stripe.js at `jsUrl` needs: Stripe's own set for js.stripe.com, else (the local fake
 * of the e2e suite and development) that one origin for its script, frames and API calls.
 */
export function cardPaymentSources(jsUrl: string): CardPaymentSources {
  const origin = new URL(jsUrl).origin;
  if (origin === STRIPE_JS_ORIGIN) return STRIPE_SOURCES;
  return { script: [origin], frame: [origin], connect: [origin] };
}

/**
 * The origin of a Leaflet tile template, `{s}` subdomains as a `*.` wildcard:
 * "https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org".
 */
export function tileOrigin(template: string): string {
  const url = new URL(template.replace("{s}", "tile-subdomain").replace(/\{[a-z]\}/g, "0"));
  return url.origin.replace("tile-subdomain", "*");
}

/** A base64 nonce of 128 random bits (CSP asks for at least 128). */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

export function contentSecurityPolicy({ nonce, mapTileOrigin, allowances, development }: CspOptions): string {
  const card = allowances.cardPayments;
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic': the nonced module scripts may load the route chunks (and Stripe.js on the
    // card page); host sources and 'self' only matter to browsers without CSP level 3.
    "script-src": [`'nonce-${nonce}'`, "'strict-dynamic'", "'self'", ...(card?.script ?? [])],
    "style-src": ["'self'", ...(development ? ["'unsafe-inline'"] : [])],
    "img-src": ["'self'", "data:", mapTileOrigin],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(card?.connect ?? []), ...(development ? ["ws:", "wss:"] : [])],
    "frame-src": card ? card.frame : ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${[...new Set(sources)].join(" ")}`)
    .join("; ");
}

/** The headers every response gets, the CSP included. */
export function securityHeaders(options: CspOptions & { production: boolean }): Record<string, string> {
  // Development: reported, not enforced, so Vite's dev scripts can never lock a developer out; the
  // e2e suite runs production builds under the enforced policy and fails on any violation.
  const cspHeader = options.production ? "Content-Security-Policy" : "Content-Security-Policy-Report-Only";
  return {
    [cspHeader]: contentSecurityPolicy(options),
    ...(options.production ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // The sales point map's "near me" asks for the position; Stripe's Payment Element may offer
    // wallets (Payment Request) from its frames.
    "Permissions-Policy": `geolocation=(self), camera=(), microphone=(), payment=(self "${STRIPE_JS_ORIGIN}")`,
    "Cross-Origin-Opener-Policy": "same-origin",
    // For browsers without frame-ancestors.
    "X-Frame-Options": "DENY",
  };
}

const nonceContext = createContext<string | null>(null);
const allowancesContext = createContext<CspAllowances | null>(null);

/** This request's CSP nonce (null outside the security headers middleware, e.g. in unit tests). */
export function cspNonce(context: Readonly<RouterContextProvider>): string | undefined {
  return context.get(nonceContext) ?? undefined;
}

/**
 * Lets this response's page load Stripe.js from `jsUrl` (and its frames and API). Only the card
 * payment page asks; every other page keeps frame-src 'none' and no third-party script.
 */
export function allowCardPayments(context: Readonly<RouterContextProvider>, jsUrl: string): void {
  const allowances = context.get(allowancesContext);
  if (allowances) allowances.cardPayments = cardPaymentSources(jsUrl);
}

/** A response whose headers can be changed (a proxied fetch response has immutable ones). */
function mutable(response: Response): Response {
  try {
    response.headers.set("X-Content-Type-Options", "nosniff");
    return response;
  } catch {
    return new Response(response.body, response);
  }
}

export const securityHeadersMiddleware: MiddlewareFunction<Response> = async ({ context }, next) => {
  const nonce = createNonce();
  const allowances: CspAllowances = { cardPayments: null };
  context.set(nonceContext, nonce);
  context.set(allowancesContext, allowances);
  const response = mutable(await next());
  const headers = securityHeaders({
    nonce,
    allowances,
    mapTileOrigin: tileOrigin(env.mapTileUrl),
    development: !env.production,
    production: env.production,
  });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
};
