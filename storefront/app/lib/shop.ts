/**
 * Rules of the shopper's forms (add to cart, cart, checkout), shared by their actions and pages.
 * Codes, not text, travel in action data: the page shows `shop.errors.<code>` in its own language.
 * Prices never come from a form: the cart and the order are priced by the API.
 */
import { errorsByField, type UserError } from "./form-errors";


/** Every message a shopping form can show: the API's cart and checkout codes and our own checks. */
export const SHOP_ERROR_CODES = [
  "INVALID_QUANTITY",
  "NOT_FOUND",
  "NOT_AVAILABLE",
  "TOO_MANY_LINES",
  "OUT_OF_STOCK",
  "CART_EMPTY",
  "INVALID_EMAIL",
  "INVALID_PHONE",
  "NAME_REQUIRED",
  "STREET_REQUIRED",
  "PROVINCE_NOT_FOUND",
  "COMMUNE_NOT_IN_PROVINCE",
  "DELIVERY_OPTION_UNAVAILABLE",
  "PAYMENT_METHOD_UNAVAILABLE",
  "INVALID_IDEMPOTENCY_KEY",
  "IDEMPOTENCY_KEY_REUSED",
  "EMAIL_REQUIRED",
  "ADDRESS_REQUIRED",
  // Tourism bookings in the cart (cartBookingAdd, and checkout again when placing).
  "SLOT_NOT_FOUND",
  "SLOT_IN_PAST",
  "SLOT_CLOSED",
  "BOOKING_CUTOFF_PASSED",
  "PARTY_SIZE_INVALID",
  "UNIT_TYPE_NOT_OFFERED",
  "CAPACITY_EXCEEDED",
  "TOO_MANY_BOOKINGS",
  "generic",
] as const;
export type ShopErrorCode = (typeof SHOP_ERROR_CODES)[number];

export function shopErrorCode(code: string): ShopErrorCode {
  return (SHOP_ERROR_CODES as readonly string[]).includes(code) ? (code as ShopErrorCode) : "generic";
}

/** A form's text field ("" when absent or a file). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * The quantity as typed, for the API (which answers INVALID_QUANTITY for 0, -1, 1.5 or 1e9 itself);
 * null when it is not a number at all.
 */
export function typedQuantity(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[-+]?\d+([.,]\d+)?(e\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/**
 * A Vietnamese phone number as people type it (spaces, dots, dashes; +84, 84 or 0), normalised to
 * 0xxxxxxxxx; null when it is not one. The API's rule (api/src/modules/orders/contact.ts), checked
 * here too so the answer comes without a round trip.
 */
export function vietnamesePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()]/g, "");
  const national = compact.replace(/^(\+84|84)(?=\d{9,10}$)/, "0");
  if (/^0[35789]\d{8}$/.test(national) || /^02\d{9}$/.test(national)) return national;
  return null;
}

export const CHECKOUT_FIELDS = ["name", "email", "phone", "province", "commune", "street", "delivery", "paymentMethod", "bookings", "form"] as const;
export type CheckoutField = (typeof CHECKOUT_FIELDS)[number];
export type CheckoutErrors = Partial<Record<CheckoutField, ShopErrorCode>>;

/** The form field an API userError of checkoutPlace belongs to (its `field` path, e.g. ["input", "shipping", "communeId"]). */
export function checkoutFieldOf(path: readonly string[] | null | undefined): CheckoutField {
  const [, first, second] = path ?? [];
  if (first === "email") return "email";
  if (first === "phone") return "phone";
  if (first === "contactName") return "name";
  if (first === "shipping") {
    if (second === "phone") return "phone";
    if (second === "recipientName") return "name";
    if (second === "streetLine") return "street";
    if (second === "provinceId") return "province";
    if (second === "communeId") return "commune";
  }
  if (first === "deliveryOptions") return "delivery";
  if (first === "bookings") return "bookings";
  if (first === "paymentMethod") return "paymentMethod";
  return "form";
}

/** API userErrors as one code per form field (the first one wins). */
export function checkoutErrorsFromApi(userErrors: readonly UserError[]): CheckoutErrors {
  return errorsByField(userErrors, checkoutFieldOf, shopErrorCode);
}

/** What the checkout form holds, re-filled after an error. */
export interface CheckoutValues {
  idempotencyKey: string;
  name: string;
  email: string;
  phone: string;
  provinceId: string;
  communeId: string;
  street: string;
  paymentMethod: string;
  /** Chosen delivery option per producer id. */
  delivery: Record<string, string>;
}

export function checkoutValuesFrom(form: FormData): CheckoutValues {
  const delivery: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("delivery:") && typeof value === "string") delivery[key.slice("delivery:".length)] = value;
  }
  return {
    idempotencyKey: formText(form, "idempotencyKey"),
    name: formText(form, "name").slice(0, 200),
    email: formText(form, "email").slice(0, 320),
    phone: formText(form, "phone").slice(0, 40),
    provinceId: formText(form, "provinceId"),
    communeId: formText(form, "communeId"),
    street: formText(form, "street").slice(0, 300),
    paymentMethod: formText(form, "paymentMethod"),
    delivery,
  };
}

/**
 * The checks done before calling the API (the same rules it applies). A cart of bookings only
 * ships nothing: no address is asked for.
 */
export function checkoutProblems(values: CheckoutValues, requiresShipping = true): CheckoutErrors {
  const errors: CheckoutErrors = {};
  if (!values.name.trim()) errors.name = "NAME_REQUIRED";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = "INVALID_EMAIL";
  if (!vietnamesePhone(values.phone)) errors.phone = "INVALID_PHONE";
  if (!requiresShipping) {
    if (!values.paymentMethod) errors.paymentMethod = "PAYMENT_METHOD_UNAVAILABLE";
    return errors;
  }
  if (!values.provinceId) errors.province = "PROVINCE_NOT_FOUND";
  else if (!values.communeId) errors.commune = "COMMUNE_NOT_IN_PROVINCE";
  if (!values.street.trim()) errors.street = "STREET_REQUIRED";
  if (!values.paymentMethod) errors.paymentMethod = "PAYMENT_METHOD_UNAVAILABLE";
  return errors;
}

export interface DeliveryRate {
  code: string;
  price: { amount: number };
}

/**
 * Delivery per producer and the totals shown at checkout, from the API's rates for the province
 * (STANDARD when a producer has no valid choice, as the API does). Display only: the order's
 * amounts are computed by the API.
 */
export function checkoutTotals(
  subtotal: number,
  producerIds: readonly string[],
  rates: readonly DeliveryRate[] | null,
  chosen: Record<string, string>,
): { shippingByProducer: Record<string, number | null>; shipping: number | null; total: number | null } {
  const shippingByProducer: Record<string, number | null> = {};
  let shipping: number | null = rates ? 0 : null;
  for (const id of producerIds) {
    const rate = rates?.find((r) => r.code === chosen[id]) ?? rates?.find((r) => r.code === "STANDARD") ?? null;
    shippingByProducer[id] = rate ? rate.price.amount : null;
    shipping = rate && shipping !== null ? shipping + rate.price.amount : null;
  }
  return { shippingByProducer, shipping, total: shipping === null ? null : subtotal + shipping };
}

/** Cart lines grouped by producer, in the order producers first appear; lines no longer public last. */
export function groupByProducer<L extends { product?: { producer: { id: string; name: string; slug: string } } | null }>(
  lines: readonly L[],
): { producer: { id: string; name: string; slug: string } | null; lines: L[] }[] {
  const groups = new Map<string, { producer: { id: string; name: string; slug: string } | null; lines: L[] }>();
  for (const line of lines) {
    const producer = line.product?.producer ?? null;
    const key = producer?.id ?? "";
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { producer, lines: [] }));
    group.lines.push(line);
  }
  return [...groups.values()].sort((a, b) => Number(a.producer === null) - Number(b.producer === null));
}
