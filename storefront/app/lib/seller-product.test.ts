import { describe, expect, it } from "vitest";
import { readVariant, variantTyped } from "./seller-product";
import type { FormErrors } from "./seller";

describe("product forms", () => {
  it("reads a new variant and names what is missing or not a number", () => {
    const errors: FormErrors = {};
    const v = readVariant({ "variants.1.sku": "CHE-100", "variants.1.price": "-120.000", "variants.1.stock": "mười" }, 1, errors, true);
    expect(v).toEqual({ sku: "CHE-100", label: null, price: -120000, stock: null, weightGrams: null });
    // A negative price is left to the API, which names the rule (NEGATIVE_PRICE).
    expect(errors).toEqual({ "variants.1.label": "LABEL_REQUIRED", "variants.1.stock": "NOT_A_NUMBER" });
  });

  it("ignores an empty new-variant row", () => {
    expect(variantTyped({ "variants.2.sku": "" }, 2)).toBe(false);
    expect(variantTyped({ "variants.2.price": "5" }, 2)).toBe(true);
  });
});
