/**
 * schema.org structured data (JSON-LD) for search engines: the product page describes a Product
 * with its Offer and its producer as an Organization; the home page the site and its publisher.
 * The OCOP rating is an `award` (a recognition by a rating council), never `aggregateRating` or
 * `review`: nobody reviewed anything, and search engines penalise self-made ratings.
 */
import { SITE_NAME } from "./seo";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type JsonLd = { "@context": "https://schema.org"; "@type": string } & { [key: string]: Json | undefined };

/**
 * JSON for inside `<script type="application/ld+json">`. JSON.stringify alone is not safe there:
 * a product named `</script><script>alert(1)</script>` would close the tag. Escaping `<`, `>` and
 * `&` as \u003c, \u003e, \u0026 keeps the text inert HTML and the same JSON; U+2028/U+2029 are
 * escaped too for old JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export interface ProductJsonLdInput {
  name: string;
  description: string;
  url: string;
  category: string;
  /** Integer đồng. */
  price: number;
  currency: string;
  inStock: boolean;
  producer: { name: string; province: string };
  /** The award line for a valid OCOP certificate, e.g. "OCOP 4 sao — số chứng nhận …", or null. */
  award: string | null;
}

export function productJsonLd(p: ProductJsonLdInput): JsonLd {
  const producer = {
    "@type": "Organization",
    name: p.producer.name,
    address: { "@type": "PostalAddress", addressRegion: p.producer.province, addressCountry: "VN" },
  };
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: p.name,
    description: p.description,
    url: p.url,
    category: p.category,
    brand: { "@type": "Organization", name: p.producer.name },
    manufacturer: producer,
    award: p.award ?? undefined,
    offers: {
      "@type": "Offer",
      url: p.url,
      // VND has no minor unit: the integer đồng amount is the price.
      price: p.price,
      priceCurrency: p.currency,
      availability: p.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      seller: producer,
    },
  };
}

export function siteJsonLd(input: {
  origin: string;
  homeUrl: string;
  description: string;
  inLanguage: string;
}): JsonLd[] {
  const organization = {
    "@type": "Organization",
    "@id": `${input.origin}/#organization`,
    name: SITE_NAME,
    url: input.origin,
  };
  return [
    { "@context": "https://schema.org", ...organization },
    {
      "@context": "https://schema.org",
      "@type": "WebSite",
      "@id": `${input.origin}/#website`,
      name: SITE_NAME,
      url: input.homeUrl,
      description: input.description,
      inLanguage: input.inLanguage,
      publisher: { "@id": organization["@id"] },
    },
  ];
}
