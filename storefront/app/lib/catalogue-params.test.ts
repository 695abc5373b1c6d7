import { describe, expect, it } from "vitest";
import {
  CATALOGUE_PAGE_SIZE,
  catalogueHref,
  hasFilters,
  parseCatalogueParams,
  toProductFilter,
  toProductSort,
  withoutRejectedParams,
} from "./catalogue-params";

const parse = (qs: string) => parseCatalogueParams(new URLSearchParams(qs));

describe("parseCatalogueParams", () => {
  it("reads group, stars, province, sort, stock and cursor", () => {
    expect(parse("nhom=FOOD&sao=5&tinh=01&xep=gia-tang&con-hang=1&sau=abc")).toEqual({
      group: "FOOD",
      minStars: 5,
      provinceCode: "01",
      sort: "gia-tang",
      inStock: true,
      after: "abc",
    });
  });

  it("falls back to the newest-first order for unknown sorts", () => {
    expect(parse("xep=gia").sort).toBe("moi-nhat");
    expect(toProductSort(parse("xep=NHIEU-SAO"))).toBe("STARS_DESC");
    expect(toProductSort(parse(""))).toBe("NEWEST");
  });

  it("treats a missing or empty value as no filter (what a GET form sends for 'Tất cả')", () => {
    const none = { group: null, minStars: null, provinceCode: null, sort: "moi-nhat", inStock: false, after: null };
    expect(parse("")).toEqual(none);
    expect(parse("nhom=&sao=&tinh=&xep=&con-hang=&sau=")).toEqual(none);
  });

  it("accepts a group in any case, ignores unknown groups", () => {
    expect(parse("nhom=beverages").group).toBe("BEVERAGES");
    expect(parse("nhom=TEXTILES").group).toBeNull();
    expect(parse("nhom=%3Cscript%3E").group).toBeNull();
  });

  it("clamps whole star numbers into 3..5 and ignores junk", () => {
    expect(parse("sao=3").minStars).toBe(3);
    expect(parse("sao=4").minStars).toBe(4);
    expect(parse("sao=9").minStars).toBe(5);
    expect(parse("sao=1").minStars).toBe(3);
    expect(parse("sao=0").minStars).toBeNull();
    expect(parse("sao=-4").minStars).toBeNull();
    expect(parse("sao=4.5").minStars).toBeNull();
    expect(parse("sao=năm").minStars).toBeNull();
    expect(parse("sao=99999999999999999999").minStars).toBeNull();
  });

  it("accepts only two-digit province codes", () => {
    expect(parse("tinh=31").provinceCode).toBe("31");
    expect(parse("tinh=1").provinceCode).toBeNull();
    expect(parse("tinh=Hà%20Nội").provinceCode).toBeNull();
  });

  it("drops absurdly long cursors", () => {
    expect(parse(`sau=${"x".repeat(600)}`).after).toBeNull();
  });

  it("uses the first value when a parameter repeats", () => {
    expect(parse("nhom=FOOD&nhom=HERBAL").group).toBe("FOOD");
  });
});

describe("toProductFilter", () => {
  it("maps params to the API filter, leaving out what is unset", () => {
    expect(toProductFilter(parse("nhom=FOOD&sao=5&tinh=01"))).toEqual({
      group: "FOOD",
      minStars: 5,
      provinceCode: "01",
    });
    expect(toProductFilter(parse("sao=4"))).toEqual({ minStars: 4 });
  });

  it("is null without filters (the cursor is not a filter)", () => {
    expect(toProductFilter(parse("sau=abc"))).toBeNull();
    expect(hasFilters(parse("sau=abc"))).toBe(false);
    expect(hasFilters(parse("tinh=01"))).toBe(true);
  });
});

describe("catalogueHref", () => {
  it("builds stable URLs without empty parameters", () => {
    expect(catalogueHref()).toBe("/san-pham");
    expect(catalogueHref({ group: "FOOD" })).toBe("/san-pham?nhom=FOOD");
    expect(catalogueHref({ provinceCode: "01", minStars: 5, group: "HERBAL", after: null })).toBe(
      "/san-pham?nhom=HERBAL&sao=5&tinh=01",
    );
  });

  it("round-trips through the parser, cursor included", () => {
    const params = parse("nhom=TOURISM&sao=4&tinh=79&xep=gia-giam&con-hang=1&sau=Y3Vyc29yOjI0");
    expect(parse(catalogueHref(params).split("?")[1] ?? "")).toEqual(params);
  });

  it("encodes cursors safely", () => {
    expect(catalogueHref({ after: "a+b/c=" })).toBe("/san-pham?sau=a%2Bb%2Fc%3D");
  });
});

it("shows 24 products a page", () => {
  expect(CATALOGUE_PAGE_SIZE).toBe(24);
});

describe("withoutRejectedParams", () => {
  const bad = (argumentName?: string) => ({ extensions: { code: "BAD_USER_INPUT", argumentName } });

  it("drops the parameter the API names", () => {
    const params = parse("nhom=FOOD&tinh=99&sau=abc");
    expect(withoutRejectedParams(params, [bad("filter.provinceCode")])).toEqual({
      ...params,
      provinceCode: null,
    });
    expect(withoutRejectedParams(params, [bad("after")])).toEqual({ ...params, after: null });
  });

  it("drops province and cursor when the argument is not named", () => {
    const params = parse("nhom=FOOD&tinh=99&sau=abc");
    expect(withoutRejectedParams(params, [bad()])).toEqual({
      group: "FOOD",
      minStars: null,
      provinceCode: null,
      sort: "moi-nhat",
      inStock: false,
      after: null,
    });
  });

  it("gives up (null) when nothing can be dropped or the error is not about input", () => {
    expect(withoutRejectedParams(parse("nhom=FOOD"), [bad("filter.provinceCode")])).toBeNull();
    expect(withoutRejectedParams(parse("tinh=99"), [{ extensions: { code: "INTERNAL_SERVER_ERROR" } }])).toBeNull();
    expect(withoutRejectedParams(parse("tinh=99"), [])).toBeNull();
  });
});
