import { describe, expect, it } from "vitest";
import { parseSearchParams, SEARCH_MAX_LENGTH, searchHref, suggestionsHref } from "./search-params";

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs));

describe("search params", () => {
  it("reads the query as typed, trimmed, and the cursor", () => {
    expect(parse("q=++banh+dau++xanh+&sau=abc")).toEqual({ query: "banh dau xanh", truncated: false, after: "abc" });
    expect(parse("q=B%C3%A1nh")).toMatchObject({ query: "Bánh" });
  });

  it("treats a missing or blank query as nothing to search, and drops its cursor", () => {
    expect(parse("")).toEqual({ query: "", truncated: false, after: null });
    expect(parse("q=+++&sau=abc")).toEqual({ query: "", truncated: false, after: null });
  });

  it("cuts an over-long query to the API's limit", () => {
    const long = parse(`q=${"á".repeat(SEARCH_MAX_LENGTH + 5)}`);
    expect([...long.query]).toHaveLength(SEARCH_MAX_LENGTH);
    expect(long.truncated).toBe(true);
  });

  it("builds search and suggestion URLs in both locales", () => {
    expect(searchHref("bánh đậu xanh")).toBe("/tim-kiem?q=b%C3%A1nh+%C4%91%E1%BA%ADu+xanh");
    expect(searchHref("banh", "en", "c1")).toBe("/en/search?q=banh&sau=c1");
    expect(searchHref("  ")).toBe("/tim-kiem");
    expect(suggestionsHref(" dau xa ")).toBe("/tim-kiem/goi-y?q=dau+xa");
  });
});

describe("wordsFromPath", () => {
  it("turns a dead link's slug into words to search for", async () => {
    const { wordsFromPath } = await import("./search-params");
    expect(wordsFromPath("/san-pham/banh-dau-xanh-hai-duong")).toBe("banh dau xanh hai duong");
    expect(wordsFromPath("/en/products/b%C3%A1nh-g%E1%BA%A1o")).toBe("bánh gạo");
    expect(wordsFromPath("/san-pham/%E0%A4%A")).toBe("E0 A4 A");
    expect(wordsFromPath("/")).toBe("");
  });
});
