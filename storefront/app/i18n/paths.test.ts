import { describe, expect, it } from "vitest";
import { localeFromPathname, localePrefix, otherLocales } from "./locales";
import { alternateHrefs, localeHref, matchPage, PAGE_IDS, PAGE_PATHS, switchLocaleHref } from "./paths";

describe("localeFromPathname", () => {
  it("is English under /en and Vietnamese everywhere else", () => {
    expect(localeFromPathname("/en")).toBe("en");
    expect(localeFromPathname("/en/products")).toBe("en");
    expect(localeFromPathname("/")).toBe("vi");
    expect(localeFromPathname("/san-pham/en")).toBe("vi");
    // A Vietnamese slug that starts with "en" is not English.
    expect(localeFromPathname("/enzyme")).toBe("vi");
  });

  it("gives the prefix and the other language", () => {
    expect(localePrefix("vi")).toBe("");
    expect(localePrefix("en")).toBe("/en");
    expect(otherLocales("vi")).toEqual(["en"]);
  });
});

describe("localeHref", () => {
  it("translates path segments and shares the slug", () => {
    expect(localeHref("home", "vi")).toBe("/");
    expect(localeHref("home", "en")).toBe("/en");
    expect(localeHref("catalogue", "en")).toBe("/en/products");
    expect(localeHref("product", "vi", { slug: "banh-dau-xanh" })).toBe("/san-pham/banh-dau-xanh");
    expect(localeHref("product", "en", { slug: "banh-dau-xanh" })).toBe("/en/products/banh-dau-xanh");
  });

  it("gives every locale's URL of a page", () => {
    expect(alternateHrefs("product", { slug: "x" })).toEqual({ vi: "/san-pham/x", en: "/en/products/x" });
  });

  it("registers every page with the same parameters in every locale", () => {
    for (const page of PAGE_IDS) {
      const params = (p: string) => p.split("/").filter((s) => s.startsWith(":")).sort();
      expect(params(PAGE_PATHS[page].en), page).toEqual(params(PAGE_PATHS[page].vi));
      expect(PAGE_PATHS[page].en === "/en" || PAGE_PATHS[page].en.startsWith("/en/"), page).toBe(true);
    }
  });
});

describe("matchPage", () => {
  it("names the page, locale and parameters of a URL", () => {
    expect(matchPage("/")).toEqual({ page: "home", locale: "vi", params: {} });
    expect(matchPage("/en")).toEqual({ page: "home", locale: "en", params: {} });
    expect(matchPage("/en/products/mat-ong")).toEqual({ page: "product", locale: "en", params: { slug: "mat-ong" } });
    expect(matchPage("/san-pham")).toEqual({ page: "catalogue", locale: "vi", params: {} });
  });

  it("does not mix languages: English segments under / and Vietnamese under /en are unknown", () => {
    expect(matchPage("/products")).toBeNull();
    expect(matchPage("/en/san-pham")).toBeNull();
    expect(matchPage("/khong-co")).toBeNull();
  });
});

describe("switchLocaleHref", () => {
  it("links to the same page in the other language, filters kept", () => {
    expect(switchLocaleHref("/san-pham", "?nhom=FOOD&sao=4", "en")).toBe("/en/products?nhom=FOOD&sao=4");
    expect(switchLocaleHref("/en/products", "?tinh=01", "vi")).toBe("/san-pham?tinh=01");
    expect(switchLocaleHref("/san-pham/nuoc-mam", "", "en")).toBe("/en/products/nuoc-mam");
    expect(switchLocaleHref("/en", "", "vi")).toBe("/");
    expect(switchLocaleHref("/", "", "en")).toBe("/en");
  });

  it("goes to the other language's home page from a URL no page owns", () => {
    expect(switchLocaleHref("/khong-co-trang-nay", "", "en")).toBe("/en");
    expect(switchLocaleHref("/en/nothing", "", "vi")).toBe("/");
  });

  it("translates trace, certificate and account pages, the certificate's number and product kept", () => {
    expect(switchLocaleHref("/truy-xuat", "", "en")).toBe("/en/trace");
    expect(switchLocaleHref("/truy-xuat/k7m2p9x4q1", "", "en")).toBe("/en/trace/k7m2p9x4q1");
    expect(switchLocaleHref("/en/trace/k7m2p9x4q1", "", "vi")).toBe("/truy-xuat/k7m2p9x4q1");
    expect(switchLocaleHref("/chung-nhan/123%2FQ%C4%90-UBND", "?san-pham=mat-ong", "en")).toBe(
      "/en/certificates/123%2FQ%C4%90-UBND?san-pham=mat-ong",
    );
    expect(switchLocaleHref("/dang-nhap", "?tiep=%2Fsan-pham", "en")).toBe("/en/log-in?tiep=%2Fsan-pham");
    expect(switchLocaleHref("/en/sign-up", "", "vi")).toBe("/dang-ky");
  });

  it("keeps an encoded slug encoded", () => {
    const href = switchLocaleHref("/san-pham/b%C3%A1nh%20x", "", "en");
    expect(href).toBe("/en/products/b%C3%A1nh%20x");
  });
});

it("encodes dynamic segments", () => {
  expect(localeHref("product", "en", { slug: "bánh x/y" })).toBe("/en/products/b%C3%A1nh%20x%2Fy");
  expect(matchPage("/san-pham/b%C3%A1nh%20x%2Fy")?.params).toEqual({ slug: "bánh x/y" });
});
