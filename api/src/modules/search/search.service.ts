import type { EntityManager } from '@mikro-orm/postgresql';
import { richTextToPlain } from '../../lib/rich-text.js';
import { rows, type SqlFragment } from '../../lib/sql.js';
import type { ProductListFilter, ProductRecord, ProductService } from '../catalog/product.service.js';
import type { ProvinceService } from '../places/province.service.js';
import type { ProducerService } from '../producers/producer.service.js';
import { searchTerms, toTsQuery, type SearchTerms } from './fold.js';
import { excerpt, hasHighlight, Highlighter, type Segment } from './highlight.js';

export const SEARCH_FIELDS = ['NAME', 'PRODUCER', 'PROVINCE', 'CURRENT_PROVINCE', 'DESCRIPTION'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SearchHighlight {
  field: SearchField;
  segments: Segment[];
}

export interface SearchHit {
  product: ProductRecord;
  rank: number;
  /** Only fields where something matched, in SEARCH_FIELDS order. */
  highlights: SearchHighlight[];
}

export interface SearchPage {
  items: SearchHit[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Position after this hit (an offset: relevance order has no stable keyset). */
  cursorOf(hit: SearchHit): string;
}

/** ts_rank weights for D, C, B, A: description 0.1, provinces 0.2, producer 0.4, name 1. */
const WEIGHTS = `'{0.1, 0.2, 0.4, 1.0}'`;

interface MatchRow {
  productId: string;
  rank: number;
  producerName: string;
  provinceName: string;
  currentProvinceName: string | null;
  totalCount: string;
}

/**
 * Vietnamese product search over the `product_search` index (see product-search.entity.ts for why it
 * is a table of its own). Matching is diacritic- and case-insensitive full text (every query word,
 * the last as a prefix) OR trigram word similarity for typos; both are served by GIN indexes.
 */
export class SearchService {
  constructor(
    private readonly em: EntityManager,
    private readonly products: ProductService,
    private readonly producers: ProducerService,
    private readonly provinces: ProvinceService,
  ) {}

  /** Rebuilds the index rows of these products (drops the ones no longer published). Two statements. */
  async reindexProducts(productIds: readonly string[]): Promise<void> {
    if (productIds.length === 0) return;
    await rows(this.em, `delete from product_search where product_id = any(?)`, [productIds]);
    await this.insert(productIds);
  }

  /** Rebuilds the whole index (seed, import, repair): one INSERT … SELECT over every published product. */
  async reindexAll(): Promise<void> {
    await rows(this.em, `truncate product_search`);
    await this.insert(null);
  }

  private async insert(productIds: readonly string[] | null): Promise<void> {
    const product = this.products.searchSource(productIds);
    const producer = this.producers.searchSource();
    const province = this.provinces.searchSource();
    await rows(
      this.em,
      `insert into product_search (product_id, name, producer_name, province_name, current_province_name, document, folded_name, folded_text)
       select pr.product_id, normalize(pr.name, NFC), normalize(pd.producer_name, NFC), normalize(pv.province_name, NFC),
              normalize(pv.current_province_name, NFC),
              setweight(to_tsvector('simple', ocop_fold(pr.name)), 'A')
                || setweight(to_tsvector('simple', ocop_fold(pd.producer_name)), 'B')
                || setweight(to_tsvector('simple', ocop_fold(concat_ws(' ', pv.province_name, pv.current_province_name))), 'C')
                || setweight(to_tsvector('simple', ocop_fold(pr.description_text)), 'D'),
              ocop_fold(pr.name),
              ocop_fold(concat_ws(' ', pr.name, pd.producer_name, pv.province_name, pv.current_province_name))
       from (${product.sql}) pr
       join (${producer.sql}) pd on pd.producer_id = pr.producer_id
       join (${province.sql}) pv on pv.province_id = pd.province_id`,
      [...product.params, ...producer.params, ...province.params],
    );
  }

  /**
   * For other modules' queries (the catalogue's `products(filter: { query })`): SQL yielding the ids
   * of products matching `query`, index-backed. A query without words matches nothing.
   * Compose as `p.id in (${f.sql})` with `f.params`.
   */
  productIdsMatching(query: string): SqlFragment {
    return this.matches(searchTerms(query), null, { rank: false, columns: '' });
  }

  /**
   * SQL yielding `product_id, rank` (float8, higher is better) of the products matching `query`, e.g.
   * to sort the catalogue by RELEVANCE: `join (${f.sql}) r on r.product_id = p.id … order by r.rank desc`.
   * For a bigint keyset sort key use `round(r.rank * 1e6)::bigint`.
   */
  rankedMatches(query: string): SqlFragment {
    return this.matches(searchTerms(query), null, { rank: true, columns: '' });
  }

  /**
   * Rows of `product_search s` matching the terms and, when given, whose product is in `within` (SQL
   * yielding product ids): `product_id`, then `rank` when asked, then any extra `columns` of `s`.
   *
   * Full text first: every query word (the last also as a prefix) against the weighted document. Only
   * when that finds nothing, the typo fallback: trigram word similarity of the folded query to the
   * folded name, producer and provinces (pg_trgm's `<%`, threshold 0.6), so "banh dau xnah" still
   * finds "Bánh đậu xanh". The full-text hits are materialised once; `not exists` over them is a
   * one-time filter, so a query with full-text hits never scans the trigram index. Both branches are
   * served by GIN indexes.
   *
   * Rank: a full-text hit scores 1 + its weighted cover density (name above producer above provinces
   * above description) + the trigram similarity of the query to the whole name, so "Bánh đậu xanh"
   * leads for "banh dau xanh" and a description-only mention comes last; a typo hit scores its word
   * similarity (0.6–1).
   */
  private matches(terms: SearchTerms, within: SqlFragment | null, output: { rank: boolean; columns: string }): SqlFragment {
    if (terms.words.length === 0) return { sql: `select null::varchar as product_id${output.rank ? ', 0::float8 as rank' : ''} where false`, params: [] };
    const tsquery = toTsQuery(terms.words);
    const rank = (expression: string) => (output.rank ? `, ${expression} as rank` : '');
    const within_ = within ? ` and s.product_id in (${within.sql})` : '';
    const withinParams = within?.params ?? [];
    return {
      sql: `with full_text as materialized (
              select s.product_id${rank(
                `(1 + ts_rank_cd(${WEIGHTS}, s.document, to_tsquery('simple', ?::text), 32) + similarity(?::text, s.folded_name))::float8`,
              )}${output.columns}
              from product_search s where s.document @@ to_tsquery('simple', ?::text)${within_}
            )
            select * from full_text
            union all
            select s.product_id${rank('word_similarity(?::text, s.folded_text)::float8')}${output.columns}
            from product_search s where ?::text <% s.folded_text${within_} and not exists (select 1 from full_text)`,
      params: [
        ...(output.rank ? [tsquery, terms.folded] : []),
        tsquery,
        ...withinParams,
        ...(output.rank ? [terms.folded] : []),
        terms.folded,
        ...withinParams,
      ],
    };
  }

  /**
   * One page of hits by relevance (ties by newest), with highlights, for a checked query. Statements:
   * one for the ranked page and its total, one for the products (plus one to resolve a province
   * filter), whatever the page size.
   */
  async search(options: { query: string; filter: ProductListFilter; today: string; first: number; offset: number }): Promise<SearchPage> {
    const { first, offset } = options;
    const terms = searchTerms(options.query);
    let within: SqlFragment | null = null;
    if (Object.values(options.filter).some((v) => v != null)) {
      within = await this.products.idsMatching(options.filter, options.today);
    }
    const statement = this.searchStatement(terms, within, first, offset);
    const found = await rows<MatchRow>(this.em, statement.sql, statement.params);
    const pageRows = found.slice(0, first);
    const products = pageRows.length ? await this.products.byIds(pageRows.map((r) => r.productId)) : [];
    const items: SearchHit[] = [];
    const positions = new Map<SearchHit, number>();
    pageRows.forEach((row, i) => {
      const product = products[i];
      // Unpublished since it was indexed: left out until the next reindex removes it.
      if (!product) return;
      const hit = { product, rank: row.rank, highlights: highlightsOf(terms, product, row) };
      items.push(hit);
      positions.set(hit, offset + i + 1);
    });
    return {
      items,
      totalCount: found.length ? Number(found[0]!.totalCount) : offset === 0 ? 0 : await this.count(terms, within),
      hasNextPage: found.length > first,
      hasPreviousPage: offset > 0,
      cursorOf: (hit) => String(positions.get(hit)),
    };
  }

  /** The statement of one page of hits and their total (public for the EXPLAIN test). */
  searchStatement(terms: SearchTerms, within: SqlFragment | null, first: number, offset: number): SqlFragment {
    const matches = this.matches(terms, within, {
      rank: true,
      columns: ', s.producer_name as "producerName", s.province_name as "provinceName", s.current_province_name as "currentProvinceName"',
    });
    return {
      sql: `select m.product_id as "productId", m.*, count(*) over () as "totalCount"
            from (${matches.sql}) m order by m.rank desc, m.product_id desc offset ? limit ?`,
      params: [...matches.params, offset, first + 1],
    };
  }

  /** Only for a page past the end (no rows to carry the total). */
  private async count(terms: SearchTerms, within: SqlFragment | null): Promise<number> {
    const matches = this.matches(terms, within, { rank: false, columns: '' });
    const [row] = await rows<{ n: string }>(this.em, `select count(*) as n from (${matches.sql}) m`, matches.params);
    return Number(row?.n ?? 0);
  }

  /**
   * Up to `first` distinct product names whose folded form starts with the folded prefix, or has a
   * word that does ("dau xa" → "Bánh đậu xanh hộp 200 g"); names that start with it first, then
   * the most listed. Served by the trigram index on the folded name.
   */
  async suggestions(prefix: string, first: number): Promise<string[]> {
    const folded = searchTerms(prefix).words.join(' ');
    if (!folded) return [];
    const statement = this.suggestionsStatement(folded, first);
    const found = await rows<{ name: string }>(this.em, statement.sql, statement.params);
    return found.map((r) => r.name);
  }

  /** The suggestions statement for a folded prefix (public for the EXPLAIN test). */
  suggestionsStatement(folded: string, first: number): SqlFragment {
    return {
      sql: `select min(name) as name from product_search
            where folded_name like ? or folded_name like ?
            group by folded_name
            order by bool_or(folded_name like ?) desc, count(*) desc, folded_name
            limit ?`,
      params: [`${folded}%`, `% ${folded}%`, `${folded}%`, first],
    };
  }
}

function highlightsOf(terms: SearchTerms, product: ProductRecord, row: MatchRow): SearchHighlight[] {
  const description = richTextToPlain(product.description);
  const texts: [SearchField, string | null][] = [
    ['NAME', product.name],
    ['PRODUCER', row.producerName],
    ['PROVINCE', row.provinceName],
    ['CURRENT_PROVINCE', row.currentProvinceName],
    ['DESCRIPTION', description],
  ];
  const highlighter = new Highlighter(terms.words, texts.flatMap(([, t]) => (t ? [t] : [])));
  return texts.flatMap(([field, text]) => {
    if (!text) return [];
    const segments = highlighter.segments(text);
    if (!hasHighlight(segments)) return [];
    return [{ field, segments: field === 'DESCRIPTION' ? excerpt(segments) : segments }];
  });
}
