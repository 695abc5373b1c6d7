import { renderToString } from "react-dom/server";
import { IntlProvider } from "use-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../i18n/messages.server";
import { CardPaymentForm } from "./CardPaymentForm";

function render(locale: "vi" | "en") {
  return renderToString(
    <IntlProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Ho_Chi_Minh">
      <CardPaymentForm publishableKey="pk_test_x" scriptUrl="http://127.0.0.1:12111/v3/" clientSecret="pi_x_secret_y" amount={185000} returnUrl="http://localhost/x" />
    </IntlProvider>,
  );
}

describe("CardPaymentForm", () => {
  it("renders on the server without Stripe.js: heading, loading note, a disabled pay button with the amount in đồng", () => {
    const vi = render("vi");
    // One heading, one level below the order page's "Payment" (h2); it names the form.
    expect(vi).toMatch(/<form[^>]*aria-labelledby="([^"]+)"[^>]*>[\s\S]*<h3 id="\1">Thanh toán bằng thẻ<\/h3>/);
    expect(vi).not.toContain("<h2");
    expect(vi).toContain("Đang tải biểu mẫu thanh toán thẻ");
    expect(vi).toMatch(/<button[^>]*disabled[^>]*>Thanh toán 185\.000\s?₫<\/button>/);
    expect(vi).toContain("cần bật JavaScript");
    // The client secret is used by the browser only; it is not written into the HTML.
    expect(vi).not.toContain("pi_x_secret_y");
    expect(render("en")).toMatch(/Pay ₫185,000/);
  });
});
