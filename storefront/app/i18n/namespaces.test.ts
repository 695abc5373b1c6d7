import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES, type Namespace } from "./messages.server";
import { PAGE_NAMESPACES, pageMessagesKey, pageNamespaces } from "./namespaces";
import { PAGE_IDS } from "./paths";
import { SHELL_NAMESPACES } from "./shell";

/**
 * The browser gets the shell's namespaces with the JavaScript and a page's own with its data
 * (PAGE_NAMESPACES). A page that uses a namespace it does not list would show "shop.addToCart"
 * instead of the text: this reads the modules each page imports (not the .server ones, whose code
 * never runs in the browser) and finds the namespaces they name — `useTranslations("shop")`,
 * `t("shop.addToCart")`, `` t(`shop.errors.${code}`) ``, `codeMessage(t, "shop.errors", …)`.
 */
const APP = path.resolve(import.meta.dirname, "..");
const NAMESPACES = Object.keys(MESSAGES.vi) as Namespace[];

function resolveImport(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`, base]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** A module and the app modules it imports (values, not types), transitively; i18n, gql and .server modules left out. */
function modulesOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, "utf8").matchAll(/(?:import|export)\s+(?!type\b)[^;]*?from\s+["'](\.[^"']+)["']/g)) {
    const target = resolveImport(file, spec!);
    if (target && !/\.server\.tsx?$/.test(target) && !target.includes(`${path.sep}gql${path.sep}`) && !target.includes(`${path.sep}i18n${path.sep}`)) {
      modulesOf(target, seen);
    }
  }
  return seen;
}

function namespacesNamedIn(file: string): Set<Namespace> {
  const code = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|\s)\/\/.*$/gm, "$1");
  const found = new Set<Namespace>();
  const add = (name: string | undefined) => {
    if (NAMESPACES.includes(name as Namespace)) found.add(name as Namespace);
  };
  for (const [, name] of code.matchAll(/useTranslations\(\s*["'`](\w+)/g)) add(name);
  for (const [, name] of code.matchAll(/["'`](\w+)\.[A-Za-z_$]/g)) add(name);
  return found;
}

function namespacesUsedBy(entry: string): Namespace[] {
  const used = new Set<Namespace>();
  for (const file of modulesOf(path.join(APP, entry))) for (const name of namespacesNamedIn(file)) used.add(name);
  return [...used].sort();
}

/** page id → its route module, from routes.ts (`...page("product", "routes/product.tsx")`). */
function pageModules(): Map<string, string> {
  const routes = readFileSync(path.join(APP, "routes.ts"), "utf8");
  return new Map([...routes.matchAll(/page\("(\w+)",\s*"([^"]+)"\)/g)].map(([, id, file]) => [id!, file!]));
}

describe("PAGE_NAMESPACES", () => {
  it("names exactly the namespaces each page's modules use, besides the shell's", () => {
    const modules = pageModules();
    expect([...modules.keys()].sort()).toEqual([...PAGE_IDS].sort());
    const wrong: string[] = [];
    for (const [page, file] of modules) {
      const needed = namespacesUsedBy(file).filter((n) => !(SHELL_NAMESPACES as string[]).includes(n));
      const listed = [...PAGE_NAMESPACES[page as keyof typeof PAGE_NAMESPACES]].sort();
      if (needed.join() !== listed.join()) wrong.push(`  ${page}: ${JSON.stringify(needed)}, (${file}; listed: ${JSON.stringify(listed)})`);
    }
    expect(wrong, `write these in PAGE_NAMESPACES (i18n/namespaces.ts):\n${wrong.join("\n")}`).toEqual([]);
  });

  it("leaves the frame (root.tsx and what it imports) to the shell's namespaces", () => {
    expect(namespacesUsedBy("root.tsx").filter((n) => !(SHELL_NAMESPACES as string[]).includes(n))).toEqual([]);
  });

  it("gives the namespaces of the page a URL shows, keyed by locale", () => {
    expect(pageNamespaces("/san-pham/mat-ong")).toEqual(["certificate", "product", "salesPoints", "shop"]);
    expect(pageMessagesKey("/en/products/mat-ong")).toBe("en:certificate,product,salesPoints,shop");
    expect(pageNamespaces("/kenh-nguoi-ban/san-pham/moi")).toEqual([...PAGE_NAMESPACES.producerProductNew].sort());
    expect(pageNamespaces("/khong-co-trang-nay")).toEqual([]);
    // Same page in the other language: the messages change with it.
    expect(pageMessagesKey("/san-pham")).not.toBe(pageMessagesKey("/en/products"));
  });
});
