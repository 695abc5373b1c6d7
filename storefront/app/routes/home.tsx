import { Link } from "react-router";
import { ProductGrid } from "../components/ProductCard";
import { query } from "../lib/apollo.server";
import { catalogueHref } from "../lib/catalogue-params";
import { GROUP_LABELS, GROUP_NUMERALS, PRODUCT_GROUPS } from "../lib/labels";
import { HomeQuery } from "../lib/operations.server";
import { pageTitle } from "../lib/seo";
import type { Route } from "./+types/home";

export async function loader({ context }: Route.LoaderArgs) {
  const result = await query(context, HomeQuery);
  return { featured: result.products.nodes };
}

export function meta(): Route.MetaDescriptors {
  return [
    { title: pageTitle("Sản phẩm OCOP – Mỗi xã một sản phẩm") },
    {
      name: "description",
      content:
        "Mua đặc sản OCOP được chứng nhận 3–5 sao từ khắp 34 tỉnh, thành: thực phẩm, đồ uống, dược liệu, thủ công mỹ nghệ, sinh vật cảnh và du lịch cộng đồng.",
    },
  ];
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { featured } = loaderData;
  return (
    <>
      <section className="hero">
        <h1>Sản phẩm OCOP – Mỗi xã một sản phẩm</h1>
        <p className="hero__lead">
          Đặc sản của các xã, phường trên khắp Việt Nam, được hội đồng đánh giá và công nhận từ 3
          đến 5 sao theo Chương trình OCOP. Mua trực tiếp từ hợp tác xã, doanh nghiệp và hộ kinh
          doanh địa phương.
        </p>
        <p>
          <Link className="button" to={catalogueHref()}>
            Xem tất cả sản phẩm
          </Link>
        </p>
      </section>

      <section aria-labelledby="nhom-san-pham">
        <h2 id="nhom-san-pham">Sáu nhóm sản phẩm OCOP</h2>
        <ul className="groups">
          {PRODUCT_GROUPS.map((group) => (
            <li key={group}>
              <Link className="group-link" to={catalogueHref({ group })}>
                <span className="group-link__numeral" aria-hidden="true">
                  {GROUP_NUMERALS[group]}
                </span>
                <span>{GROUP_LABELS[group]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="san-pham-5-sao">
        <div className="section-head">
          <h2 id="san-pham-5-sao">Sản phẩm OCOP 5 sao</h2>
          <Link to={catalogueHref({ minStars: 5 })}>Xem tất cả sản phẩm 5 sao</Link>
        </div>
        {featured.length > 0 ? (
          <ProductGrid products={featured} headingLevel={3} />
        ) : (
          <p className="empty">Chưa có sản phẩm 5 sao nào đang được bán.</p>
        )}
      </section>
    </>
  );
}
