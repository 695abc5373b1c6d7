import { data, Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { StarBadge } from "../../components/StarBadge";
import { BookingForm } from "../../components/tourism/BookingForm";
import { localeFromPathname, localeHref, metaTranslator } from "../../i18n";
import { query } from "../../lib/apollo.server";
import { bookFromForm } from "../../lib/booking-form.server";
import { env } from "../../lib/env.server";
import { formText } from "../../lib/shop";
import { formatDate, formatVnd, truncate } from "../../lib/format";
import { ExperiencePageQuery } from "../../lib/operations.server";
import { safeRichText } from "../../lib/rich-text.server";
import { localeLinks, pageTitle, pageUrls, publicOrigin } from "../../lib/seo";
import { isIsoDate, vietnamDate } from "../../lib/tourism";
import type { Route } from "./+types/experience";

/** `?ngay=YYYY-MM-DD` picks the day whose slots are shown (today in Vietnam by default). */
export async function loader({ request, url, params, context }: Route.LoaderArgs) {
  const locale = localeFromPathname(url.pathname);
  const slug = params.slug;
  if (!slug || slug.length > 200) throw data(null, { status: 404 });
  const wanted = url.searchParams.get("ngay");
  const today = vietnamDate();
  const date = isIsoDate(wanted) && wanted >= today ? wanted : today;
  const result = await query(context, ExperiencePageQuery, { slug, from: date, to: date });
  const experience = result.experience;
  if (!experience) throw data(null, { status: 404 });
  const origin = publicOrigin(request.url, env.siteUrl);
  return {
    experience,
    date,
    today,
    descriptionHtml: safeRichText(experience.descriptionHtml),
    pointHtml: safeRichText(experience.point.descriptionHtml),
    urls: pageUrls(origin, locale, "experience", { slug }),
  };
}

/** `intent=book`: the booking form adds the chosen slot and party to the cart (then the cart page). */
export async function action({ request, context, url }: Route.ActionArgs) {
  const form = await request.formData();
  if (formText(form, "intent") !== "book") throw data(null, { status: 400 });
  return bookFromForm(context, form, localeFromPathname(url.pathname));
}

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  if (!loaderData) return [{ title: pageTitle(t("tourism.heading")) }];
  const { experience } = loaderData;
  return [
    { title: pageTitle(experience.name, experience.point.name) },
    { name: "description", content: truncate(experience.summary || experience.description) },
    ...(experience.status === "PUBLISHED" ? [] : [{ name: "robots", content: "noindex" }]),
    ...localeLinks(loaderData.urls),
  ];
}

export default function ExperiencePage({ loaderData, actionData }: Route.ComponentProps) {
  const { experience, date, today, descriptionHtml, pointHtml } = loaderData;
  const point = experience.point;
  const t = useTranslations("tourism");
  const locale = useLocale();
  const dataLang = locale === "vi" ? undefined : "vi";
  const language = (code: string) => (t.has(`languages.${code}` as never) ? t(`languages.${code}` as never) : code);
  const ages = (p: { minAge?: number | null; maxAge?: number | null }) =>
    p.minAge != null && p.maxAge != null ? t("ages", { min: p.minAge, max: p.maxAge }) : p.minAge != null ? t("agesFrom", { min: p.minAge }) : p.maxAge != null ? t("agesTo", { max: p.maxAge }) : null;
  return (
    <article className="experience">
      {experience.status !== "PUBLISHED" ? <p className="notice notice--warning">{t("draftNotice")}</p> : null}
      <p className="breadcrumb">
        <Link to={localeHref("tourism", locale)}>{t("heading")}</Link> › {point.province.name}
      </p>
      <h1 lang={dataLang}>{experience.name}</h1>
      <p className="experience__meta">
        <StarBadge stars={point.certificate?.stars} /> <span lang={dataLang}>{point.name}</span> · {point.province.name} ·{" "}
        {t("duration", { hours: Math.floor(experience.durationMinutes / 60), minutes: experience.durationMinutes % 60 })} · {t(`confirmation.${experience.confirmation}`)}
      </p>
      {point.images.nodes.length ? (
        <ul className="experience__photos">
          {point.images.nodes.map((img, i) => (
            <li key={img.id}>
              <img src={img.url} alt={img.alt} width={img.width} height={img.height} loading={i === 0 ? "eager" : "lazy"} decoding="async" />
            </li>
          ))}
        </ul>
      ) : null}
      {experience.summary ? (
        <p className="experience__summary" lang={dataLang}>
          {experience.summary}
        </p>
      ) : null}
      {descriptionHtml ? <div className="rich-text" lang={dataLang} dangerouslySetInnerHTML={{ __html: descriptionHtml }} /> : null}

      <section aria-labelledby="gia">
        <h2 id="gia">{t("pricesHeading")}</h2>
        <table className="workspace-table price-table">
          <tbody>
            {experience.prices.map((p) => (
              <tr key={p.unitType}>
                <th scope="row">
                  {p.label ?? t(`units.${p.unitType}`)}
                  {!p.label && ages(p) ? <span className="muted"> ({ages(p)})</span> : null}
                </th>
                <td>{formatVnd(p.price.amount, locale)}</td>
                <td className="muted">{t("seats", { seats: p.seats })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {experience.included.length ? (
        <section aria-labelledby="bao-gom">
          <h2 id="bao-gom">{t("includedHeading")}</h2>
          <ul lang={dataLang}>
            {experience.included.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="dieu-kien">
        <h2 id="dieu-kien">{t("rulesHeading")}</h2>
        <ul>
          <li>{t("cutoff", { hours: experience.bookingCutoffHours })}</li>
          <li>{t("freeCancellation", { hours: experience.freeCancellationHours })}</li>
          <li>{t("maxParty", { count: experience.maxPartySize })}</li>
          <li>{t("languagesLabel", { languages: experience.languages.map(language).join(", ") })}</li>
        </ul>
      </section>

      <section aria-labelledby="lich" className="experience__slots">
        <h2 id="lich">{t("slotsHeading")}</h2>
        <Form method="get" className="filters filters--inline">
          <div className="field">
            <label htmlFor="chon-ngay">{t("pickDate")}</label>
            <input id="chon-ngay" type="date" name="ngay" min={today} defaultValue={date} />
          </div>
          <button type="submit" className="button">
            {t("showDay")}
          </button>
        </Form>
        <BookingForm experienceId={experience.id} date={date} slots={experience.slots.nodes} prices={experience.prices} maxPartySize={experience.maxPartySize} answer={actionData?.book} />
      </section>

      <section aria-labelledby="diem">
        <h2 id="diem">{t("pointHeading")}</h2>
        <p>
          <strong lang={dataLang}>{point.name}</strong> — {t(`kinds.${point.kind}`)}
        </p>
        <p lang={dataLang}>{[point.addressLine, point.commune?.name, point.province.name].filter(Boolean).join(", ")}</p>
        <p>
          {point.certificate ? (
            <>
              <StarBadge stars={point.certificate.stars} />{" "}
              {t("certificate", { stars: point.certificate.stars, number: point.certificate.number, date: formatDate(point.certificate.validUntil, locale) })}
            </>
          ) : (
            t("noCertificate")
          )}
        </p>
        <p>{t("languagesLabel", { languages: point.languages.map(language).join(", ") })}</p>
        {point.amenities.length ? (
          <p>
            {t("amenities")}: <span lang={dataLang}>{point.amenities.join(", ")}</span>
          </p>
        ) : null}
        <p className="muted">{t("operatorBy", { name: point.operator.name })}</p>
        {pointHtml ? <div className="rich-text" lang={dataLang} dangerouslySetInnerHTML={{ __html: pointHtml }} /> : null}
      </section>

      {experience.products.nodes.length ? (
        <section aria-labelledby="san-pham-ocop">
          <h2 id="san-pham-ocop">{t("productsHeading")}</h2>
          <ul className="linked-products">
            {experience.products.nodes.map(({ relation, product }) => (
              <li key={product.id}>
                <Link to={localeHref("product", locale, { slug: product.slug })} lang={dataLang}>
                  {product.name}
                </Link>{" "}
                <StarBadge stars={product.ocop?.stars} /> · {t(`relations.${relation}`)} · {formatVnd(product.price.amount, locale)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
