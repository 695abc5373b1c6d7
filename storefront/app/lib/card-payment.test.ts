import { describe, expect, it } from "vitest";
import { cardErrorKey } from "./card-payment";
import { MESSAGES } from "../i18n/messages.server";

describe("cardErrorKey", () => {
  it("explains a decline by its reason when we know it, else by its code", () => {
    expect(cardErrorKey({ type: "card_error", code: "card_declined", decline_code: "insufficient_funds" })).toBe("insufficient_funds");
    expect(cardErrorKey({ type: "card_error", code: "card_declined", decline_code: "generic_decline" })).toBe("card_declined");
    expect(cardErrorKey({ type: "validation_error", code: "incomplete_cvc" })).toBe("incomplete_cvc");
    expect(cardErrorKey({ type: "api_connection_error" })).toBe("api_connection_error");
    expect(cardErrorKey({ type: "invalid_request_error", code: "something_new" })).toBe("generic");
  });

  it("has a Vietnamese and an English message for every key it returns", () => {
    for (const locale of ["vi", "en"] as const) {
      for (const key of ["insufficient_funds", "card_declined", "incomplete_cvc", "api_connection_error", "generic"] as const) {
        expect(MESSAGES[locale].cardPayment.errors[key]).toBeTruthy();
      }
    }
  });
});
