import { addMonths } from '../../lib/dates.js';
import { seededIdFactory } from '../../lib/ids.js';
import { slugify } from '../../lib/slug.js';
import { PRODUCT_GROUPS, type ProductGroup } from '../../modules/catalog/product-group.js';
import type { CertificateState } from '../../modules/certification/certificate.entity.js';
import { PRODUCER_KINDS, type ProducerKind } from '../../modules/producers/producer-kind.js';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, PLACE_WORDS, TRADE_WORDS } from './data/names.js';
import { CURRENT_PROVINCES, HISTORIC_PROVINCES, HISTORIC_VALID_TO, REFORM_DATE } from './data/provinces.js';
import { SPECIALTIES } from './data/specialties.js';
import { evaluateCertificates, type EvaluationRow } from './evaluations.js';
import { pick, seededRandom } from './random.js';

export interface ProvinceRow { id: string; code: string; name: string; validFrom: string | null; validTo: string | null; successorId: string | null }
export interface ProducerRow { id: string; name: string; kind: ProducerKind; provinceId: string }
export interface ProductRow { id: string; slug: string; name: string; description: string; group: ProductGroup; priceAmount: number; producerId: string }
export interface CertificateRow {
  id: string; productId: string; number: string; stars: number; decisionDate: string; validUntil: string; issuedBy: string; state: CertificateState;
  /** The evaluation it was issued from; absent for historic certificates imported as issued. */
  evaluationId?: string | null;
  revokedReason?: string | null;
  revokedOn?: string | null;
}
export type { EvaluationRow } from './evaluations.js';

export interface SeedData {
  provinces: ProvinceRow[];
  producers: ProducerRow[];
  products: ProductRow[];
  /** Evaluations the certificates were issued from (empty = imported historic certificates only). */
  evaluations?: EvaluationRow[];
  certificates: CertificateRow[];
}

/** Recognition levels changed on 06/07/2025 (Decision 1489/QĐ-TTg); the ministry was renamed 01/03/2025. */
const LEVEL_CHANGE = '2025-07-06';
const MINISTRY_RENAMED = '2025-03-01';
const CREATED_FROM = Date.UTC(2024, 0, 1);

export { addMonths };

function isoDay(random: () => number, from: string, to: string): string {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return new Date(a + Math.floor(random() * ((b - a) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}

/** A deterministic catalogue: same options → same rows, ids included. */
export function generateSeedData(options: { products: number; producersPerKind: number; seed?: number }): SeedData {
  const random = seededRandom(options.seed ?? 20_260_701);
  const id = seededIdFactory(random);

  const provinces: ProvinceRow[] = CURRENT_PROVINCES.map((p) => ({
    id: id('province', CREATED_FROM),
    code: p.code,
    name: p.name,
    validFrom: REFORM_DATE,
    validTo: null,
    successorId: null,
  }));
  const currentByCode = new Map(provinces.map((p) => [p.code, p]));
  for (const h of HISTORIC_PROVINCES) {
    const successor = currentByCode.get(h.successorCode);
    if (!successor) throw new Error(`historic province ${h.name} maps to unknown code ${h.successorCode}`);
    provinces.push({ id: id('province', CREATED_FROM), code: h.code, name: h.name, validFrom: null, validTo: HISTORIC_VALID_TO, successorId: successor.id });
  }
  const byCode = new Map<string, ProvinceRow>();
  for (const p of provinces) if (!byCode.has(p.code) || p.validTo === null) byCode.set(p.code, p);
  const byId = new Map(provinces.map((p) => [p.id, p]));

  // Producers: each kind in equal numbers; half make a specialty where it comes from, the rest
  // make something of a random group anywhere. A producer's name says what it makes.
  const producers: ProducerRow[] = [];
  const byProvinceAndGroup = new Map<string, ProducerRow[]>();
  const byGroup = new Map<ProductGroup, ProducerRow[]>();
  const add = <K>(map: Map<K, ProducerRow[]>, key: K, row: ProducerRow) => map.set(key, [...(map.get(key) ?? []), row]);
  const total = options.producersPerKind * PRODUCER_KINDS.length;
  for (let i = 0; i < total; i++) {
    const kind = PRODUCER_KINDS[i % PRODUCER_KINDS.length]!;
    const specialty = i % 2 === 0 ? SPECIALTIES[(i / 2) % SPECIALTIES.length]! : null;
    const code = specialty?.provinceCode ?? pick(random, provinces).code;
    const group = specialty?.group ?? pick(random, PRODUCT_GROUPS);
    const province = byCode.get(code)!;
    const producer = { id: id('producer', CREATED_FROM + i * 1000), name: producerName(kind, group, random), kind, provinceId: province.id };
    producers.push(producer);
    add(byProvinceAndGroup, `${code}/${group}`, producer);
    add(byGroup, group, producer);
  }

  const products: ProductRow[] = [];
  const certificates: CertificateRow[] = [];
  const slugCounts = new Map<string, number>();
  for (let i = 0; i < options.products; i++) {
    const specialty = SPECIALTIES[i % SPECIALTIES.length]!;
    const packIndex = Math.floor(random() * specialty.packs.length);
    const local = byProvinceAndGroup.get(`${specialty.provinceCode}/${specialty.group}`);
    const producer = pick(random, local && random() < 0.85 ? local : (byGroup.get(specialty.group) ?? producers));
    const name = `${specialty.name} ${specialty.packs[packIndex]}`;
    const baseSlug = slugify(name);
    const n = (slugCounts.get(baseSlug) ?? 0) + 1;
    slugCounts.set(baseSlug, n);
    const price = Math.round((specialty.basePrice * 1.8 ** packIndex * (0.9 + random() * 0.3)) / 1000) * 1000;
    const product: ProductRow = {
      id: id('product', CREATED_FROM + i * 60_000),
      slug: n === 1 ? baseSlug : `${baseSlug}-${n}`,
      name,
      description: `${specialty.description} Sản phẩm của ${producer.name}.`,
      group: specialty.group,
      priceAmount: price,
      producerId: producer.id,
    };
    products.push(product);
    const certificate = certify(product, byId.get(producer.provinceId)!, byId, random, id, certificates.length + 1);
    if (certificate) certificates.push(certificate);
  }
  const evaluations = evaluateCertificates(certificates, (options.seed ?? 20_260_701) + 1);
  return { provinces, producers, products, evaluations, certificates };
}

function producerName(kind: ProducerKind, group: ProductGroup, random: () => number): string {
  const place = pick(random, PLACE_WORDS);
  const trade = pick(random, TRADE_WORDS[group]);
  const person = `${pick(random, FAMILY_NAMES)} ${pick(random, MIDDLE_NAMES)} ${pick(random, GIVEN_NAMES)}`;
  switch (kind) {
    case 'COOPERATIVE':
      return `Hợp tác xã ${trade} ${place}`;
    case 'COOPERATIVE_GROUP':
      return `Tổ hợp tác ${trade} ${place}`;
    case 'ENTERPRISE':
      return random() < 0.5 ? `Công ty TNHH ${trade} ${place}` : `Công ty Cổ phần ${trade} ${place}`;
    case 'HOUSEHOLD_BUSINESS':
      return `Hộ kinh doanh ${person}`;
  }
}

/**
 * 7% five stars (far above the national 0.5%, so the demo shows them), 30% four, 55% three, 8% without a certificate; about one in ten certificates is old
 * enough to have expired and a few are revoked, so listings show the "valid today" rule at work.
 */
function certify(
  product: ProductRow,
  province: ProvinceRow,
  provinces: Map<string, ProvinceRow>,
  random: () => number,
  id: ReturnType<typeof seededIdFactory>,
  sequence: number,
): CertificateRow | null {
  const roll = random();
  if (roll < 0.08) return null;
  const stars = roll < 0.15 ? 5 : roll < 0.45 ? 4 : 3;
  const old = stars < 5 && random() < 0.1;
  const decisionDate = old ? isoDay(random, '2021-01-01', '2022-12-31') : isoDay(random, '2024-01-01', '2026-10-31');
  const afterChange = decisionDate >= LEVEL_CHANGE;
  const issuingProvince = province.successorId && decisionDate >= REFORM_DATE ? provinces.get(province.successorId)! : province;
  const ministry = decisionDate >= MINISTRY_RENAMED ? 'Bộ Nông nghiệp và Môi trường' : 'Bộ Nông nghiệp và Phát triển nông thôn';
  const provinceAuthority = `UBND ${CITY_CODES.has(issuingProvince.code) && !issuingProvince.validTo ? 'thành phố' : 'tỉnh'} ${issuingProvince.name}`;
  const issuedBy = stars === 5 ? ministry : afterChange || stars === 4 ? provinceAuthority : `UBND cấp huyện, tỉnh ${issuingProvince.name}`;
  const year = decisionDate.slice(0, 4);
  return {
    id: id('certificate', Date.parse(decisionDate)),
    productId: product.id,
    number: stars === 5 ? `${sequence}/QĐ-BNN-VPĐP` : `${sequence}/QĐ-UBND-${year}`,
    stars,
    decisionDate,
    validUntil: addMonths(decisionDate, 36),
    issuedBy,
    state: !old && random() < 0.02 ? 'REVOKED' : 'RECOGNISED',
  };
}

const CITY_CODES = new Set(CURRENT_PROVINCES.filter((p) => p.kind === 'city').map((p) => p.code));
