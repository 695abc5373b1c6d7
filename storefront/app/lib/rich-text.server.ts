import sanitizeHtml from "sanitize-html";

/**
 * Producer-written HTML arrives sanitised by the API; the storefront sanitises it again before it
 * renders it (defence in depth: a compromised or older API must not be able to inject script).
 */
export function safeRichText(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "h3", "h4", "blockquote", "a"],
    allowedAttributes: { a: ["href", "title", "rel"] },
    allowedSchemes: ["http", "https", "mailto", "tel"],
    transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener ugc" }) },
  });
}
