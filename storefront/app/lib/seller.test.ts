import { describe, expect, it } from "vitest";
import { translatorFor } from "../i18n/translator.server";
import { errorsFromApi, htmlToText, parseInteger, sellerErrorMessage, sellerHref, textToHtml } from "./seller";

describe("producer workspace forms", () => {
  it("reads prices as producers type them", () => {
    expect(parseInteger("120000")).toEqual({ value: 120000 });
    expect(parseInteger("120.000")).toEqual({ value: 120000 });
    expect(parseInteger("120 000 ₫")).toEqual({ value: 120000 });
    expect(parseInteger("-5")).toEqual({ value: -5 });
    expect(parseInteger("")).toEqual({ value: null });
    expect(parseInteger("mười nghìn")).toEqual({ error: "NOT_A_NUMBER" });
    expect(parseInteger("1.5e3")).toEqual({ error: "NOT_A_NUMBER" });
  });

  it("puts API userErrors on the form's fields", () => {
    expect(
      errorsFromApi([
        { field: ["input", "variants", "0", "price"], code: "NEGATIVE_PRICE" },
        { field: ["input", "name"], code: "NAME_REQUIRED" },
        { field: ["input", "name"], code: "NAME_TOO_LONG" },
        { field: null, code: "NOT_FOUND" },
      ]),
    ).toEqual({ "variants.0.price": "NEGATIVE_PRICE", name: "NAME_REQUIRED", form: "NOT_FOUND" });
  });

  it("shows each code in the page's language, unknown codes as a generic message", () => {
    expect(sellerErrorMessage(translatorFor("vi"), "NEGATIVE_PRICE")).toBe("Giá không được âm.");
    expect(sellerErrorMessage(translatorFor("en"), "NEGATIVE_PRICE")).toBe("A price cannot be negative.");
    expect(sellerErrorMessage(translatorFor("vi"), "SOMETHING_NEW")).toBe("Đã có lỗi xảy ra. Vui lòng thử lại.");
  });

  it("turns typed paragraphs into rich text and back", () => {
    const text = "Chè búp Tân Cương.\nHái tay.\n\nSao <mộc> & ủ";
    const html = textToHtml(text);
    expect(html).toBe("<p>Chè búp Tân Cương.<br>Hái tay.</p><p>Sao &lt;mộc&gt; &amp; ủ</p>");
    expect(htmlToText(html)).toBe(text);
  });

  it("keeps the chosen producer in workspace links", () => {
    expect(sellerHref("producerProduct", "vi", "UHJvZHVjZXI6eA", { id: "UHJvZHVjdDp5" })).toBe("/kenh-nguoi-ban/san-pham/UHJvZHVjdDp5?chu-the=UHJvZHVjZXI6eA");
    expect(sellerHref("producerProducts", "en", null)).toBe("/en/seller/products");
  });
});
