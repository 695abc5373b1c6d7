import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { JsonLd } from "../components/JsonLd";
import { ProductGrid } from "../components/ProductCard";
import { localeFromPathname, metaTranslator } from "../i18n";
import { query } from "../lib/apollo.server";
import { catalogueHref } from "../lib/catalogue-params";
import { env } from "../lib/env.server";
import { siteJsonLd } from "../lib/jsonld";
import { groupLabel, GROUP_NUMERALS, PRODUCT_GROUPS } from "../lib/labels";
import { HomeQuery } from "../lib/operations.server";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/home";

export async function loader({ request, url, context }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const result = await query(context, HomeQuery);
  const origin = publicOrigin(request.url, env.siteUrl);
  return { featured: result.products.nodes, origin, urls: pageUrls(origin, locale, "home") };
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [
    { title: pageTitle(t("home.title")) },
    { name: "description", content: t("home.description") },
    { property: "og:title", content: t("home.title") },
    { property: "og:type", content: "website" },
    ...(loaderData ? localeLinks(loaderData.urls) : []),
  ];
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { featured, origin, urls } = loaderData;
  const t = useTranslations();
  const locale = useLocale();
  return (
    <>
      <JsonLd
        data={siteJsonLd({
          origin,
          homeUrl: urls.canonical,
          description: t("home.description"),
          inLanguage: locale,
        })}
      />
      <section className="hero">
        <h1>{t("home.heading")}</h1>
        <p className="hero__lead">{t("home.lead")}</p>
        <p>
          <Link className="button" to={catalogueHref({}, locale)}>
            {t("home.viewAll")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="nhom-san-pham">
        <h2 id="nhom-san-pham">{t("home.groupsHeading")}</h2>
        <ul className="groups">
          {PRODUCT_GROUPS.map((group) => (
            <li key={group}>
              <Link className="group-link" to={catalogueHref({ group }, locale)}>
                <span className="group-link__numeral" aria-hidden="true">
                  {GROUP_NUMERALS[group]}
                </span>
                <span>{groupLabel(t, group)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="san-pham-5-sao">
        <div className="section-head">
          <h2 id="san-pham-5-sao">{t("home.fiveStarHeading")}</h2>
          <Link to={catalogueHref({ minStars: 5 }, locale)}>{t("home.viewAllFiveStar")}</Link>
        </div>
        {featured.length > 0 ? (
          <ProductGrid products={featured} headingLevel={3} />
        ) : (
          <p className="empty">{t("home.noFiveStar")}</p>
        )}
      </section>
    </>
  );
}
