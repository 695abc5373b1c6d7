import compile from "icu-minify/compile";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import formatPrecompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { LOCALES, TIME_ZONE } from ".";
import { MESSAGES } from "./messages.server";

/**
 * Production builds format messages compiled ahead of time (vite-plugins/precompiled-messages.ts)
 * with use-intl's format-only formatter; the unit tests and `react-router dev` format the ICU
 * sources with intl-messageformat. Every message, in both languages, must come out the same both
 * ways, for every plural form and select branch it has.
 */
type Tree = { [key: string]: string | Tree };
type Compiled = unknown;

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

// icu-minify's node types (icu-minify/dist/types): [name] is an argument, [name, type, …] a typed
// one, [name, …children] a tag.
const SELECT = 1;
const PLURAL = 2;
const SELECTORDINAL = 3;
const NUMBER = 4;
const DATE = 5;
const TIME = 6;

interface Argument {
  kind: "text" | "number" | "date" | "select" | "tag";
  options: Set<string>;
}

/** The arguments a compiled message takes, with the select options and plural exact values it names. */
function argumentsOf(node: Compiled, found = new Map<string, Argument>()): Map<string, Argument> {
  if (!Array.isArray(node)) {
    if (node && typeof node === "object") for (const branch of Object.values(node)) argumentsOf(branch, found);
    return found;
  }
  if (typeof node[0] !== "string" || (node.length > 1 && typeof node[1] === "string")) {
    for (const child of node) argumentsOf(child, found);
    return found;
  }
  const [name, type, ...rest] = node as [string, unknown, ...unknown[]];
  const arg = found.get(name) ?? { kind: "text" as Argument["kind"], options: new Set<string>() };
  found.set(name, arg);
  if (type === undefined) return found;
  if (type === SELECT) {
    arg.kind = "select";
    for (const key of Object.keys(rest[0] as object)) arg.options.add(key);
  } else if (type === PLURAL || type === SELECTORDINAL || type === NUMBER) {
    arg.kind = "number";
    if (type !== NUMBER) for (const key of Object.keys(rest[0] as object)) if (key.startsWith("=")) arg.options.add(key.slice(1));
  } else if (type === DATE || type === TIME) arg.kind = "date";
  else arg.kind = "tag";
  for (const child of rest) argumentsOf(child, found);
  // A tag's children follow its name directly: [name, child, child…].
  if (arg.kind === "tag") argumentsOf(type, found);
  return found;
}

const COUNTS = [0, 1, 2, 5, 21, 1234, 15590, 2.5];

/** Several sets of values that between them reach every branch of the message. */
function valueSets(args: Map<string, Argument>): Record<string, unknown>[] {
  const width = Math.max(COUNTS.length, ...[...args.values()].map((a) => a.options.size + 1));
  return Array.from({ length: width }, (_, i) =>
    Object.fromEntries(
      [...args].map(([name, arg]) => {
        switch (arg.kind) {
          case "number": {
            const exact = [...arg.options].map(Number);
            return [name, [...exact, ...COUNTS][i % (exact.length + COUNTS.length)]];
          }
          case "select": {
            const options = [...arg.options].filter((o) => o !== "other");
            return [name, [...options, "unlisted"][i % (options.length + 1)]];
          }
          case "date":
            return [name, new Date(Date.UTC(2026, 10, 23, 16, 30) + i * 86_400_000)];
          case "tag":
            return [name, (chunks: unknown) => `<${name}>${String(chunks)}</${name}>`];
          default:
            return [name, `«${name} ${i}»`];
        }
      }),
    ),
  );
}

describe("precompiled messages", () => {
  for (const locale of LOCALES) {
    it(`format like their ICU source (${locale})`, () => {
      const errors: unknown[] = [];
      const t = createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE, onError: (e) => errors.push(e) });
      const cache = _createCache();
      const options = { cache, formatters: _createIntlFormatters(cache), locale, timeZone: TIME_ZONE };
      let checked = 0;
      for (const [key, source] of leaves(MESSAGES[locale] as unknown as Tree)) {
        const compiled = compile(source);
        for (const values of valueSets(argumentsOf(compiled))) {
          const expected = t.markup(key as never, values as never);
          const formatted = formatPrecompiled(key, compiled as never, values as never, options as never);
          // The one difference: a message whose every part is empty for these values (tourism.duration
          // of 0 h 0 min, which the API refuses) is [] instead of "" (use-intl would show its key).
          const actual = expected === "" && Array.isArray(formatted) && formatted.length === 0 ? "" : formatted;
          expect(actual, `${locale} ${key} with ${JSON.stringify(values)}`).toBe(expected);
          checked++;
        }
      }
      expect(errors).toEqual([]);
      expect(checked).toBeGreaterThan(1000);
    });
  }
});
