import { useTranslations } from "use-intl";

/** OCOP star rating, e.g. "5★", announced as "5 sao OCOP" / "5-star OCOP". Nothing without a rating. */
export function StarBadge({ stars }: { stars: number | null | undefined }) {
  const t = useTranslations("common");
  if (!stars) return null;
  return (
    <span className={`stars stars--${stars}`} role="img" aria-label={t("starBadge", { stars })}>
      {stars}★
    </span>
  );
}
