import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createServices } from '../services.js';

const { orm } = await testDatabase();
const api = await testApi(orm);

/** earthdistance's sphere: earth() = 6,378,168 m. */
const EARTH_RADIUS_M = 6_378_168;
const POINTS = 5_000;

function haversineM(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A small deterministic generator (mulberry32): the same 5,000 points on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Generated {
  id: string;
  lat: number;
  lng: number;
}
const generated: Generated[] = [];

beforeAll(async () => {
  const next = random(2026);
  for (let i = 0; i < POINTS; i++) {
    // Vietnam's bounding box, plus clusters around Hà Nội and TP.HCM, where points are densest.
    const r = next();
    const [lat, lng] =
      r < 0.3 ? [21.03 + (next() - 0.5) * 0.6, 105.85 + (next() - 0.5) * 0.6]
      : r < 0.5 ? [10.78 + (next() - 0.5) * 0.5, 106.7 + (next() - 0.5) * 0.5]
      : [8.6 + next() * 14.8, 102.2 + next() * 7.3];
    generated.push({ id: `spt_gen${String(i).padStart(5, '0')}`, lat, lng });
  }
  const em = orm.em.fork();
  await rows(
    em,
    `insert into sales_point (id, slug, name, kind, province_id, latitude, longitude, approved_at, created_at, updated_at)
     select g.id, g.id, 'Điểm ' || g.id, 'OCOP_SHOWROOM', 'prv_01', g.lat, g.lng, now(), now(), now()
     from unnest(?::text[], ?::float8[], ?::float8[]) as g(id, lat, lng)`,
    [generated.map((g) => g.id), generated.map((g) => g.lat), generated.map((g) => g.lng)],
  );
  await rows(em, `analyze sales_point`);
});

const QUERY = `query ($near: NearInput!, $after: String) {
  salesPoints(near: $near, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id distanceKm } } }
}`;

async function allNearest(near: { lat: number; lng: number; radiusKm: number }) {
  const found: { id: string; distanceKm: number }[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const res: any = await api.gql(QUERY, { near, after });
    expect(res.errors).toBeUndefined();
    const page = res.data.salesPoints;
    totalCount = page.totalCount;
    found.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(found).toHaveLength(totalCount);
  return found;
}

describe('nearest sales points', () => {
  const CASES = [
    { name: 'Hồ Gươm, Hà Nội', lat: 21.0287, lng: 105.8524, radii: [2, 10, 40] },
    { name: 'Chợ Bến Thành, TP.HCM', lat: 10.7725, lng: 106.698, radii: [5, 25] },
    { name: 'Huế', lat: 16.4637, lng: 107.5909, radii: [50, 150] },
    { name: 'Sa Pa', lat: 22.3364, lng: 103.8438, radii: [100, 400] },
    { name: 'Phú Quốc', lat: 10.2899, lng: 103.984, radii: [500] },
  ];
  for (const c of CASES) {
    for (const radiusKm of c.radii) {
      it(`match a brute-force haversine over ${POINTS} points near ${c.name} within ${radiusKm} km`, async () => {
        const radiusM = radiusKm * 1000;
        const brute = generated
          .map((g) => ({ id: toGlobalId('SalesPoint', g.id), distanceM: haversineM(c.lat, c.lng, g.lat, g.lng) }))
          .filter((g) => g.distanceM <= radiusM)
          .sort((a, b) => a.distanceM - b.distanceM || (a.id < b.id ? -1 : 1));
        const found = await allNearest({ lat: c.lat, lng: c.lng, radiusKm });
        // Points within a metre of the circle may fall either side of it in floating point.
        const clear = (d: number) => Math.abs(d - radiusM) > 1;
        const api = found.filter((f) => clear(f.distanceKm * 1000));
        const expected = brute.filter((b) => clear(b.distanceM));
        expect(api.length).toBe(expected.length);
        expect(expected.length).toBeGreaterThan(0);
        // Same order up to ties (distances within 1 m may swap), and each distance within 1 m.
        for (let i = 0; i < expected.length; i++) {
          expect(Math.abs(api[i]!.distanceKm * 1000 - expected[i]!.distanceM)).toBeLessThan(1);
          if (api[i]!.id !== expected[i]!.id) {
            const tie = expected.filter((e) => Math.abs(e.distanceM - expected[i]!.distanceM) < 1).map((e) => e.id);
            expect(tie).toContain(api[i]!.id);
          }
        }
      });
    }
  }

  it('answer from the GiST index on ll_to_earth(latitude, longitude), with sequential scans allowed', async () => {
    const em = orm.em.fork();
    const services = createServices(em);
    for (const near of [{ lat: 21.0287, lng: 105.8524, radiusKm: 5 }, { lat: 16.4637, lng: 107.5909, radiusKm: 50 }]) {
      const query = await services.salesPoints.searchSql({ near }, 24);
      const [plan] = await rows<{ 'QUERY PLAN': unknown }>(em, `explain (format json) ${query.sql}`, query.params);
      const text = JSON.stringify(plan!['QUERY PLAN']);
      expect(text).toContain('sales_point_earth_idx');
      expect(text).not.toContain('"Seq Scan"');
    }
  });

  it('refuse a radius above 500 km, a zero radius and impossible coordinates', async () => {
    for (const [near, argument] of [
      [{ lat: 21, lng: 105, radiusKm: 501 }, 'near.radiusKm'],
      [{ lat: 21, lng: 105, radiusKm: 0 }, 'near.radiusKm'],
      [{ lat: 91, lng: 105, radiusKm: 5 }, 'near.lat'],
      [{ lat: 21, lng: -181, radiusKm: 5 }, 'near.lng'],
    ] as const) {
      const res = await api.gql(QUERY, { near });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    }
  });
});
