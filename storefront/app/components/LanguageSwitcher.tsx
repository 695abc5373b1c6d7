import { Link, useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { LOCALE_NAMES, otherLocales, switchLocaleHref } from "../i18n";

/** Links to the same page in the other language(s), each named in its own language. */
export function LanguageSwitcher() {
  const t = useTranslations("common");
  const locale = useLocale();
  const { pathname, search } = useLocation();
  return (
    <nav aria-label={t("languageSwitcher")} className="lang-switch">
      <ul>
        {otherLocales(locale).map((l) => (
          <li key={l}>
            <Link to={switchLocaleHref(pathname, search, l)} hrefLang={l} lang={l}>
              {LOCALE_NAMES[l]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
