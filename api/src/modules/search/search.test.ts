import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../db/import/import.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';
import { createServices } from '../services.js';
import type { Orm } from '../../db/orm.js';
import { foldText } from './fold.js';

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $first: Int, $after: String, $filter: ProductFilter) {
    search(query: $query, first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor }
      nodes {
        rank
        highlights { field segments { text highlighted } }
        product { name slug producer { name province { name current { name } } } ocop { stars } }
      }
    }
  }
`;

const now = () => new Date('2026-11-23T03:00:00Z');
const catalogue = new CatalogueBuilder();
// Registered in Hải Dương (pre-2025), which is part of Hải Phòng today.
const nguyenHuong = catalogue.producer('HTX Nguyên Hương', province.historic('30'));
const banh = catalogue.product('Bánh đậu xanh hộp 200 g', nguyenHuong, { slug: 'banh-dau-xanh' });
catalogue.certificate(banh, 4, '2024-03-01', '2027-03-01');
for (let i = 1; i <= 5; i++) catalogue.product(`Bánh đậu xanh hộp quà ${i}`, nguyenHuong);
// Registered in Kiên Giang (pre-2025), which is part of An Giang today.
const khaiHoan = catalogue.producer('Cơ sở Khải Hoàn', province.historic('91'), 'HOUSEHOLD_BUSINESS');
catalogue.product('Nước mắm Phú Quốc chai 500 ml', khaiHoan, { slug: 'nuoc-mam-phu-quoc' });
const hanoi = catalogue.producer('Công ty Tràng An', province.current('01'), 'ENTERPRISE');
const keo = catalogue.product('Kẹo lạc', hanoi, { slug: 'keo-lac' });
keo.description = '<p>Giòn, ít ngọt. Ăn kèm <strong>bánh đậu xanh</strong> và chè.</p>';
const batTrang = catalogue.producer('Công ty Gốm Bát Tràng', province.current('01'), 'ENTERPRISE');
catalogue.product('Bình gốm men lam', batTrang, { group: 'HANDICRAFTS', slug: 'binh-gom' });
catalogue.product('Trải nghiệm làm gốm Bát Tràng', batTrang, { group: 'TOURISM', slug: 'trai-nghiem-gom' });
// Stored decomposed (NFD), as some imports and keyboards produce it.
const thaiNguyen = catalogue.producer('HTX Chè Tân Cương', province.current('19'));
catalogue.product('Chè búp Thái Nguyên'.normalize('NFD'), thaiNguyen, { slug: 'che-bup' });

let orm: Orm;
let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  ({ orm } = await testDatabase());
  await catalogue.write(orm);
  api = await testApi(orm, { now });
});

type Hit = { rank: number; highlights: { field: string; segments: { text: string; highlighted: boolean }[] }[]; product: { name: string; slug: string } };
async function search(query: string, variables: Record<string, unknown> = {}) {
  const result = await api.gql(SEARCH, { query, first: 50, ...variables });
  expect(result.errors).toBeUndefined();
  return result.data!.search as { totalCount: number; nodes: Hit[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}
const names = (hits: Hit[]) => hits.map((h) => h.product.name);
const marked = (hit: Hit, field = 'NAME') =>
  hit.highlights.find((h) => h.field === field)?.segments.map((s) => (s.highlighted ? `[${s.text}]` : s.text)).join('');

describe('search', () => {
  it('gives the same results with or without diacritics, in any case, NFC or NFD', async () => {
    const plain = await search('banh dau xanh');
    expect(plain.totalCount).toBe(7);
    expect(plain.nodes[0]!.product.name).toMatch(/^Bánh đậu xanh hộp/);
    for (const query of ['BÁNH ĐẬU XANH', 'bánh đậu xanh', 'bánh đậu xanh'.normalize('NFD'), '  Bánh   Đậu, xanh! ']) {
      const other = await search(query);
      expect(names(other.nodes), query).toEqual(names(plain.nodes));
    }
  });

  it('finds "Nước mắm Phú Quốc" from "nuoc mam phu quoc"', async () => {
    const { nodes } = await search('nuoc mam phu quoc');
    expect(names(nodes)).toEqual(['Nước mắm Phú Quốc chai 500 ml']);
    expect(marked(nodes[0]!)).toBe('[Nước mắm Phú Quốc] chai 500 ml');
  });

  it('tolerates typos', async () => {
    const banhs = await search('banh dau xnah');
    expect(banhs.totalCount).toBe(6);
    for (const hit of banhs.nodes) expect(marked(hit)).toMatch(/^\[Bánh đậu xanh\] hộp /);
    const fishSauce = await search('nuoc mam phu quc');
    expect(fishSauce.nodes[0]!.product.name).toBe('Nước mắm Phú Quốc chai 500 ml');
    expect(marked(fishSauce.nodes[0]!)).toBe('[Nước mắm Phú Quốc] chai 500 ml');
    expect((await search('gom bat trag')).nodes.map((h) => h.product.slug)).toContain('trai-nghiem-gom');
  });

  it('ranks a name match above a match in the description only', async () => {
    const { nodes } = await search('banh dau xanh');
    expect(nodes.at(-1)!.product.name).toBe('Kẹo lạc');
    expect(marked(nodes.at(-1)!, 'DESCRIPTION')).toBe('Giòn, ít ngọt. Ăn kèm [bánh đậu xanh] và chè.');
    expect(nodes.at(-1)!.highlights.map((h) => h.field)).toEqual(['DESCRIPTION']);
    const ranks = nodes.map((h) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(nodes[0]!.rank).toBeGreaterThan(nodes.at(-1)!.rank);
  });

  it('finds a producer by its province as issued and by the current unit it was merged into', async () => {
    for (const query of ['hai duong', 'Hải Phòng']) {
      const { nodes } = await search(query);
      expect(nodes).toHaveLength(6);
      expect(new Set(nodes.map((h) => h.product.name.slice(0, 13)))).toEqual(new Set(['Bánh đậu xanh']));
    }
    const hit = (await search('hai phong')).nodes[0]!;
    expect(marked(hit, 'CURRENT_PROVINCE')).toBe('[Hải Phòng]');
    expect(marked(hit, 'PROVINCE')).toBe('[Hải] Dương');
    expect(names((await search('an giang')).nodes)).toEqual(['Nước mắm Phú Quốc chai 500 ml']);
    expect(marked((await search('kien giang')).nodes[0]!, 'PROVINCE')).toBe('[Kiên Giang]');
  });

  it('finds by producer name and marks it', async () => {
    const { nodes } = await search('trang an');
    expect(names(nodes)).toEqual(['Kẹo lạc']);
    expect(marked(nodes[0]!, 'PRODUCER')).toBe('Công ty [Tràng An]');
  });

  it('highlights with the original diacritics, as NFC even when stored as NFD', async () => {
    const hit = (await search('BANH DAU XANH')).nodes.find((h) => h.product.slug === 'banh-dau-xanh')!;
    expect(marked(hit)).toBe('[Bánh đậu xanh] hộp 200 g');
    const che = (await search('che bup thai nguyen')).nodes[0]!;
    expect(che.product.slug).toBe('che-bup');
    const text = che.highlights[0]!.segments.map((s) => s.text).join('');
    expect(text).toBe('Chè búp Thái Nguyên'.normalize('NFC'));
    expect(marked(che)).toBe('[Chè búp Thái Nguyên]');
  });

  it('matches the last word as a prefix while typing', async () => {
    expect((await search('banh dau xa')).totalCount).toBe(7);
    expect(names((await search('binh go')).nodes)).toEqual(['Bình gốm men lam']);
  });

  it('narrows hits with the catalogue filter', async () => {
    const { nodes } = await search('bat trang', { filter: { group: 'HANDICRAFTS' } });
    expect(names(nodes)).toEqual(['Bình gốm men lam']);
    expect((await search('banh dau xanh', { filter: { minStars: 4 } })).nodes.map((h) => h.product.slug)).toEqual(['banh-dau-xanh']);
    expect((await search('banh dau xanh', { filter: { provinceCode: '31' } })).totalCount).toBe(6);
  });

  it('pages through hits without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: Awaited<ReturnType<typeof search>> = await search('banh dau xanh', { first: 3, after });
      expect(page.totalCount).toBe(7);
      seen.push(...page.nodes.map((h) => h.product.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(names((await search('banh dau xanh')).nodes));
  });

  it('answers an empty connection for a query without letters or digits, and past the end', async () => {
    expect((await search('!!!')).totalCount).toBe(0);
    const first = await search('nuoc mam', { first: 1 });
    const past = await search('nuoc mam', { first: 1, after: first.pageInfo.endCursor });
    expect(past).toMatchObject({ totalCount: 1, nodes: [] });
  });

  it.each([
    ['', 'must not be empty.'],
    ['   \n ', 'must not be empty.'],
    ['a'.repeat(201), 'must be at most 200 characters, got 201.'],
  ])('rejects the query %j naming the argument', async (query, message) => {
    const { data, errors } = await api.gql(SEARCH, { query });
    expect(data).toBeNull();
    expect(errors![0]!.message).toBe(`Argument "query": ${message}`);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'query' });
  });

  it('accepts 200 characters and rejects cursors it did not issue', async () => {
    expect((await api.gql(SEARCH, { query: 'bánh '.repeat(40) })).errors).toBeUndefined();
    const products = await api.gql(`{ products(first: 1) { pageInfo { endCursor } } }`);
    const { errors } = await api.gql(SEARCH, { query: 'banh', after: products.data!.products.pageInfo.endCursor });
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    const province = await api.gql(SEARCH, { query: 'banh', filter: { provinceCode: '99' } });
    expect(province.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.provinceCode' });
  });

  it('issues the same number of SQL statements for 1 and 7 hits', async () => {
    const one = await api.gql(SEARCH, { query: 'banh dau xanh', first: 1 });
    const seven = await api.gql(SEARCH, { query: 'banh dau xanh', first: 7 });
    expect(one.data!.search.nodes).toHaveLength(1);
    expect(seven.data!.search.nodes).toHaveLength(7);
    expect(seven.sqlStatements).toBe(one.sqlStatements);
    expect(seven.sqlStatements).toBeLessThanOrEqual(6);
  });
});

describe('search suggestions', () => {
  const suggest = async (prefix: string, first?: number) => {
    const result = await api.gql(`query($prefix: String!, $first: Int) { searchSuggestions(prefix: $prefix, first: $first) }`, { prefix, first });
    return result;
  };

  it('suggests product names by the start of the name or of a word, without diacritics', async () => {
    const banhs = (await suggest('BANH')).data!.searchSuggestions as string[];
    expect(banhs[0]).toBe('Bánh đậu xanh hộp 200 g');
    expect(banhs).toHaveLength(6);
    expect((await suggest('dau xa')).data!.searchSuggestions).toContain('Bánh đậu xanh hộp 200 g');
    expect((await suggest('gốm', 1)).data!.searchSuggestions).toEqual(['Bình gốm men lam']);
    expect((await suggest('zzz')).data!.searchSuggestions).toEqual([]);
  });

  it('rejects an empty prefix and a bad count', async () => {
    expect((await suggest(' ')).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'prefix' });
    expect((await suggest('banh', 0)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});

describe('search index', () => {
  it('folds in SQL exactly as in JavaScript', async () => {
    const samples = ['Bánh đậu xanh', 'ĐẶC SẢN Hải Dương – OCOP 5★', 'Gạo ST25 túi 5 kg', 'Chè búp'.normalize('NFD'), 'Ươm tơ, dệt lụa: Vạn Phúc!'];
    const found = await rows<{ folded: string }>(orm.em.fork(), `select ocop_fold(t) as folded from unnest(?::text[]) with ordinality u(t, n) order by n`, [samples]);
    expect(found.map((r) => r.folded)).toEqual(samples.map(foldText));
  });

  it('reindexes a product: unpublished ones leave the index, renamed ones are found by the new name', async () => {
    const { orm: own } = await testDatabase();
    await catalogue.write(own);
    const em = own.em.fork();
    const services = createServices(em);
    const hits = async (q: string) => (await services.search.search({ query: q, filter: {}, today: '2026-11-23', first: 10, offset: 0 })).items.map((h) => h.product.name);
    await rows(em, `update product set name = 'Nước mắm Nam Ô', description = '' where slug = 'nuoc-mam-phu-quoc'`);
    await rows(em, `update product set status = 'ARCHIVED' where slug = 'keo-lac'`);
    expect(await hits('nam o')).toEqual([]);
    const ids = await rows<{ id: string }>(em, `select id from product where slug in ('nuoc-mam-phu-quoc', 'keo-lac')`);
    await services.search.reindexProducts(ids.map((r) => r.id));
    expect(await hits('nam o')).toEqual(['Nước mắm Nam Ô']);
    expect(await hits('phu quoc')).toEqual([]);
    expect(await hits('keo lac')).toEqual([]);
  });

  it('indexes what the catalogue import writes', async () => {
    const { orm: own } = await testDatabase();
    const file = fileURLToPath(new URL('../../db/import/examples/hai-duong-2023.csv', import.meta.url));
    const report = await importFile(own.em.fork(), file, await readFile(file, 'utf8'), { today: '2026-11-23' });
    expect(report.errors).toEqual([]);
    const page = await createServices(own.em.fork()).search.search({ query: 'banh dau xanh bao hien', filter: {}, today: '2026-11-23', first: 5, offset: 0 });
    expect(page.items.map((h) => h.product.name)).toEqual(['Bánh đậu xanh Bảo Hiên']);
  });

  it('publishes a fragment and a rank for the catalogue to compose', async () => {
    const em = orm.em.fork();
    const search = createServices(em).search;
    const matching = search.productIdsMatching('BANH DAU XANH');
    const ranked = search.rankedMatches('banh dau xanh');
    const found = await rows<{ name: string; rank: number }>(
      em,
      `select p.name, r.rank from product p join (${ranked.sql}) r on r.product_id = p.id
       where p.id in (${matching.sql}) order by r.rank desc, p.id`,
      [...ranked.params, ...matching.params],
    );
    expect(found).toHaveLength(7);
    expect(found[0]!.name).toBe('Bánh đậu xanh hộp 200 g');
    expect(found.at(-1)!.name).toBe('Kẹo lạc');
    expect(search.productIdsMatching('  ?! ').sql).toContain('false');
  });
});
