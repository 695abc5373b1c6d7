import { serializeJsonLd, type JsonLd as JsonLdData } from "../lib/jsonld";

/** Structured data for search engines, serialised so no value can break out of the script tag. */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
  );
}
