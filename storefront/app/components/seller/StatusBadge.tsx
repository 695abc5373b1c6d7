import { useTranslations } from "use-intl";

const STATUSES = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;

/** A product's status as a coloured label: draft, on sale, archived. */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("seller");
  const known = (STATUSES as readonly string[]).includes(status);
  return <span className={`status-badge status-badge--${status.toLowerCase()}`}>{known ? t(`status.${status as (typeof STATUSES)[number]}`) : status}</span>;
}
