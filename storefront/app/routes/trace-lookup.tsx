import { Link, redirect } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { TraceLookupForm } from "../components/TraceLookupForm";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { env } from "../lib/env.server";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../lib/seo";
import { isTraceCodeInput, traceHref } from "../lib/trace";
import type { Route } from "./+types/trace-lookup";

/** `/truy-xuat?ma=<code>` (the lookup form) goes to the trace page in the same language; without a code, the form. */
export function loader({ request, url }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const code = url.searchParams.get("ma")?.trim() ?? "";
  if (code && isTraceCodeInput(code)) throw redirect(traceHref(code.toLowerCase(), locale));
  return {
    code,
    invalid: code !== "",
    urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "traceLookup"),
  };
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [
    { title: pageTitle(t("trace.title")) },
    { name: "description", content: t("trace.lookupDescription") },
    ...(loaderData ? localeLinks(loaderData.urls) : []),
  ];
}

export default function TraceLookup({ loaderData }: Route.ComponentProps) {
  const t = useTranslations("trace");
  const locale = useLocale();
  return (
    <section className="trace-start">
      <h1>{t("title")}</h1>
      <p>{t("lookupIntro")}</p>
      {loaderData.invalid ? (
        <p className="notice notice--warning" role="alert">
          {t("invalidCode", { code: loaderData.code })}
        </p>
      ) : null}
      <TraceLookupForm defaultValue={loaderData.code} />
      <p>
        <Link to={localeHref("catalogue", locale)}>{t("allProducts")}</Link>
      </p>
    </section>
  );
}
