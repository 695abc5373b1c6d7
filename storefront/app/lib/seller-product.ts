/**
 * Reading the producer workspace's product forms into API inputs. Fields are named as the API's
 * userErrors name them ("name", "variants.0.price"), so an error lands next to its field.
 */
import { textToHtml } from "./plain-text";
import { parseInteger, type FormErrors, type FormValues } from "./seller";

export interface VariantFields {
  sku: string;
  label: string | null;
  price: number | null;
  stock: number | null;
  weightGrams: number | null;
}

/** Variant `k` as typed; parse errors go into `errors`. `isNew` variants need a sku, label and price. */
export function readVariant(values: FormValues, k: number, errors: FormErrors, isNew: boolean): VariantFields {
  const at = (f: string) => `variants.${k}.${f}`;
  const number = (f: string) => {
    const parsed = parseInteger(values[at(f)]);
    if ("error" in parsed) {
      errors[at(f)] = parsed.error;
      return null;
    }
    return parsed.value;
  };
  const sku = values[at("sku")] ?? "";
  const label = values[at("label")] || null;
  const price = number("price");
  const stock = number("stock");
  const weightGrams = number("weightGrams");
  if (isNew) {
    if (!sku) errors[at("sku")] ??= "SKU_REQUIRED";
    if (!label) errors[at("label")] ??= "LABEL_REQUIRED";
    if (price === null) errors[at("price")] ??= "PRICE_REQUIRED";
  }
  return { sku, label, price, stock, weightGrams };
}

/** Whether the "new variant" row was filled in at all (an empty one is ignored). */
export function variantTyped(values: FormValues, k: number): boolean {
  return ["sku", "label", "price", "stock", "weightGrams"].some((f) => (values[`variants.${k}.${f}`] ?? "") !== "");
}

/** The product's own fields (name, set, description, raw material area) as typed. */
export function readProductFields(values: FormValues, errors: FormErrors) {
  if (!values.name) errors.name = "NAME_REQUIRED";
  return {
    name: values.name ?? "",
    productSetCode: values.productSetCode || null,
    description: textToHtml(values.description ?? ""),
    rawMaterialArea: values.rawMaterialArea || null,
  };
}
