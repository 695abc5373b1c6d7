/** Open-data files the API serves (docs/open-data.md); the storefront proxies exactly these names. */
export const OPEN_DATA_FILE = /^(certified-products\.(csv|jsonl)|programme-stats\.(csv|json))$/;

/** Link to an open-data download on the storefront's own origin, for a province (rolled up, or the unit as issued) or the country. */
export function openDataHref(file: string, provinceCode: string | null, asIssued = false): string {
  return `/open-data/${file}${provinceCode ? `?province=${provinceCode}${asIssued ? "&asIssued=true" : ""}` : ""}`;
}
