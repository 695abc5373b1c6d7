import { data, Link } from "react-router";
import { productHref } from "../components/ProductCard";
import { StarBadge } from "../components/StarBadge";
import { query } from "../lib/apollo.server";
import { certificateHref, certificateStateLabel, formatScore } from "../lib/certificates";
import { env } from "../lib/env.server";
import { formatDate } from "../lib/format";
import { CertificatePageQuery } from "../lib/operations.server";
import { pageTitle, publicOrigin } from "../lib/seo";
import type { Route } from "./+types/certificate";

const MAX_NUMBER_LENGTH = 255;

export async function loader({ request, url, params, context }: Route.LoaderArgs) {
  const number = params.number;
  if (!number || number.length > MAX_NUMBER_LENGTH) throw data(null, { status: 404 });
  const slug = url.searchParams.get("san-pham");
  const productSlug = slug && slug.length <= MAX_NUMBER_LENGTH ? slug : null;
  // A bare number shared by several products' certificates is a 404 here: the page links say which.
  const result = await query(context, CertificatePageQuery, { number, productSlug }).catch(() => ({ certificate: null }));
  const certificate = result.certificate;
  if (!certificate) throw data(null, { status: 404 });
  const origin = publicOrigin(request.url, env.siteUrl);
  return { certificate, canonicalUrl: `${origin}${certificateHref(certificate.number, certificate.product?.slug)}` };
}

export function meta({ loaderData }: Route.MetaArgs): Route.MetaDescriptors {
  if (!loaderData) return [];
  const { certificate, canonicalUrl } = loaderData;
  const what = certificate.product ? ` cho ${certificate.product.name}` : "";
  return [
    { title: pageTitle(`Chứng nhận OCOP số ${certificate.number}`) },
    {
      name: "description",
      content: `Chứng nhận OCOP ${certificate.stars} sao${what}, ${certificate.issuedBy} quyết định ngày ${formatDate(certificate.decisionDate)}: ${certificateStateLabel(certificate.state, certificate.validToday).toLowerCase()}.`,
    },
    { tagName: "link", rel: "canonical", href: canonicalUrl },
  ];
}

export default function CertificatePage({ loaderData }: Route.ComponentProps) {
  const { certificate } = loaderData;
  const { product, evaluation } = certificate;
  const stateLabel = certificateStateLabel(certificate.state, certificate.validToday);

  return (
    <article className="certificate">
      <nav aria-label="Đường dẫn" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">Trang chủ</Link>
          </li>
          {product ? (
            <li>
              <Link to={productHref(product.slug)}>{product.name}</Link>
            </li>
          ) : null}
        </ol>
      </nav>

      <header className="certificate__header">
        <p className="product__group">Giấy chứng nhận sản phẩm OCOP</p>
        <h1>Chứng nhận số {certificate.number}</h1>
        <div className="product__meta">
          <StarBadge stars={certificate.stars} />
          <p className={`validity validity--${certificate.validToday ? "valid" : "invalid"}`}>
            {certificate.validToday ? `Còn hiệu lực hôm nay, đến ${formatDate(certificate.validUntil)}` : stateLabel}
          </p>
        </div>
      </header>

      {!certificate.validToday ? (
        <p className="notice" role="note">
          {certificate.state === "REVOKED"
            ? `Chứng nhận đã bị thu hồi${certificate.revokedOn ? ` ngày ${formatDate(certificate.revokedOn)}` : ""}${certificate.revokedReason ? `. Lý do: ${certificate.revokedReason}` : ""}.`
            : certificate.state === "SUPERSEDED"
              ? "Chứng nhận này đã được thay thế bằng kết quả đánh giá lại."
              : certificate.state === "EXPIRED"
                ? `Chứng nhận đã hết hiệu lực từ sau ngày ${formatDate(certificate.validUntil)} (36 tháng kể từ ngày quyết định); sản phẩm cần được đánh giá lại.`
                : `Chứng nhận có hiệu lực từ ngày ${formatDate(certificate.decisionDate)}.`}{" "}
          Sản phẩm không hiển thị sao OCOP theo chứng nhận này.
          {certificate.supersededBy ? (
            <>
              {" "}
              Xem <Link to={certificateHref(certificate.supersededBy.number, certificate.product?.slug)}>chứng nhận số {certificate.supersededBy.number}</Link>.
            </>
          ) : null}
        </p>
      ) : null}

      <div className="product__body">
        <section className="certificate__facts" aria-labelledby="thong-tin">
          <h2 id="thong-tin">Thông tin chứng nhận</h2>
          <dl className="facts">
            <dt>Sản phẩm</dt>
            <dd>{product ? <Link to={productHref(product.slug)}>{product.name}</Link> : "Sản phẩm không còn được bán"}</dd>
            {product ? (
              <>
                <dt>Chủ thể OCOP</dt>
                <dd>{product.producer.name}</dd>
              </>
            ) : null}
            <dt>Hạng</dt>
            <dd>{certificate.stars} sao</dd>
            <dt>Cơ quan công nhận</dt>
            <dd>{certificate.issuedBy}</dd>
            <dt>Ngày quyết định</dt>
            <dd>
              <time dateTime={certificate.decisionDate}>{formatDate(certificate.decisionDate)}</time>
            </dd>
            <dt>Hiệu lực đến</dt>
            <dd>
              <time dateTime={certificate.validUntil}>{formatDate(certificate.validUntil)}</time>
            </dd>
            <dt>Trạng thái</dt>
            <dd>{stateLabel}</dd>
          </dl>
        </section>

        {evaluation ? (
          <section className="certificate__evaluation" aria-labelledby="ket-qua">
            <h2 id="ket-qua">Kết quả đánh giá</h2>
            <p>
              {evaluation.councilLevel.name} chấm ngày{" "}
              <time dateTime={evaluation.evaluatedOn}>{formatDate(evaluation.evaluatedOn)}</time> theo bộ tiêu chí{" "}
              {evaluation.criteriaVersion}.
            </p>
            <table className="scores">
              <caption>Điểm từng phần so với điểm tối đa</caption>
              <thead>
                <tr>
                  <th scope="col">Phần</th>
                  <th scope="col">Nội dung</th>
                  <th scope="col" className="num">Điểm</th>
                  <th scope="col" className="num">Tối đa</th>
                </tr>
              </thead>
              <tbody>
                {evaluation.parts.map((part) => (
                  <tr key={part.code}>
                    <th scope="row">{part.code}</th>
                    <td>{part.name}</td>
                    <td className="num">{formatScore(part.score)}</td>
                    <td className="num">{formatScore(part.max)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    Tổng điểm ({evaluation.stars} sao)
                  </th>
                  <td className="num">{formatScore(evaluation.total)}</td>
                  <td className="num">{formatScore(evaluation.parts.reduce((sum, p) => sum + p.max, 0))}</td>
                </tr>
              </tfoot>
            </table>
          </section>
        ) : (
          <section className="certificate__evaluation" aria-labelledby="ket-qua">
            <h2 id="ket-qua">Kết quả đánh giá</h2>
            <p className="muted">Chứng nhận được nhập theo quyết định đã ban hành; không có bảng điểm chi tiết.</p>
          </section>
        )}
      </div>
    </article>
  );
}
