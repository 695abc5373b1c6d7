/** A run of text from the API's search highlights. */
export interface HighlightSegment {
  text: string;
  highlighted: boolean;
}

/**
 * Renders highlight segments as text, matched runs in <mark>. Every segment is a React text node,
 * never HTML, so product data can never inject markup.
 */
export function Highlighted({ segments }: { segments: readonly HighlightSegment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.highlighted ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
