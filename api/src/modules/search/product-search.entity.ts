import { defineEntity, p } from '@mikro-orm/core';
import { Product } from '../catalog/product.entity.js';

/**
 * The search index: one row per published product, owned by the search module and rebuilt by
 * SearchService.reindexProducts / reindexAll (never written by other modules).
 *
 * Why a table of its own and not columns + triggers on `product`: a product's document spans three
 * modules' tables (its name and description, its producer's name, its province as issued and the
 * current unit that province was merged into). A generated column cannot read other tables, and
 * triggers on producer and province would make those modules' writes silently rewrite thousands of
 * index rows inside their own transactions. An explicit reindex keeps the cost visible, lets the seed
 * and the importer rebuild in one INSERT … SELECT, and keeps the rules of folding and weighting here.
 * The price: a writer that changes a product, producer name or province mapping calls reindexProducts.
 *
 * Text is stored folded by `ocop_fold()` (NFC, unaccent, đ → d, lower case, only a–z and 0–9), the
 * same folding the service applies to queries, so "BÁNH ĐẬU XANH", "banh dau xanh" and NFD input meet.
 */
const ProductSearchSchema = defineEntity({
  name: 'ProductSearch',
  tableName: 'product_search',
  properties: {
    product: () => p.oneToOne(Product).primary().deleteRule('cascade'),
    /** Original (NFC) texts, for suggestions and highlighting with their diacritics. */
    name: p.text(),
    producerName: p.text(),
    /** The province as the producer registered it (may be historic, e.g. Hải Dương). */
    provinceName: p.text(),
    /** The current unit the registered one was merged into (Hải Phòng); null when it is current. */
    currentProvinceName: p.text().nullable(),
    /** Weighted: A name, B producer, C provinces (as issued and current), D description. */
    document: p.string().columnType('tsvector'),
    /** Folded name: prefix suggestions and name similarity in the rank. */
    foldedName: p.text(),
    /** Folded name, producer and provinces: typo tolerance through trigram word similarity. */
    foldedText: p.text(),
  },
  indexes: [
    {
      name: 'product_search_document_idx',
      expression: `create index "product_search_document_idx" on "product_search" using gin ("document")`,
    },
    {
      name: 'product_search_folded_text_trgm_idx',
      expression: `create index "product_search_folded_text_trgm_idx" on "product_search" using gin ("folded_text" gin_trgm_ops)`,
    },
    {
      name: 'product_search_folded_name_trgm_idx',
      expression: `create index "product_search_folded_name_trgm_idx" on "product_search" using gin ("folded_name" gin_trgm_ops)`,
    },
  ],
});

export class ProductSearch extends ProductSearchSchema.class {}
ProductSearchSchema.setClass(ProductSearch);
