/** OCOP star rating, e.g. "5★", announced as "5 sao OCOP". Renders nothing without a rating. */
export function StarBadge({ stars }: { stars: number | null | undefined }) {
  if (!stars) return null;
  return (
    <span className={`stars stars--${stars}`} role="img" aria-label={`${stars} sao OCOP`}>
      {stars}★
    </span>
  );
}
