import { Field, Float, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { ProductType } from '../catalog/product.types.js';
import type { Segment } from './highlight.js';
import { SEARCH_FIELDS, type SearchField, type SearchHit } from './search.service.js';

export const SearchFieldEnum = enumFromValues(SEARCH_FIELDS, 'SearchField', {
  description: 'What a search matched in.',
  valueDescriptions: {
    NAME: 'The product name.',
    PRODUCER: 'The producer (chủ thể OCOP) name.',
    PROVINCE: 'The province the producer registered in, as issued (may be a pre-2025 unit).',
    CURRENT_PROVINCE: 'The current province that unit was merged into.',
    DESCRIPTION: 'An excerpt of the description around the first match (plain text).',
  },
});

@ObjectType('HighlightSegment', {
  description: 'A run of the original text. Render `text` as text (never as HTML), inside <mark> when `highlighted`.',
})
export class HighlightSegmentType {
  @Field(() => String) text!: string;
  @Field(() => Boolean) highlighted!: boolean;
}

@ObjectType('SearchHighlight', { description: 'A field of the hit with the words that matched the query marked.' })
export class SearchHighlightType {
  @Field(() => SearchFieldEnum) field!: SearchField;
  @Field(() => [HighlightSegmentType], { description: 'The field text (NFC, diacritics intact) cut into segments.' })
  segments!: Segment[];
}

@ObjectType('SearchHit', { description: 'A product found by `search`, with its relevance and highlights.' })
export class SearchHitType {
  @Field(() => ProductType) product!: ProductType;
  @Field(() => Float, { description: 'Relevance, higher first; only comparable within one search.' }) rank!: number;
  @Field(() => [SearchHighlightType], { description: 'Fields where the query matched, name first.' })
  highlights!: SearchHighlightType[];

  static from(hit: SearchHit): SearchHitType {
    return Object.assign(new SearchHitType(), {
      product: ProductType.from(hit.product),
      rank: hit.rank,
      highlights: hit.highlights,
    });
  }
}

@ObjectType('SearchHitConnection')
export class SearchHitConnection extends Connection(SearchHitType, 'SearchHit') {}
