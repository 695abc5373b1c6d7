import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from "react-router";
import { IntlProvider, useLocale, useTranslations } from "use-intl";
import type { Route } from "./+types/root";
import stylesHref from "./app.css?url";
import { LanguageSwitcher } from "./components/LanguageSwitcher";
import { SearchBox } from "./components/SearchBox";
import { localeFromPathname, localeHref, metaTranslator, TIME_ZONE, usePageMessages } from "./i18n";
import { apolloMiddleware, query, sendsApiCookies } from "./lib/apollo.server";
import { csrfMiddleware } from "./lib/csrf.server";
import { securityHeadersMiddleware } from "./lib/security-headers.server";
import { HeaderCartQuery, WorkspaceViewerQuery } from "./lib/operations.server";
import { workspaceAccess } from "./lib/workspace";
import { catalogueHref } from "./lib/catalogue-params";
import { wordsFromPath } from "./lib/search-params";
import { SITE_NAME } from "./lib/seo";

/**
 * Every request, in this order: security headers with a fresh CSP nonce (on every response, the 403
 * below included), the CSRF wall before any action or resource route runs, then one ApolloClient (and
 * cache) per request for every loader of that request.
 */
export const middleware: Route.MiddlewareFunction[] = [securityHeadersMiddleware, csrfMiddleware, apolloMiddleware];

/** Inline SVG icon: no extra request, no /favicon.ico 404. */
const FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#14532d"/><text x="16" y="23" font-size="20" text-anchor="middle" fill="#fde68a">★</text></svg>',
  );

/** Who is signed in (null for anonymous visitors) and how many items the cart holds, for the header on every page. */
export async function loader({ context }: Route.LoaderArgs) {
  // No session or cart cookie: anonymous with an empty cart, no need to ask.
  if (!sendsApiCookies(context)) return { viewer: null, cartQuantity: 0 };
  const [{ viewer }, { cart }] = await Promise.all([query(context, WorkspaceViewerQuery), query(context, HeaderCartQuery)]);
  return {
    viewer: viewer ? { email: viewer.email, access: workspaceAccess(viewer.roles) } : null,
    cartQuantity: cart?.totalQuantity ?? 0,
  };
}

function CartLink() {
  const t = useTranslations("common");
  const locale = useLocale();
  const count = useRouteLoaderData<typeof loader>("root")?.cartQuantity ?? 0;
  return (
    <NavLink to={localeHref("cart", locale)} className="cart-link">
      {t("headerCart")}{" "}
      <span className="cart-link__count" data-testid="cart-count" aria-hidden="true">
        {count}
      </span>
      <span className="visually-hidden"> {t("headerCartItems", { count })}</span>
    </NavLink>
  );
}

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: FAVICON, type: "image/svg+xml" },
  { rel: "stylesheet", href: stylesHref },
];

/** Head of pages without their own meta: the 404 and error pages, in the URL's language. */
export function meta({ error, location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  if (isRouteErrorResponse(error) && error.status === 404) {
    return [{ title: `${t("errors.notFoundTitle")} – ${SITE_NAME}` }, { name: "robots", content: "noindex" }];
  }
  if (isRouteErrorResponse(error) && error.status === 403) {
    return [{ title: `${t("errors.forbiddenTitle")} – ${SITE_NAME}` }, { name: "robots", content: "noindex" }];
  }
  if (error) return [{ title: `${t("errors.errorTitle")} – ${SITE_NAME}` }, { name: "robots", content: "noindex" }];
  return [{ title: SITE_NAME }, { name: "description", content: t("common.siteDescription") }];
}

function AccountNav() {
  const t = useTranslations();
  const locale = useLocale();
  // Absent on error pages rendered before the root loader ran.
  const viewer = useRouteLoaderData<typeof loader>("root")?.viewer ?? null;
  if (!viewer) {
    return (
      <ul className="nav nav--account">
        <li>
          <NavLink to={localeHref("logIn", locale)}>{t("common.navLogIn")}</NavLink>
        </li>
        <li>
          <NavLink to={localeHref("signUp", locale)}>{t("common.navSignUp")}</NavLink>
        </li>
      </ul>
    );
  }
  return (
    <div className="account-nav">
      <ul className="nav nav--workspaces">
        {viewer.access.producer ? (
          <li>
            <NavLink to={localeHref("producerWorkspace", locale)}>{t("common.navSeller")}</NavLink>
          </li>
        ) : null}
        {viewer.access.council ? (
          <li>
            <NavLink to={localeHref("councilWorkspace", locale)}>{t("common.navCouncil")}</NavLink>
          </li>
        ) : null}
        {viewer.access.operatorMember ? (
          <li>
            <NavLink to={localeHref("operatorWorkspace", locale)}>{t("common.navOperator")}</NavLink>
          </li>
        ) : null}
        {viewer.access.salesPointManager && !viewer.access.admin ? (
          <li>
            <NavLink to={localeHref("salesPointManager", locale)}>{t("common.navSalesPointManager")}</NavLink>
          </li>
        ) : null}
        {viewer.access.admin ? (
          <li>
            <NavLink to={localeHref("adminWorkspace", locale)}>{t("common.navAdmin")}</NavLink>
          </li>
        ) : null}
      </ul>
      <NavLink to={localeHref("account", locale)} className="account-nav__email" data-testid="viewer-email">
        {viewer.email}
      </NavLink>
      {/* One logout resource for every language; it comes back to this language's home page. */}
      <Form method="post" action="/dang-xuat">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button--link">
          {t("common.logOut")}
        </button>
      </Form>
    </div>
  );
}

/**
 * The document. The locale comes from the URL (/en/… is English), so the 404 and error pages
 * are in the right language too. Messages: the shell's namespaces (header, footer, error pages)
 * are bundled; the page's come in its locale with the loader data of routes/page-messages.ts, so
 * the browser hydrates with the same strings the server rendered without downloading the others.
 */
export function Layout({ children }: { children: React.ReactNode }) {
  const locale = localeFromPathname(useLocation().pathname);
  const messages = usePageMessages(locale);
  return (
    <IntlProvider locale={locale} messages={messages} timeZone={TIME_ZONE}>
      <html lang={locale}>
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="theme-color" content="#14532d" />
          <Meta />
          <Links />
        </head>
        <body>
          <SiteFrame>{children}</SiteFrame>
          <ScrollRestoration />
          <Scripts />
        </body>
      </html>
    </IntlProvider>
  );
}

function SiteFrame({ children }: { children: React.ReactNode }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const home = localeHref("home", locale);
  return (
    <>
      <a className="skip-link" href="#noi-dung">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to={home} className="brand" aria-label={t("brandLabel")}>
            <span className="brand__mark" aria-hidden="true">
              ★
            </span>
            OCOP Market
          </Link>
          <SearchBox />
          <div className="site-header__end">
            <nav aria-label={t("mainNav")}>
              <ul className="nav">
                <li>
                  <NavLink to={home} end>
                    {t("navHome")}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={catalogueHref({}, locale)}>{t("navProducts")}</NavLink>
                </li>
                <li>
                  <NavLink to={localeHref("tourism", locale)} end>
                    {t("navTourism")}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={localeHref("salesPoints", locale)}>{t("navSalesPoints")}</NavLink>
                </li>
                <li>
                  <NavLink to={localeHref("programme", locale)}>{t("navProgramme")}</NavLink>
                </li>
              </ul>
            </nav>
            <LanguageSwitcher />
            <CartLink />
            <AccountNav />
          </div>
        </div>
      </header>
      <main id="noi-dung" className="container site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            <strong>OCOP Market</strong> – {t("footerTagline")}
          </p>
          <p>{t("footerPrices")}</p>
        </div>
      </footer>
    </>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useTranslations("errors");
  const locale = useLocale();
  const location = useLocation();
  const home = localeHref("home", locale);
  if (isRouteErrorResponse(error) && error.status === 404) {
    // A dead product link usually still names the product: offer to search for it.
    const words = wordsFromPath(location.pathname);
    return (
      <section className="error-page">
        <h1>{t("notFoundTitle")}</h1>
        <p>{t("notFoundBody")}</p>
        {words ? (
          <Form method="get" action={localeHref("search", locale)} className="error-page__search" role="search">
            <label htmlFor="tim-lai">{t("notFoundSearch")}</label>
            <input id="tim-lai" name="q" defaultValue={words} maxLength={200} />
            <button type="submit" className="button">
              {t("notFoundSearchButton")}
            </button>
          </Form>
        ) : null}
        <p className="error-page__actions">
          <Link className="button" to={catalogueHref({}, locale)}>
            {t("notFoundCatalogue")}
          </Link>
          <Link to={home}>{t("backHome")}</Link>
        </p>
      </section>
    );
  }

  const status = isRouteErrorResponse(error) ? error.status : 500;
  // A workspace page opened without its role: say so, not "try again in a few minutes".
  const forbidden = status === 403;
  // Over one of the API's rate limits (apollo.server.ts, tooManyRequests): wait, not "try again later".
  const kind = forbidden ? "forbidden" : status === 429 ? "tooManyRequests" : "error";
  return (
    <section className="error-page">
      <h1>{t(`${kind}Title`)}</h1>
      <p>{t(`${kind}Body`)}</p>
      <p className="error-page__code">{t("errorCode", { status })}</p>
      <p className="error-page__actions">
        <Link className="button" to={home}>
          {t("backHome")}
        </Link>
      </p>
      {import.meta.env.DEV && error instanceof Error && error.stack ? (
        <pre className="error-page__stack">{error.stack}</pre>
      ) : null}
    </section>
  );
}
