import { useTranslations } from "use-intl";
import { isSubOrderState } from "../../lib/fulfilment";

/** A sub-order's state as a coloured label ("Chờ thanh toán", "Đang giao"…). */
export function SubOrderStatusBadge({ state }: { state: string }) {
  const t = useTranslations("fulfilment");
  return (
    <span className={`status-badge status-badge--order-${state.toLowerCase().replace(/_/g, "-")}`}>
      {isSubOrderState(state) ? t(`states.${state}`) : state}
    </span>
  );
}
