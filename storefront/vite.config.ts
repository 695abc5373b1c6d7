import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";
import { precompiledMessages } from "./vite-plugins/precompiled-messages.ts";

/** The packages every page runs (React, React DOM, React Router, use-intl): one long-cached chunk instead of five. */
const FRAMEWORK = /[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:react|react-dom|scheduler|react-router|use-intl|@formatjs[\\/]fast-memoize|cookie|set-cookie-parser)[\\/]/;

export default defineConfig({
  plugins: [reactRouter(), precompiledMessages()],
  environments: {
    client: {
      build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: "framework", test: FRAMEWORK }] } } } },
    },
  },
});
