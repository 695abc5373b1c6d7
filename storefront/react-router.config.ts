import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "app",
  buildDirectory: "build",
  // Server-side rendering: every page is rendered on the server from loader data,
  // so browsing works without JavaScript.
  ssr: true,
  // React Router's own action origin check compares Origin with the request's URL, which behind a
  // TLS-terminating proxy is the internal http:// address, and answers 400. The root middleware
  // (app/lib/csrf.server.ts) checks every mutation against SITE_URL, resource routes included, and
  // answers 403: "**" (every host) hands the decision to it.
  allowedActionOrigins: ["**"],
} satisfies Config;
