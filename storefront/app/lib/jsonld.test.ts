import { describe, expect, it } from "vitest";
import { productJsonLd, serializeJsonLd, siteJsonLd } from "./jsonld";

const product = {
  name: "Nước mắm Phú Quốc 40 độ đạm",
  description: "Ủ chượp 12 tháng trong thùng gỗ.",
  url: "https://ocop.example.vn/san-pham/nuoc-mam-phu-quoc",
  category: "Thực phẩm",
  price: 125000,
  currency: "VND",
  inStock: true,
  producer: { name: "HTX Nước mắm Phú Quốc", province: "An Giang" },
  award: "OCOP 4 sao — số chứng nhận 123/QĐ-UBND, hiệu lực đến 01/07/2028",
};

describe("productJsonLd", () => {
  it("describes a Product with an Offer in integer đồng and the producer as Organization", () => {
    const ld = productJsonLd(product);
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: product.name,
      brand: { "@type": "Organization", name: "HTX Nước mắm Phú Quốc" },
      manufacturer: { "@type": "Organization", name: "HTX Nước mắm Phú Quốc" },
      offers: {
        "@type": "Offer",
        price: 125000,
        priceCurrency: "VND",
        availability: "https://schema.org/InStock",
        url: product.url,
      },
    });
  });

  it("states the OCOP rating as an award, never as a rating or review", () => {
    const ld = productJsonLd(product);
    expect(ld.award).toBe(product.award);
    expect(ld).not.toHaveProperty("aggregateRating");
    expect(ld).not.toHaveProperty("review");
    expect(JSON.parse(serializeJsonLd(productJsonLd({ ...product, award: null })))).not.toHaveProperty("award");
  });

  it("says out of stock when it is", () => {
    expect(productJsonLd({ ...product, inStock: false }).offers).toMatchObject({
      availability: "https://schema.org/OutOfStock",
    });
  });
});

describe("serializeJsonLd", () => {
  it("cannot be broken out of by a product name", () => {
    const evil = productJsonLd({ ...product, name: '</script><script>alert("x")</script><!--' });
    const text = serializeJsonLd(evil);
    expect(text).not.toMatch(/[<>]/);
    expect(text.toLowerCase()).not.toContain("</script");
    // …and it is still the same data.
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(evil)));
  });

  it("escapes ampersands and line separators", () => {
    const text = serializeJsonLd({ "@context": "https://schema.org", "@type": "Thing", name: "A & B\u2028C" });
    expect(text).toContain("A \\u0026 B\\u2028C");
    expect(JSON.parse(text).name).toBe("A & B\u2028C");
  });
});

describe("siteJsonLd", () => {
  it("names the site and its publisher", () => {
    const [org, site] = siteJsonLd({
      origin: "https://ocop.example.vn",
      homeUrl: "https://ocop.example.vn/en",
      description: "OCOP products",
      inLanguage: "en",
    });
    expect(org).toMatchObject({ "@type": "Organization", name: "OCOP Market", url: "https://ocop.example.vn" });
    expect(site).toMatchObject({
      "@type": "WebSite",
      url: "https://ocop.example.vn/en",
      inLanguage: "en",
      publisher: { "@id": "https://ocop.example.vn/#organization" },
    });
  });
});
