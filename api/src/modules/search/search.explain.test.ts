/**
 * Slow by design (≈ tens of seconds): writes 100,000 products, builds the search index, and checks
 * with EXPLAIN ANALYZE that search and suggestions use the GIN indexes and never scan the big tables.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSeedData } from '../../db/seed/generate.js';
import { loadProvinces, writeSeedData } from '../../db/seed/seed.js';
import type { Orm } from '../../db/orm.js';
import { rows, type SqlFragment } from '../../lib/sql.js';
import { testDatabase } from '../../test/database.js';
import { createServices } from '../services.js';
import { foldText, searchTerms } from './fold.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}

const BIG_TABLES = ['product_search', 'product', 'product_variant', 'certificate', 'producer'];

let orm: Orm;
beforeAll(async () => {
  ({ orm } = await testDatabase());
  const started = performance.now();
  const provinces = await loadProvinces(orm.em.fork());
  const data = generateSeedData({ products: 100_000, producersPerKind: 60, provinces });
  await orm.em.fork().transactional((em) => writeSeedData(em, data));
  await rows(orm.em.fork(), 'analyze');
  console.log(`100,000 products written and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 180_000);

async function explain(label: string, statement: SqlFragment) {
  const [row] = await rows<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }>(
    orm.em.fork(),
    `explain (analyze, format json) ${statement.sql}`,
    statement.params,
  );
  const [{ Plan, 'Execution Time': ms }] = row!['QUERY PLAN'];
  const nodes = flatten(Plan);
  console.log(`${label}: ${ms.toFixed(1)} ms, ${nodes.map((n) => `${n['Node Type']}${n['Index Name'] ? ` ${n['Index Name']}` : ''}`).join(' > ')}`);
  return { nodes, ms };
}

const seqScans = (nodes: PlanNode[]) => nodes.filter((n) => n['Node Type'] === 'Seq Scan' && BIG_TABLES.includes(n['Relation Name']!));
const indexesUsed = (nodes: PlanNode[]) => new Set(nodes.flatMap((n) => (n['Index Name'] ? [n['Index Name']] : [])));

describe('search at 100,000 products (EXPLAIN)', () => {
  it('finds "banh dau xanh" through the full-text GIN index, without a sequential scan', async () => {
    const search = createServices(orm.em.fork()).search;
    const { nodes, ms } = await explain('full text', search.searchStatement(searchTerms('banh dau xanh'), null, 24, 0));
    expect(seqScans(nodes)).toEqual([]);
    expect(indexesUsed(nodes)).toContain('product_search_document_idx');
    expect(ms).toBeLessThan(1_000);
  });

  it('falls back to the trigram GIN index for a typo, without a sequential scan', async () => {
    const search = createServices(orm.em.fork()).search;
    const { nodes } = await explain('typo', search.searchStatement(searchTerms('nuoc mam cot ca cmo'), null, 24, 0));
    expect(seqScans(nodes)).toEqual([]);
    expect(indexesUsed(nodes)).toContain('product_search_folded_text_trgm_idx');
    const page = await search.search({ query: 'nuoc mam cot ca cmo', filter: {}, today: '2026-11-23', first: 3, offset: 0 });
    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.items[0]!.product.name).toMatch(/^Nước mắm cốt cá cơm/);
  });

  it('suggests through the trigram GIN index on names, without a sequential scan', async () => {
    const search = createServices(orm.em.fork()).search;
    const { nodes } = await explain('suggestions', search.suggestionsStatement('banh da', 8));
    expect(seqScans(nodes)).toEqual([]);
    expect(indexesUsed(nodes)).toContain('product_search_folded_name_trgm_idx');
    const names = await search.suggestions('banh da', 8);
    expect(names).toHaveLength(8);
    for (const name of names) expect(foldText(name)).toMatch(/(^| )banh da/);
  });
});
