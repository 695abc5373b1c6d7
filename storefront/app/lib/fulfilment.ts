/**
 * Pure helpers of the order inbox and the payments page: which actions a sub-order offers in its
 * state (the API's state machine, api/src/modules/orders/order-states.ts, decides again), reading
 * the action forms, and API userErrors → messages in the page's language.
 */
import { codeMessage, errorsByField, type UserError } from "./form-errors";
import type { Translator } from "../i18n";
import { fieldOf, type FormErrors, type FormValues } from "./seller";

export const SUB_ORDER_STATES = ["PENDING_PAYMENT", "PAID", "CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED"] as const;
export type SubOrderStateName = (typeof SUB_ORDER_STATES)[number];

export const isSubOrderState = (value: string | null): value is SubOrderStateName =>
  !!value && (SUB_ORDER_STATES as readonly string[]).includes(value);

/** URL state of the inbox: `?trang-thai=<SubOrderState>` and `?sau=<cursor>` (as on the products page). */
export const STATE_PARAM = "trang-thai";

export const FULFILMENT_INTENTS = ["process", "ship", "deliver", "cancel", "refund", "markReceived"] as const;
export type FulfilmentIntent = (typeof FULFILMENT_INTENTS)[number];
export const isFulfilmentIntent = (value: string | undefined): value is FulfilmentIntent =>
  !!value && (FULFILMENT_INTENTS as readonly string[]).includes(value);

/** What the inbox needs to know of a sub-order to offer its actions. */
export interface SubOrderFacts {
  state: string;
  paid: boolean;
  paymentMethod: string;
}

/**
 * The actions a producer can take on a sub-order now, in the order the page shows them: forward
 * moves first, then cancel (no money taken) or refund (money taken). Mirrors the API's rules:
 * cancelling is before shipping and only without money taken; refunding needs money taken.
 */
export function actionsFor(sub: SubOrderFacts): FulfilmentIntent[] {
  const actions: FulfilmentIntent[] = [];
  switch (sub.state) {
    case "PENDING_PAYMENT":
      if (sub.paymentMethod === "BANK_TRANSFER") actions.push("markReceived");
      break;
    case "PAID":
    case "CONFIRMED":
      actions.push("process");
      break;
    case "PROCESSING":
      actions.push("ship");
      break;
    case "SHIPPED":
      actions.push("deliver");
      break;
  }
  const beforeShipping = ["PENDING_PAYMENT", "CONFIRMED", "PAID", "PROCESSING"].includes(sub.state);
  if (beforeShipping && !sub.paid) actions.push("cancel");
  if (sub.paid && ["PAID", "PROCESSING", "SHIPPED", "DELIVERED"].includes(sub.state)) actions.push("refund");
  return actions;
}

/**
 * API userErrors as the action form's errors: `["input", "carrier"]` → `carrier`; errors about the
 * sub-order or order itself (`subOrderId`, `orderNumber`, none) → `form`.
 */
export function fulfilmentErrors(userErrors: readonly UserError[]): FormErrors {
  return errorsByField(userErrors, (path) => {
    const key = fieldOf(path);
    return key === "carrier" || key === "trackingNumber" || key === "reason" ? key : "form";
  });
}

/** The message of an error code in the page's language (never the API's English text). */
export function fulfilmentErrorMessage(t: Translator, code: string): string {
  return codeMessage(t, "fulfilment.errors", code);
}

/** Checks the form before it goes to the API (the API checks the same and more). */
export function checkFulfilmentForm(intent: FulfilmentIntent, values: FormValues): FormErrors {
  const errors: FormErrors = {};
  if (intent === "ship") {
    if (!values.carrier) errors.carrier = "CARRIER_REQUIRED";
    else if (values.carrier.length > 80) errors.carrier = "CARRIER_REQUIRED";
    if (!values.trackingNumber || values.trackingNumber.length > 80) errors.trackingNumber = "TRACKING_REQUIRED";
  }
  if ((intent === "cancel" || intent === "refund") && (!values.reason || values.reason.length > 500)) errors.reason = "REASON_REQUIRED";
  return errors;
}

export const STATEMENT_OUTCOMES = ["PAID", "DUPLICATE", "PARTIAL", "UNKNOWN", "LATE"] as const;
export type StatementOutcomeName = (typeof STATEMENT_OUTCOMES)[number];
export const isStatementOutcome = (value: string): value is StatementOutcomeName => (STATEMENT_OUTCOMES as readonly string[]).includes(value);

/** The API's limit on a statement (reconciliation.service.ts): checked here first. */
export const MAX_STATEMENT_BYTES = 2_000_000;

/**
 * A statement file from the upload form as text: null and an error code when there is no file or
 * it is too large. A UTF-8 byte order mark is dropped (the API drops it too).
 */
export async function statementText(file: FormDataEntryValue | null): Promise<{ text: string } | { error: "NO_FILE" | "FILE_TOO_LARGE" }> {
  if (!file || typeof file === "string" || file.size === 0) return { error: "NO_FILE" };
  if (file.size > MAX_STATEMENT_BYTES) return { error: "FILE_TOO_LARGE" };
  return { text: (await file.text()).replace(/^\uFEFF/, "") };
}
