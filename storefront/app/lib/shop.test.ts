import { describe, expect, it } from "vitest";
import { checkoutErrorsFromApi, checkoutFieldOf, checkoutProblems, checkoutTotals, checkoutValuesFrom, groupByProducer, shopErrorCode, typedQuantity, vietnamesePhone } from "./shop";

describe("shopping forms", () => {
  it("passes the quantity as typed to the API, which judges 0, -1, 1.5 and 1e9; nonsense is ours to refuse", () => {
    expect(typedQuantity(" 3 ")).toBe(3);
    expect(typedQuantity("0")).toBe(0);
    expect(typedQuantity("-1")).toBe(-1);
    expect(typedQuantity("1,5")).toBe(1.5);
    expect(typedQuantity("1e9")).toBe(1e9);
    expect(typedQuantity("")).toBeNull();
    expect(typedQuantity("ba")).toBeNull();
  });

  it("accepts Vietnamese phone numbers as people type them, like the API", () => {
    expect(vietnamesePhone("0912 345 678")).toBe("0912345678");
    expect(vietnamesePhone("+84 987.654.321")).toBe("0987654321");
    expect(vietnamesePhone("024 3825 1234")).toBe("02438251234");
    expect(vietnamesePhone("12345")).toBeNull();
    expect(vietnamesePhone("0112345678")).toBeNull();
  });

  it("puts each API userError next to its field, unknown codes as the generic message", () => {
    expect(checkoutFieldOf(["input", "shipping", "communeId"])).toBe("commune");
    expect(checkoutFieldOf(["input", "shipping", "phone"])).toBe("phone");
    expect(checkoutFieldOf(["input", "contactName"])).toBe("name");
    expect(checkoutFieldOf(["input", "lines", "0"])).toBe("form");
    expect(checkoutFieldOf(null)).toBe("form");
    expect(
      checkoutErrorsFromApi([
        { field: ["input", "phone"], code: "INVALID_PHONE" },
        { field: ["input", "shipping", "phone"], code: "INVALID_PHONE" },
        { field: ["input", "lines", "1"], code: "OUT_OF_STOCK" },
        { field: ["input", "deliveryOptions", "0"], code: "SOMETHING_NEW" },
      ]),
    ).toEqual({ phone: "INVALID_PHONE", form: "OUT_OF_STOCK", delivery: "generic" });
    expect(shopErrorCode("INVALID_QUANTITY")).toBe("INVALID_QUANTITY");
  });

  it("keeps what was typed and checks it before calling the API", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ idempotencyKey: "k-123456789", name: " Lan ", email: "lan@example.vn", phone: "12345", provinceId: "P1", communeId: "", street: "", paymentMethod: "COD", "delivery:pdc1": "EXPRESS" })) form.set(k, v);
    const values = checkoutValuesFrom(form);
    expect(values).toMatchObject({ name: " Lan ", phone: "12345", delivery: { pdc1: "EXPRESS" } });
    expect(checkoutProblems(values)).toEqual({ phone: "INVALID_PHONE", commune: "COMMUNE_NOT_IN_PROVINCE", street: "STREET_REQUIRED" });
  });

  it("adds a delivery price per producer (STANDARD unless chosen) to the subtotal", () => {
    const rates = [
      { code: "STANDARD", price: { amount: 22_000 } },
      { code: "EXPRESS", price: { amount: 40_000 } },
    ];
    expect(checkoutTotals(947_000, ["a", "b"], rates, { b: "EXPRESS" })).toEqual({ shippingByProducer: { a: 22_000, b: 40_000 }, shipping: 62_000, total: 1_009_000 });
    expect(checkoutTotals(947_000, ["a"], null, {})).toEqual({ shippingByProducer: { a: null }, shipping: null, total: null });
  });

  it("groups cart lines by producer, lines no longer on sale last", () => {
    const a = { id: "a", name: "HTX A", slug: "a" };
    const b = { id: "b", name: "HTX B", slug: "b" };
    const groups = groupByProducer([{ n: 1, product: null }, { n: 2, product: { producer: a } }, { n: 3, product: { producer: b } }, { n: 4, product: { producer: a } }]);
    expect(groups.map((g) => [g.producer?.id ?? null, g.lines.map((l) => l.n)])).toEqual([["a", [2, 4]], ["b", [3]], [null, [1]]]);
  });
});
