import { describe, expect, it } from "vitest";
import { translatorFor } from "../i18n/translator.server";
import { actionsFor, checkFulfilmentForm, fulfilmentErrorMessage, fulfilmentErrors, statementText } from "./fulfilment";

describe("the order inbox's actions", () => {
  it("offer the moves the state machine allows: forward, cancel without money taken, refund with it", () => {
    expect(actionsFor({ state: "PENDING_PAYMENT", paid: false, paymentMethod: "BANK_TRANSFER" })).toEqual(["markReceived", "cancel"]);
    expect(actionsFor({ state: "PENDING_PAYMENT", paid: false, paymentMethod: "CARD" })).toEqual(["cancel"]);
    expect(actionsFor({ state: "PAID", paid: true, paymentMethod: "BANK_TRANSFER" })).toEqual(["process", "refund"]);
    expect(actionsFor({ state: "CONFIRMED", paid: false, paymentMethod: "COD" })).toEqual(["process", "cancel"]);
    expect(actionsFor({ state: "PROCESSING", paid: false, paymentMethod: "COD" })).toEqual(["ship", "cancel"]);
    expect(actionsFor({ state: "PROCESSING", paid: true, paymentMethod: "BANK_TRANSFER" })).toEqual(["ship", "refund"]);
    expect(actionsFor({ state: "SHIPPED", paid: false, paymentMethod: "COD" })).toEqual(["deliver"]);
    expect(actionsFor({ state: "DELIVERED", paid: true, paymentMethod: "COD" })).toEqual(["refund"]);
    expect(actionsFor({ state: "CANCELLED", paid: false, paymentMethod: "COD" })).toEqual([]);
    expect(actionsFor({ state: "REFUNDED", paid: true, paymentMethod: "CARD" })).toEqual([]);
  });

  it("check the ship, cancel and refund forms before asking the API", () => {
    expect(checkFulfilmentForm("ship", { carrier: "", trackingNumber: "" })).toEqual({ carrier: "CARRIER_REQUIRED", trackingNumber: "TRACKING_REQUIRED" });
    expect(checkFulfilmentForm("ship", { carrier: "GHN", trackingNumber: "x".repeat(81) })).toEqual({ trackingNumber: "TRACKING_REQUIRED" });
    expect(checkFulfilmentForm("ship", { carrier: "GHN", trackingNumber: "GHN1" })).toEqual({});
    expect(checkFulfilmentForm("cancel", {})).toEqual({ reason: "REASON_REQUIRED" });
    expect(checkFulfilmentForm("refund", { reason: "Vỡ hộp" })).toEqual({});
    expect(checkFulfilmentForm("process", {})).toEqual({});
  });

  it("turn API userErrors into messages in the page's language, next to their field", () => {
    expect(fulfilmentErrors([{ field: ["input", "subOrderId"], code: "INVALID_TRANSITION" }, { field: ["input", "carrier"], code: "CARRIER_REQUIRED" }])).toEqual({
      form: "INVALID_TRANSITION",
      carrier: "CARRIER_REQUIRED",
    });
    expect(fulfilmentErrors([{ field: ["input", "orderNumber"], code: "PAYMENT_NOT_PENDING" }])).toEqual({ form: "PAYMENT_NOT_PENDING" });
    expect(fulfilmentErrorMessage(translatorFor("vi"), "INVALID_TRANSITION")).toMatch(/trạng thái hiện tại/);
    expect(fulfilmentErrorMessage(translatorFor("en"), "TRACKING_REQUIRED")).toBe("Give the tracking number (at most 80 characters).");
    expect(fulfilmentErrorMessage(translatorFor("en"), "SOMETHING_NEW")).toBe("Something went wrong. Try again.");
  });

  it("read a statement file, refusing none or too large, dropping a byte order mark", async () => {
    expect(await statementText(null)).toEqual({ error: "NO_FILE" });
    expect(await statementText(new File([], "a.csv"))).toEqual({ error: "NO_FILE" });
    expect(await statementText(new File(["x".repeat(2_000_001)], "a.csv"))).toEqual({ error: "FILE_TOO_LARGE" });
    expect(await statementText(new File(["\uFEFFSố tiền,Nội dung\n1,a"], "a.csv"))).toEqual({ text: "Số tiền,Nội dung\n1,a" });
  });
});
