import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "app",
  buildDirectory: "build",
  // Server-side rendering: every page is rendered on the server from loader data,
  // so browsing works without JavaScript.
  ssr: true,
} satisfies Config;
