import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { MESSAGES, pickMessages, type Namespace } from "./messages.server";
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

type Tree = { [key: string]: string | Tree };

/** The message paths a module names: "shop" for `useTranslations("shop")`, "shop.errors" for `` `shop.errors.${code}` ``… */
function pathsNamedIn(file: string): Set<string> {
  const code = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|\s)\/\/.*$/gm, "$1");
  const found = new Set<string>();
  const add = (namespace: string | undefined, rest = "") => {
    if (NAMESPACES.includes(namespace as Namespace)) found.add(`${namespace}${rest}`);
  };
  // A whole namespace or a table: useTranslations("shop"), useTranslations("shop.errors").
  for (const [, namespace, rest] of code.matchAll(/useTranslations\(\s*["'`](\w+)((?:\.[A-Za-z_$][\w$-]*)*)["'`]/g)) add(namespace, rest);
  // A key or a table named in full: "shop.errors.NOT_FOUND", `certificate.states.${state}`, "seller.errors".
  // (A bare "product" is a page id, not a namespace.)
  for (const [, namespace, rest] of code.matchAll(/["'`](\w+)((?:\.[A-Za-z_$][\w$-]*)+|(?=\.\$\{))(?=\.\$\{|["'`])/g)) add(namespace, rest);
  return found;
}

/**
 * What a page must list for the paths its modules name: a namespace's tables ("shop.errors") when
 * it names nothing but keys inside tables, else the whole namespace.
 */
function listingFor(paths: Iterable<string>): string[] {
  const byNamespace = new Map<string, Set<string>>();
  for (const path of paths) {
    const [namespace, table] = path.split(".");
    const tree = (MESSAGES.vi as unknown as Tree)[namespace!] as Tree;
    const entry = table !== undefined && typeof tree[table] === "object" ? `${namespace}.${table}` : namespace!;
    byNamespace.set(namespace!, (byNamespace.get(namespace!) ?? new Set()).add(entry));
  }
  return [...byNamespace].flatMap(([namespace, entries]) => (entries.has(namespace) ? [namespace] : [...entries])).sort();
}

function listingOf(entry: string): string[] {
  const paths = new Set<string>();
  for (const file of modulesOf(path.join(APP, entry))) for (const named of pathsNamedIn(file)) paths.add(named);
  return listingFor(paths).filter((p) => !(SHELL_NAMESPACES as string[]).includes(p.split(".")[0]!));
}

/** page id → its route module, from routes.ts (`...page("product", "routes/product.tsx")`). */
function pageModules(): Map<string, string> {
  const routes = readFileSync(path.join(APP, "routes.ts"), "utf8");
  return new Map([...routes.matchAll(/page\("(\w+)",\s*"([^"]+)"\)/g)].map(([, id, file]) => [id!, file!]));
}

describe("PAGE_NAMESPACES", () => {
  it("names exactly the namespaces (or tables of them) each page's modules use, besides the shell's", () => {
    const modules = pageModules();
    expect([...modules.keys()].sort()).toEqual([...PAGE_IDS].sort());
    const wrong: string[] = [];
    for (const [page, file] of modules) {
      const needed = listingOf(file);
      const listed = [...PAGE_NAMESPACES[page as keyof typeof PAGE_NAMESPACES]].sort();
      if (needed.join() !== listed.join()) wrong.push(`  ${page}: ${JSON.stringify(needed)}, (${file}; listed: ${JSON.stringify(listed)})`);
    }
    expect(wrong, `write these in PAGE_NAMESPACES (i18n/namespaces.ts):\n${wrong.join("\n")}`).toEqual([]);
  });

  it("leaves the frame (root.tsx and what it imports) to the shell's namespaces", () => {
    expect(listingOf("root.tsx")).toEqual([]);
  });

  it("lists only tables that exist", () => {
    for (const locale of LOCALES) for (const page of PAGE_IDS) expect(() => pickMessages(locale, PAGE_NAMESPACES[page]), page).not.toThrow();
    expect(pickMessages("en", ["shop.errors", "certificate.states", "product"])).toEqual({
      shop: { errors: MESSAGES.en.shop.errors },
      certificate: { states: MESSAGES.en.certificate.states },
      product: MESSAGES.en.product,
    });
    expect(pickMessages("vi", ["shop", "shop.errors"])).toEqual({ shop: MESSAGES.vi.shop });
  });

  it("gives the namespaces of the page a URL shows, keyed by locale", () => {
    expect(pageNamespaces("/san-pham/mat-ong")).toEqual(["certificate.states", "product", "salesPoints", "shop.buy", "shop.errors"]);
    expect(pageMessagesKey("/en/products/mat-ong")).toBe("en:certificate.states,product,salesPoints,shop.buy,shop.errors");
    expect(pageNamespaces("/kenh-nguoi-ban/san-pham/moi")).toEqual([...PAGE_NAMESPACES.producerProductNew].sort());
    expect(pageNamespaces("/khong-co-trang-nay")).toEqual([]);
    // Same page in the other language: the messages change with it.
    expect(pageMessagesKey("/san-pham")).not.toBe(pageMessagesKey("/en/products"));
  });
});
