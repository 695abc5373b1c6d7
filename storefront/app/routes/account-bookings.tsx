import { data, Link } from "react-router";
import { useTranslations } from "use-intl";
import { useLocale } from "use-intl";
import { BookingCard, bookingErrorKey } from "../components/BookingCard";
import { WorkspaceLayout } from "../components/WorkspaceLayout";
import { localeFromPathname, localeHref, metaTranslator } from "../i18n";
import { mutate, query } from "../lib/apollo.server";
import { env } from "../lib/env.server";
import { BookingCancelMutation, MyBookingsQuery } from "../lib/operations.server";
import { privateMeta } from "../lib/private-page";
import { pageUrls, publicOrigin } from "../lib/seo";
import { formText } from "../lib/shop";
import { requireViewer } from "../lib/workspace.server";
import { accountNav } from "../lib/workspace-nav";
import type { Route } from "./+types/account-bookings";

export function meta({ loaderData, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return privateMeta(t("booking.myTitle"), loaderData?.urls);
}

/** "My bookings": the signed-in shopper's bookings, newest first, 20 a page (`?sau=<cursor>`). */
export async function loader({ request, context, url }: Route.LoaderArgs) {
  await requireViewer(context, url);
  const locale = localeFromPathname(url.pathname);
  const after = url.searchParams.get("sau")?.slice(0, 400) || null;
  const { viewer } = await query(context, MyBookingsQuery, { after });
  return { bookings: viewer?.bookings ?? null, urls: pageUrls(publicOrigin(request.url, env.siteUrl), locale, "accountBookings") };
}

/** `intent=cancelBooking`: the shopper's free cancellation (the API checks the deadline and the ownership). */
export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url);
  const form = await request.formData();
  const bookingId = formText(form, "bookingId");
  const result = (await mutate(context, BookingCancelMutation, { input: { bookingId, accessToken: null } })).bookingCancel;
  const error = result.userErrors.length ? bookingErrorKey(result.userErrors[0]!.code) : null;
  return data({ bookingId, error }, { status: error ? 400 : 200 });
}

export default function AccountBookings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations("booking");
  const tSelf = useTranslations("selfService");
  const locale = useLocale();
  const { bookings } = loaderData;
  const here = localeHref("accountBookings", locale);
  return (
    <WorkspaceLayout title={tSelf("accountNav")} nav={accountNav(tSelf, locale)}>
      <h1>{t("myTitle")}</h1>
      {!bookings || bookings.totalCount === 0 ? (
        <p>{t("myEmpty")}</p>
      ) : (
        <>
          <p className="muted">{t("myCount", { count: bookings.totalCount })}</p>
          {bookings.nodes.map((b) => (
            <div key={b.id}>
              <BookingCard booking={b} answer={actionData} />
              <p className="muted">
                {t("order")}:{" "}
                <Link to={localeHref("order", locale, { number: b.orderNumber })} className="mono">
                  {b.orderNumber}
                </Link>
              </p>
            </div>
          ))}
          {bookings.pageInfo.hasNextPage && bookings.pageInfo.endCursor ? (
            <p>
              <Link to={`${here}?sau=${encodeURIComponent(bookings.pageInfo.endCursor)}`}>{t("nextPage")}</Link>
            </p>
          ) : null}
        </>
      )}
    </WorkspaceLayout>
  );
}
