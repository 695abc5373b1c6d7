import compile from "icu-minify/compile";
import type { Plugin } from "vite";

/** The message catalogues: app/i18n/messages/<namespace>.ts, each `export default defineMessages({ vi, en })`. */
const MESSAGES_FILE = /[\\/]app[\\/]i18n[\\/]messages[\\/][^\\/]+\.ts$/;

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/**
 * Production builds ship ICU messages compiled ahead of time (use-intl's "precompiled messages"):
 * every message string in app/i18n/messages/*.ts becomes the compact form of icu-minify
 * ("{count, plural, one {# product} other {# products}}" → `[["count", 2, { one: [0, " product"], … }]]`),
 * and use-intl formats them with `use-intl/format-message/format-only` instead of parsing ICU at run
 * time with intl-messageformat. The browser then downloads neither the ICU parser nor
 * intl-messageformat (≈ 10 kB gzip), and neither the server nor the browser parses a message.
 * Server and browser use the same compiled catalogue and formatter, so hydration sees the same
 * strings; `precompiled.test.ts` checks that every message formats exactly as intl-messageformat
 * formats its source. Plain strings stay strings. `t.raw` is not available (the app does not use it).
 *
 * Build only: `react-router dev` and the unit tests (vitest.config.ts) run the ICU sources.
 */
export function precompiledMessages(): Plugin {
  return {
    name: "ocop:precompiled-messages",
    apply: "build",
    // After TypeScript is stripped: the module is plain JavaScript for `this.parse`.
    enforce: "post",
    config() {
      return {
        resolve: { alias: [{ find: /^use-intl\/format-message$/, replacement: "use-intl/format-message/format-only" }] },
        // Bundled into the server build too, so the alias reaches use-intl's own import there.
        ssr: { noExternal: ["use-intl", "@formatjs/fast-memoize"] },
      };
    },
    transform(code, id) {
      if (!MESSAGES_FILE.test(id.split("?")[0]!)) return null;
      const program = this.parse(code) as unknown as Node;
      const edits: { start: number; end: number; text: string }[] = [];
      let catalogues = 0;
      const visit = (node: Node, path: string) => {
        for (const property of node.properties as Node[]) {
          const key = property.key as Node & { name?: string; value?: unknown };
          const name = `${path}.${String(key.name ?? key.value)}`;
          const value = property.value as Node & { value?: unknown };
          if (property.type !== "Property" || property.computed) this.error(`${id}: ${name} is not a plain key`);
          if (value.type === "ObjectExpression") visit(value, name);
          else if (value.type === "Literal" && typeof value.value === "string") {
            const compiled = compile(value.value);
            if (compiled !== value.value) edits.push({ start: value.start, end: value.end, text: JSON.stringify(compiled) });
          } else this.error(`${id}: ${name} is not a string literal (messages are compiled at build time)`);
        }
      };
      const walk = (node: unknown): void => {
        if (!node || typeof node !== "object") return;
        if (Array.isArray(node)) return node.forEach(walk);
        const n = node as Node & { callee?: Node & { name?: string }; arguments?: Node[] };
        if (n.type === "CallExpression" && n.callee?.name === "defineMessages" && n.arguments?.[0]?.type === "ObjectExpression") {
          catalogues++;
          visit(n.arguments[0], "");
          return;
        }
        for (const [k, child] of Object.entries(n)) if (k !== "start" && k !== "end") walk(child);
      };
      walk(program);
      if (catalogues !== 1) this.error(`${id}: expected one defineMessages({ vi, en }) call, found ${catalogues}`);
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}
