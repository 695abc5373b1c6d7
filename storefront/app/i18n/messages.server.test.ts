import { describe, expect, it } from "vitest";
import { translatorFor } from "./translator.server";
import { MESSAGES } from "./messages.server";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

/** ICU argument names used by a message: "{count, plural, …}" → count. */
function argumentNames(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

describe("message catalogues", () => {
  const vi = new Map(leaves(MESSAGES.vi as unknown as Tree));
  const en = new Map(leaves(MESSAGES.en as unknown as Tree));

  it("have the same keys in Vietnamese and English", () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, message] of vi) {
      expect(argumentNames(en.get(key)!), key).toEqual(argumentNames(message));
    }
  });

  it("have no empty message", () => {
    for (const [key, message] of [...vi, ...en]) expect(message.trim(), key).not.toBe("");
  });
});

describe("translatorFor", () => {
  it("formats counts with each language's grouping and plural", () => {
    expect(translatorFor("vi")("common.productCount", { count: 15590 })).toBe("15.590 sản phẩm");
    expect(translatorFor("en")("common.productCount", { count: 1 })).toBe("1 product");
    expect(translatorFor("en")("common.productCount", { count: 15590 })).toBe("15,590 products");
  });

  it("translates group and producer-kind labels", () => {
    expect(translatorFor("en")("common.groups.FOOD")).toBe("Food");
    expect(translatorFor("vi")("common.producerKinds.COOPERATIVE")).toBe("HTX");
  });
});
