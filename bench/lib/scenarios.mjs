/**
 * What a benchmark run drives: the API's GraphQL reads as the storefront sends them, and the
 * storefront's server-rendered pages. Each scenario is one autocannon request shape.
 */

/** The fields of a product card (as the storefront's ProductCardFields fragment asks). */
const CARD = `fragment Card on Product {
  id name slug group inStock
  images(first: 1) { nodes { url alt width height } }
  price { amount currencyCode }
  ocop { stars }
  producer { id name province { id current { id code name } } }
}`;

const CATALOGUE = `query Catalogue($first: Int!, $filter: ProductFilter) {
  products(first: $first, filter: $filter) {
    totalCount
    facets { groups { group count } stars { stars count } provinces { province { code } count } }
    pageInfo { hasNextPage endCursor }
    nodes { ...Card }
  }
}
${CARD}`;

const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 24) { totalCount nodes { product { ...Card } } }
}
${CARD}`;

const PRODUCT = `query Product($slug: String!) {
  product(slug: $slug) {
    id name slug descriptionHtml group inStock rawMaterialArea
    productSet { code name }
    images(first: 6) { nodes { url alt width height } }
    variants(first: 20) { nodes { sku label price { amount } inStock weightGrams } }
    related(first: 4) { ...Card }
    price { amount currencyCode }
    ocop { stars certificateNumber decisionDate validUntil issuedBy }
    certificates(first: 20) { totalCount nodes { id number stars state } }
    producer { id name slug province { name current { name } } }
  }
}
${CARD}`;

/** The programme dashboard's API read, as the storefront's /chuong-trinh page asks for a province. */
const PROGRAMME = `query Programme($provinceCode: String) {
  programmeStats(provinceCode: $provinceCode) {
    asOf
    figures {
      certifiedProducts producers producersSellingOnline shareProducersSellingOnline certificatesExpiringSoon
      productsByStars { stars count } productsByGroup { group count } recognitionsByYear { year count }
    }
    provinces { province { code name } certifiedProducts progressPercent status }
  }
  plans(provinceCode: $provinceCode, first: 20) { nodes { id title } }
}`;

function gql(api, query, variables) {
  return {
    url: api,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  };
}

/**
 * The scenarios for a seeded database. `sample` holds real keys picked from it (a product slug, a
 * province code, a search word) so every request finds data.
 * `budget`: the targets, checked in the report (null where the issue sets none).
 */
export function scenarios({ api, web, hello }, sample) {
  return [
    { id: 'hello', title: 'bare node:http hello-world (the machine floor)', request: { url: hello }, budget: null },
    {
      id: 'catalogue',
      title: 'catalogue page: 24 products + facets',
      request: gql(api, CATALOGUE, { first: 24 }),
      budget: { rps: 1500, p99: 50, sql: 4 },
    },
    {
      id: 'catalogue-filtered',
      title: 'catalogue with 3 filters + facets',
      request: gql(api, CATALOGUE, { first: 24, filter: { group: sample.group, minStars: 3, provinceCode: sample.provinceCode } }),
      budget: { sql: 4 },
    },
    {
      id: 'search',
      title: `search "${sample.word}" (with diacritics)`,
      request: gql(api, SEARCH, { query: sample.word }),
      budget: { rps: 500, p99: 100 },
    },
    {
      id: 'search-folded',
      title: `search "${sample.wordFolded}" (without diacritics)`,
      request: gql(api, SEARCH, { query: sample.wordFolded }),
      budget: { rps: 500, p99: 100 },
    },
    { id: 'product', title: 'product page query', request: gql(api, PRODUCT, { slug: sample.slug }), budget: null },
    {
      id: 'programme',
      title: `programme dashboard (province ${sample.biggestProvinceCode}, ${sample.biggestProvinceProducts.toLocaleString('en-US')} products)`,
      request: gql(api, PROGRAMME, { provinceCode: sample.biggestProvinceCode }),
      budget: { p50: 200 },
    },
    {
      id: 'checkout',
      title: 'add to cart + checkout (VietQR), one order per 2 requests',
      request: { kind: 'checkout', url: api, variantIds: sample.variantIds, provinceId: sample.provinceId, communeId: sample.communeId },
      budget: null,
    },
    { id: 'ssr-catalogue', title: 'storefront SSR /san-pham', request: { url: `${web}/san-pham` }, budget: null },
    { id: 'ssr-product', title: 'storefront SSR product page', request: { url: `${web}/san-pham/${encodeURIComponent(sample.slug)}` }, budget: { p50: 30 } },
  ];
}

/** Real keys from the seeded catalogue, through the public API. */
export async function pickSample(api) {
  const response = await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ products(first: 1, filter: { minStars: 4 }) { nodes { slug name group producer { province { current { code } } } } } }`,
    }),
  });
  const { data, errors } = await response.json();
  if (errors) throw new Error(JSON.stringify(errors));
  const product = data.products.nodes[0];
  if (!product) throw new Error('the seeded catalogue has no 4★ product to benchmark with');
  const provinceCode = product.producer.province.current.code;
  // The programme dashboard is measured on the province with the most products.
  const facets = await post(api, `{ products(first: 1) { facets { provinces { province { code } count } } } }`);
  const biggest = facets.products.facets.provinces.reduce((a, b) => (b.count > a.count ? b : a));
  const extra = await post(api, `{
    stocked: products(first: 100, filter: { inStock: true }) { nodes { variants(first: 5) { nodes { id inStock } } } }
    provinces(first: 1) { nodes { id code } }
  }`);
  const province = extra.provinces.nodes[0];
  const communes = await post(api, `query ($code: String!) { communes(provinceCode: $code, first: 1) { nodes { id } } }`, { code: province.code });
  const word = product.name.split(/\s+/)[0];
  return {
    slug: product.slug,
    group: product.group,
    provinceCode,
    biggestProvinceCode: biggest.province.code,
    biggestProvinceProducts: biggest.count,
    variantIds: extra.stocked.nodes.flatMap((p) => p.variants.nodes.filter((v) => v.inStock).map((v) => v.id)),
    provinceId: province.id,
    communeId: communes.communes.nodes[0].id,
    word,
    wordFolded: word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase(),
  };
}

async function post(api, query, variables) {
  const response = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const { data, errors } = await response.json();
  if (errors) throw new Error(JSON.stringify(errors));
  return data;
}
