import { data, isRouteErrorResponse, Link } from "react-router";
import { productHref } from "../components/ProductCard";
import { StarBadge } from "../components/StarBadge";
import { TraceLookupForm } from "../components/TraceLookupForm";
import { query } from "../lib/apollo.server";
import { localeHref } from "../i18n/paths";
import { env } from "../lib/env.server";
import { formatDate, truncate } from "../lib/format";
import { producerKindLabel } from "../lib/labels";
import { translatorFor } from "../i18n";
import { TracePageQuery } from "../lib/operations.server";
import { pageTitle, publicOrigin } from "../lib/seo";
import { formatQuantity, isTraceCodeInput, qrImageHref, TRACE_PATH, traceHref } from "../lib/trace";
import type { Route } from "./+types/trace";

const QR_SIZE = 200;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const code = params.code ?? "";
  // Not even shaped like a code: no need to ask the API.
  if (!isTraceCodeInput(code)) throw data({ code }, { status: 404 });
  const { trace } = await query(context, TracePageQuery, { code });
  if (!trace) throw data({ code }, { status: 404 });
  const origin = publicOrigin(request.url, env.siteUrl);
  return { batch: trace, canonicalUrl: `${origin}${traceHref(trace.traceCode)}` };
}

export function meta({ loaderData }: Route.MetaArgs): Route.MetaDescriptors {
  if (!loaderData) return [{ title: pageTitle("Không tìm thấy mã truy xuất") }];
  const { batch, canonicalUrl } = loaderData;
  return [
    { title: pageTitle(`Truy xuất lô ${batch.lotCode}`, batch.product.name) },
    {
      name: "description",
      content: truncate(
        `Lô ${batch.lotCode} của ${batch.product.name} (${batch.product.producer.name}): sản xuất ngày ${formatDate(batch.productionDate)}${
          batch.expiryDate ? `, hạn sử dụng đến ${formatDate(batch.expiryDate)}` : ""
        }.`,
      ),
    },
    { tagName: "link", rel: "canonical", href: canonicalUrl },
  ];
}

export default function TracePage({ loaderData }: Route.ComponentProps) {
  const { batch } = loaderData;
  const { product } = batch;
  const { ocop, producer } = product;
  const province = producer.province;
  const origin = batch.rawMaterialProvince;

  return (
    <article className="trace">
      <nav aria-label="Đường dẫn" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">Trang chủ</Link>
          </li>
          <li>
            <Link to={TRACE_PATH}>Truy xuất nguồn gốc</Link>
          </li>
        </ol>
      </nav>

      <header className="trace__header">
        <p className="product__group">Truy xuất nguồn gốc · Lô {batch.lotCode}</p>
        <h1>
          <Link to={productHref(product.slug)}>{product.name}</Link>
        </h1>
        <div className="product__meta">
          <StarBadge stars={ocop?.stars} />
          {ocop ? (
            <p className="trace__validity">
              Chứng nhận OCOP {ocop.stars} sao còn hiệu lực đến{" "}
              <time dateTime={ocop.validUntil}>{formatDate(ocop.validUntil)}</time>
            </p>
          ) : (
            <p className="muted">Chưa có chứng nhận OCOP còn hiệu lực</p>
          )}
        </div>
      </header>

      {batch.expired && batch.expiryDate ? (
        <p className="notice notice--danger" role="alert">
          <strong>Lô hàng này đã hết hạn sử dụng</strong> (hạn dùng đến{" "}
          <time dateTime={batch.expiryDate}>{formatDate(batch.expiryDate)}</time>). Không nên sử dụng sản
          phẩm thuộc lô này.
        </p>
      ) : null}

      <div className="trace__body">
        <div className="product__facts">
          <section aria-labelledby="lo-san-xuat">
            <h2 id="lo-san-xuat">Thông tin lô sản xuất</h2>
            <dl className="facts">
              <dt>Mã lô</dt>
              <dd className="trace__lot">{batch.lotCode}</dd>
              <dt>Ngày sản xuất</dt>
              <dd>
                <time dateTime={batch.productionDate}>{formatDate(batch.productionDate)}</time>
              </dd>
              <dt>Hạn sử dụng</dt>
              <dd>
                {batch.expiryDate ? (
                  <>
                    <time dateTime={batch.expiryDate}>{formatDate(batch.expiryDate)}</time>
                    {batch.expired ? <span className="tag tag--danger">Đã hết hạn</span> : <span className="tag">Còn hạn</span>}
                  </>
                ) : (
                  <span className="muted">Không có hạn sử dụng</span>
                )}
              </dd>
              <dt>Số lượng</dt>
              <dd>{formatQuantity(batch.quantity, batch.unit)}</dd>
              <dt>Nguồn nguyên liệu</dt>
              <dd>
                {batch.rawMaterialOrigin || <span className="muted">Chưa cung cấp</span>}
                {origin && origin.current.id !== origin.id ? (
                  <span className="muted"> (nay thuộc {origin.current.name})</span>
                ) : null}
              </dd>
              {batch.notes ? (
                <>
                  <dt>Ghi chú</dt>
                  <dd>{batch.notes}</dd>
                </>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="chu-the">
            <h2 id="chu-the">Chủ thể sản xuất</h2>
            <dl className="facts">
              <dt>Tên</dt>
              <dd>{producer.name}</dd>
              <dt>Loại hình</dt>
              <dd>{producerKindLabel(translatorFor("vi"), producer.kind)}</dd>
              <dt>Tỉnh/thành</dt>
              <dd>
                {province.current.name}
                {province.id !== province.current.id ? (
                  <span className="muted"> (đăng ký tại {province.name} trước sáp nhập)</span>
                ) : null}
              </dd>
            </dl>
          </section>

          <section aria-labelledby="chung-nhan">
            <h2 id="chung-nhan">Chứng nhận OCOP</h2>
            {ocop ? (
              <dl className="facts">
                <dt>Hạng</dt>
                <dd>{ocop.stars} sao</dd>
                <dt>Số chứng nhận</dt>
                <dd>{ocop.certificateNumber}</dd>
                <dt>Ngày quyết định</dt>
                <dd>
                  <time dateTime={ocop.decisionDate}>{formatDate(ocop.decisionDate)}</time>
                </dd>
                <dt>Hiệu lực đến</dt>
                <dd>
                  <time dateTime={ocop.validUntil}>{formatDate(ocop.validUntil)}</time>
                </dd>
                <dt>Cơ quan công nhận</dt>
                <dd>{ocop.issuedBy}</dd>
              </dl>
            ) : (
              <p className="muted">Sản phẩm chưa có chứng nhận OCOP còn hiệu lực hôm nay.</p>
            )}
          </section>
        </div>

        <figure className="trace__qr">
          <img
            src={qrImageHref(batch.traceCode, "svg")}
            width={QR_SIZE}
            height={QR_SIZE}
            alt={`Mã QR dẫn tới trang truy xuất lô ${batch.lotCode} của ${product.name}`}
          />
          <figcaption>
            Mã truy xuất <strong className="trace__code">{batch.traceCode}</strong>
            <br />
            <a href={qrImageHref(batch.traceCode, "png")} download={`ma-qr-${batch.traceCode}.png`}>
              Tải mã QR (PNG)
            </a>
          </figcaption>
        </figure>
      </div>
    </article>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <section className="error-page">
        <h1>Không tìm thấy mã truy xuất</h1>
        <p>
          Không có lô sản xuất nào mang mã này. Hãy kiểm tra lại 10 ký tự in dưới mã QR trên bao bì (không
          phân biệt chữ hoa, chữ thường), hoặc quét lại mã QR.
        </p>
        <TraceLookupForm />
        <p className="error-page__actions">
          <Link className="button" to={localeHref("catalogue", "vi")}>
            Xem tất cả sản phẩm
          </Link>
          <Link to="/">Về trang chủ</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="error-page">
      <h1>Đã có lỗi xảy ra</h1>
      <p>Xin lỗi, chúng tôi chưa thể hiển thị thông tin truy xuất lúc này. Vui lòng thử lại sau ít phút.</p>
      <p className="error-page__code">Mã lỗi: {isRouteErrorResponse(error) ? error.status : 500}</p>
    </section>
  );
}
