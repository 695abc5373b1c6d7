/** What kind of place a sales point is (điểm giới thiệu và bán sản phẩm OCOP). */
export const SALES_POINT_KINDS = [
  'OCOP_SHOWROOM',
  /** A shelf in a supermarket or convenience chain (`chainName` names the chain). */
  'RETAIL_CHAIN_SHELF',
  'CRAFT_VILLAGE_SHOP',
  'TOURIST_SITE_KIOSK',
  /** An e-commerce platform listing: `url` is required, coordinates are absent. */
  'ONLINE_CHANNEL',
] as const;
export type SalesPointKind = (typeof SALES_POINT_KINDS)[number];

/** A producer's request to list a product at a point: the point's manager or an admin decides. */
export const LISTING_STATES = ['REQUESTED', 'CONFIRMED', 'REJECTED'] as const;
export type ListingState = (typeof LISTING_STATES)[number];

/** Optional, coarse stock level the point reports for a listed product. */
export const STOCK_LEVELS = ['IN_STOCK', 'LOW', 'OUT_OF_STOCK'] as const;
export type StockLevel = (typeof STOCK_LEVELS)[number];
