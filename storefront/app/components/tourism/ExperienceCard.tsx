import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import type { ExperienceCardFieldsFragment } from "../../gql/graphql";
import { localeHref } from "../../i18n";
import { formatVnd } from "../../lib/format";
import { fromPrice } from "../../lib/tourism";
import { StarBadge } from "../StarBadge";

/** An experience in the list: photo of its point, stars of the point, name, where, how long, from what price. */
export function ExperienceCard({ experience, date }: { experience: ExperienceCardFieldsFragment; date: string | null }) {
  const t = useTranslations("tourism");
  const locale = useLocale();
  const photo = experience.point.images.nodes[0];
  const price = fromPrice(experience.prices);
  const href = localeHref("experience", locale, { slug: experience.slug }) + (date ? `?ngay=${date}` : "");
  const dataLang = locale === "vi" ? undefined : "vi";
  return (
    <article className="card experience-card">
      <img
        className="card__image"
        src={photo?.url ?? "/images/nhom/TOURISM.svg"}
        alt=""
        width={photo?.width ?? 400}
        height={photo?.height ?? 300}
        loading="lazy"
        decoding="async"
      />
      <div className="card__top">
        <span className="card__group">{experience.point.province.name}</span>
        <StarBadge stars={experience.point.certificate?.stars} />
      </div>
      <h2 className="card__title" lang={dataLang}>
        <Link to={href}>{experience.name}</Link>
      </h2>
      <p className="card__producer" lang={dataLang}>
        {experience.point.name}
      </p>
      <p className="card__province">
        {t("duration", { hours: Math.floor(experience.durationMinutes / 60), minutes: experience.durationMinutes % 60 })} ·{" "}
        {t(`confirmation.${experience.confirmation}`)}
      </p>
      <p className="card__province">
        {t("languagesLabel", { languages: experience.languages.map((l) => (t.has(`languages.${l}` as never) ? t(`languages.${l}` as never) : l)).join(", ") })}
      </p>
      {price !== null ? <p className="card__price">{t("fromPrice", { price: formatVnd(price, locale) })}</p> : null}
    </article>
  );
}
