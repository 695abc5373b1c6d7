import { Form } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { localeHref } from "../i18n";

/** Type the 10-character code printed under a package's QR to open its trace page (works without JS). */
export function TraceLookupForm({ defaultValue = "" }: { defaultValue?: string }) {
  const t = useTranslations("trace");
  const locale = useLocale();
  return (
    <Form method="get" action={localeHref("traceLookup", locale)} className="trace-lookup">
      <label htmlFor="ma-truy-xuat">{t("formLabel")}</label>
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
          {t("formSubmit")}
        </button>
      </div>
    </Form>
  );
}
