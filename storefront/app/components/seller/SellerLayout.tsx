import { Form, useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { PRODUCER_PARAM, sellerHref } from "../../lib/seller";
import { WorkspaceLayout } from "../WorkspaceLayout";

interface ProducerChoice {
  id: string;
  name: string;
}

/**
 * The frame of every producer-workspace page: the workspace menu (links keep the chosen producer)
 * and, for members of several producers, a picker of the producer to work on.
 */
export function SellerLayout({
  producerId,
  producers,
  children,
}: {
  producerId: string | null;
  producers: readonly ProducerChoice[];
  children: React.ReactNode;
}) {
  const t = useTranslations("seller");
  const tf = useTranslations("fulfilment");
  const ts = useTranslations("salesPoints");
  const locale = useLocale();
  const { pathname } = useLocation();
  const nav = producerId
    ? [
        { href: sellerHref("producerWorkspace", locale, producerId), label: t("navDashboard"), end: true },
        { href: sellerHref("producerOrders", locale, producerId), label: tf("navSellerOrders") },
        { href: sellerHref("producerProducts", locale, producerId), label: t("navProducts"), end: true },
        { href: sellerHref("producerProductNew", locale, producerId), label: t("navNewProduct") },
        { href: sellerHref("producerProfile", locale, producerId), label: t("navProfile") },
        { href: sellerHref("producerSalesPoints", locale, producerId), label: ts("sellerTitle") },
        { href: sellerHref("producerMembers", locale, producerId), label: t("navMembers") },
      ]
    : [{ href: sellerHref("producerWorkspace", locale, null), label: t("navDashboard"), end: true }];
  return (
    <WorkspaceLayout title={t("workspace")} nav={nav}>
      {producers.length > 1 ? (
        <Form method="get" action={pathname} className="seller-picker">
          <label htmlFor="producer-picker">{t("producerPicker")}</label>
          <select id="producer-picker" name={PRODUCER_PARAM} defaultValue={producerId ?? undefined}>
            {producers.map((p) => (
              <option key={p.id} value={p.id} lang="vi">
                {p.name}
              </option>
            ))}
          </select>
          <button type="submit">{t("pickProducer")}</button>
        </Form>
      ) : null}
      {children}
    </WorkspaceLayout>
  );
}
