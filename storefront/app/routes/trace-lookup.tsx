import { Link, redirect } from "react-router";
import { TraceLookupForm } from "../components/TraceLookupForm";
import { localeHref } from "../i18n/paths";
import { pageTitle } from "../lib/seo";
import { isTraceCodeInput, traceHref } from "../lib/trace";
import type { Route } from "./+types/trace-lookup";

/** `/truy-xuat?ma=<code>` (the lookup form) goes to the trace page; without a code, the form. */
export function loader({ request }: Route.LoaderArgs) {
  const code = new URL(request.url).searchParams.get("ma")?.trim() ?? "";
  if (code && isTraceCodeInput(code)) throw redirect(traceHref(code.toLowerCase()));
  return { code, invalid: code !== "" };
}

export function meta(): Route.MetaDescriptors {
  return [
    { title: pageTitle("Truy xuất nguồn gốc") },
    { name: "description", content: "Nhập mã in dưới mã QR trên bao bì để xem lô sản xuất, hạn sử dụng và chứng nhận OCOP của sản phẩm." },
  ];
}

export default function TraceLookup({ loaderData }: Route.ComponentProps) {
  return (
    <section className="trace-start">
      <h1>Truy xuất nguồn gốc</h1>
      <p>
        Quét mã QR trên bao bì sản phẩm OCOP, hoặc nhập mã truy xuất in bên dưới, để xem lô sản xuất, hạn
        sử dụng, nguồn nguyên liệu và chứng nhận OCOP của sản phẩm.
      </p>
      {loaderData.invalid ? (
        <p className="notice notice--warning" role="alert">
          “{loaderData.code}” không phải là mã truy xuất: mã gồm đúng 10 chữ cái hoặc chữ số.
        </p>
      ) : null}
      <TraceLookupForm defaultValue={loaderData.code} />
      <p>
        <Link to={localeHref("catalogue", "vi")}>Xem tất cả sản phẩm OCOP</Link>
      </p>
    </section>
  );
}
