import { Form } from "react-router";
import { TRACE_PATH } from "../lib/trace";

/** Type the 10-character code printed under a package's QR to open its trace page (works without JS). */
export function TraceLookupForm({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <Form method="get" action={TRACE_PATH} className="trace-lookup">
      <label htmlFor="ma-truy-xuat">Mã truy xuất (10 ký tự in dưới mã QR)</label>
      <div className="trace-lookup__row">
        <input
          id="ma-truy-xuat"
          name="ma"
          defaultValue={defaultValue}
          required
          minLength={10}
          maxLength={10}
          pattern="[0-9A-Za-z]{10}"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          inputMode="text"
        />
        <button type="submit" className="button">
          Tra cứu
        </button>
      </div>
    </Form>
  );
}
