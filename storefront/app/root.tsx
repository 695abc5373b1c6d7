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
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import stylesHref from "./app.css?url";
import { apolloMiddleware, query } from "./lib/apollo.server";
import { ViewerQuery } from "./lib/operations.server";
import { CATALOGUE_PATH } from "./lib/catalogue-params";
import { SITE_NAME } from "./lib/seo";

/** One ApolloClient (and cache) per request, for every loader of that request. */
export const middleware: Route.MiddlewareFunction[] = [apolloMiddleware];

/** Inline SVG icon: no extra request, no /favicon.ico 404. */
const FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#14532d"/><text x="16" y="23" font-size="20" text-anchor="middle" fill="#fde68a">★</text></svg>',
  );

/** Who is signed in (null for anonymous visitors), for the header on every page. */
export async function loader({ context }: Route.LoaderArgs) {
  const { viewer } = await query(context, ViewerQuery);
  return { viewer: viewer ? { email: viewer.email } : null };
}

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: FAVICON, type: "image/svg+xml" },
  { rel: "stylesheet", href: stylesHref },
];

export function meta({ error }: Route.MetaArgs): Route.MetaDescriptors {
  if (isRouteErrorResponse(error) && error.status === 404) {
    return [{ title: `Không tìm thấy trang – ${SITE_NAME}` }];
  }
  if (error) return [{ title: `Đã có lỗi xảy ra – ${SITE_NAME}` }];
  return [
    { title: SITE_NAME },
    {
      name: "description",
      content: "Sàn thương mại điện tử sản phẩm OCOP – Mỗi xã một sản phẩm.",
    },
  ];
}

function AccountNav() {
  // Absent on error pages rendered before the root loader ran.
  const viewer = useRouteLoaderData<typeof loader>("root")?.viewer ?? null;
  if (!viewer) {
    return (
      <ul className="nav nav--account">
        <li>
          <NavLink to="/dang-nhap">Đăng nhập</NavLink>
        </li>
        <li>
          <NavLink to="/dang-ky">Đăng ký</NavLink>
        </li>
      </ul>
    );
  }
  return (
    <div className="account-nav">
      <span className="account-nav__email" data-testid="viewer-email">
        {viewer.email}
      </span>
      <Form method="post" action="/dang-xuat">
        <button type="submit" className="button--link">
          Đăng xuất
        </button>
      </Form>
    </div>
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#14532d" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#noi-dung">
          Bỏ qua đến nội dung chính
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link to="/" className="brand" aria-label="OCOP Market – Trang chủ">
              <span className="brand__mark" aria-hidden="true">
                ★
              </span>
              OCOP Market
            </Link>
            <nav aria-label="Điều hướng chính">
              <ul className="nav">
                <li>
                  <NavLink to="/" end>
                    Trang chủ
                  </NavLink>
                </li>
                <li>
                  <NavLink to={CATALOGUE_PATH}>Sản phẩm</NavLink>
                </li>
              </ul>
            </nav>
            <AccountNav />
          </div>
        </header>
        <main id="noi-dung" className="container site-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>
              <strong>OCOP Market</strong> – kênh bán hàng hiện đại cho sản phẩm OCOP (Chương trình
              Mỗi xã một sản phẩm).
            </p>
            <p>Giá niêm yết bằng đồng Việt Nam (VND).</p>
          </div>
        </footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <section className="error-page">
        <h1>Không tìm thấy trang</h1>
        <p>Trang bạn tìm không tồn tại hoặc sản phẩm đã ngừng bán.</p>
        <p className="error-page__actions">
          <Link className="button" to={CATALOGUE_PATH}>
            Xem tất cả sản phẩm
          </Link>
          <Link to="/">Về trang chủ</Link>
        </p>
      </section>
    );
  }

  const status = isRouteErrorResponse(error) ? error.status : 500;
  return (
    <section className="error-page">
      <h1>Đã có lỗi xảy ra</h1>
      <p>
        Xin lỗi, chúng tôi chưa thể hiển thị trang này lúc này. Vui lòng thử lại sau ít phút.
      </p>
      <p className="error-page__code">Mã lỗi: {status}</p>
      <p className="error-page__actions">
        <Link className="button" to="/">
          Về trang chủ
        </Link>
      </p>
      {import.meta.env.DEV && error instanceof Error && error.stack ? (
        <pre className="error-page__stack">{error.stack}</pre>
      ) : null}
    </section>
  );
}
