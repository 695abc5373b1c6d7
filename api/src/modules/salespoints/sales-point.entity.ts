import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { Product } from '../catalog/product.entity.js';
import { Commune } from '../places/commune.entity.js';
import { Province } from '../places/province.entity.js';
import type { OpeningHours } from './opening-hours.js';
import { LISTING_STATES, SALES_POINT_KINDS, STOCK_LEVELS } from './sales-point-kind.js';

/**
 * A place (or online channel) where OCOP products are introduced and sold. Self-registered by any
 * signed-in user (who becomes its SALES_POINT_MANAGER), pending until an admin approves it
 * (`approvedAt`); only approved points are public. Distance queries use earthdistance's
 * `ll_to_earth(latitude, longitude)` through the GiST index below.
 */
const SalesPointSchema = defineEntity({
  name: 'SalesPoint',
  tableName: 'sales_point',
  properties: {
    id: p.string().primary(),
    slug: p.string().unique(),
    name: p.string(),
    kind: p.enum(SALES_POINT_KINDS).nativeEnumName('sales_point_kind').index(),
    /** The supermarket/convenience chain or e-commerce platform (Co.opmart, WinMart, Shopee…). */
    chainName: p.string().nullable(),
    /** A current province (points are registered after the 2025 merger). */
    province: () => p.manyToOne(Province).index().deleteRule('restrict'),
    commune: () => p.manyToOne(Commune).nullable().index().deleteRule('restrict'),
    addressLine: p.string().nullable(),
    /** WGS84 degrees; null only for online channels. */
    latitude: p.double().nullable(),
    longitude: p.double().nullable(),
    /** https only; required for online channels. */
    url: p.string().length(1000).nullable(),
    /** Weekly intervals in local time (validated by openingHoursSchema); empty = hours not given. */
    openingHours: p.json<OpeningHours>().columnType('jsonb').default('[]'),
    /** IANA time zone the opening hours are in. */
    timeZone: p.string().length(64).default('Asia/Ho_Chi_Minh'),
    phone: p.string().nullable(),
    email: p.string().nullable(),
    /** When an admin approved it; null while pending. */
    approvedAt: p.datetime().nullable(),
    approvedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  checks: [
    { name: 'sales_point_latitude_check', expression: `latitude >= '-90'::double precision and latitude <= '90'::double precision` },
    { name: 'sales_point_longitude_check', expression: `longitude >= '-180'::double precision and longitude <= '180'::double precision` },
    {
      name: 'sales_point_location_check',
      expression: `(latitude is null) = (longitude is null) and (kind = 'ONLINE_CHANNEL' or latitude is not null)`,
    },
    { name: 'sales_point_url_check', expression: `url is null or url ~ '^https://'` },
    { name: 'sales_point_online_url_check', expression: `kind <> 'ONLINE_CHANNEL' or url is not null` },
  ],
  indexes: [
    { name: 'sales_point_pending_idx', properties: ['approvedAt', 'createdAt'] },
    {
      name: 'sales_point_earth_idx',
      expression: `create index "sales_point_earth_idx" on "sales_point" using gist (ll_to_earth("latitude", "longitude")) where latitude is not null`,
    },
  ],
});

export class SalesPoint extends SalesPointSchema.class {}
SalesPointSchema.setClass(SalesPoint);

/**
 * A product at a sales point: requested by a member of the product's producer, confirmed or rejected
 * by the point's manager or an admin. Only CONFIRMED rows are public. `stockLevel` is optional.
 */
const SalesPointProductSchema = defineEntity({
  name: 'SalesPointProduct',
  tableName: 'sales_point_product',
  properties: {
    point: () => p.manyToOne(SalesPoint).primary().deleteRule('cascade'),
    product: () => p.manyToOne(Product).primary().deleteRule('cascade'),
    state: p.enum(LISTING_STATES).nativeEnumName('sales_point_listing_state'),
    stockLevel: p.enum(STOCK_LEVELS).nativeEnumName('sales_point_stock_level').nullable(),
    requestedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    decidedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    decidedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [{ name: 'sales_point_product_product_state_idx', properties: ['product', 'state'] }],
});

export class SalesPointProduct extends SalesPointProductSchema.class {}
SalesPointProductSchema.setClass(SalesPointProduct);
