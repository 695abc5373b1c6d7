import { addMonths } from '../../lib/dates.js';
import { seededIdFactory } from '../../lib/ids.js';
import { slugify } from '../../lib/slug.js';
import { PRODUCT_GROUPS, type ProductGroup } from '../../modules/catalog/product-group.js';
import type { CertificateState } from '../../modules/certification/certificate.entity.js';
import { PRODUCER_KINDS, type ProducerKind } from '../../modules/producers/producer-kind.js';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, PLACE_WORDS, STORY_LINES, TRADE_WORDS } from './data/names.js';
import { SPECIALTIES, type Specialty } from './data/specialties.js';
import { generateBatches } from './batches.js';
import { evaluateCertificates, type EvaluationRow } from './evaluations.js';
import { pick, seededRandom } from './random.js';

/** A province row as the reference-data migration created it. */
export interface ProvinceRef { id: string; code: string; name: string; kind: 'CITY' | 'PROVINCE'; validTo: string | null; successorId: string | null }
export interface DistrictRow { id: string; code: string; name: string; provinceId: string }
export interface CommuneRow {
  id: string; code: string; name: string; provinceId: string;
  districtId?: string | null; validTo?: string | null; successorId?: string | null;
}
export interface ProducerRow {
  id: string; slug: string; name: string; kind: ProducerKind; provinceId: string; communeId: string | null;
  registrationNumber: string | null; addressLine: string | null; phone: string | null; email: string | null;
  story: string; verified: boolean;
}
export interface ProductRow {
  id: string; slug: string; name: string; description: string; group: ProductGroup; productSetCode: string | null;
  rawMaterialArea: string | null; priceAmount: number; producerId: string;
}
export interface VariantRow { id: string; productId: string; sku: string; label: string; priceAmount: number; stock: number; weightGrams: number | null; position: number }
export interface CertificateRow {
  id: string; productId: string; number: string; stars: number; decisionDate: string; validUntil: string; issuedBy: string; state: CertificateState;
  /** The evaluation it was issued from; absent for historic certificates imported as issued. */
  evaluationId?: string | null;
  revokedReason?: string | null;
  revokedOn?: string | null;
}
export type { EvaluationRow } from './evaluations.js';

export interface BatchRow {
  id: string; productId: string; lotCode: string; productionDate: string; expiryDate: string | null; quantity: number;
  unit: string; rawMaterialOrigin: string; rawMaterialProvinceId: string | null; notes: string; traceCode: string;
}

export interface SeedData {
  districts?: DistrictRow[];
  communes: CommuneRow[];
  producers: ProducerRow[];
  products: ProductRow[];
  variants: VariantRow[];
  /** Evaluations the certificates were issued from (empty = imported historic certificates only). */
  evaluations?: EvaluationRow[];
  certificates: CertificateRow[];
  batches: BatchRow[];
}

/** Provinces merged on 01/07/2025; recognition levels changed 06/07/2025 (Decision 1489/QĐ-TTg). */
const REFORM_DATE = '2025-07-01';
const LEVEL_CHANGE = '2025-07-06';
const MINISTRY_RENAMED = '2025-03-01';
const CREATED_FROM = Date.UTC(2024, 0, 1);
/** How a producer tells apart its second, third… product of the same specialty. */
const QUALIFIERS = ['loại đặc biệt', 'truyền thống', 'hữu cơ', 'cao cấp', 'gia truyền', 'thượng hạng'];
/** Demo communes use codes 9xxxx, outside the official range, so they are never mistaken for real ones. */
const DEMO_COMMUNE_PREFIX = '9';

export { addMonths };

function isoDay(random: () => number, from: string, to: string): string {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return new Date(a + Math.floor(random() * ((b - a) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}

function uniqueSlug(taken: Map<string, number>, text: string): string {
  const base = slugify(text);
  const n = (taken.get(base) ?? 0) + 1;
  taken.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

function weightOf(label: string): number | null {
  const match = /(\d+(?:,\d+)?)\s*(kg|g)\b/.exec(label);
  if (!match) return null;
  const value = Number(match[1]!.replace(',', '.'));
  return Math.round(match[2] === 'kg' ? value * 1000 : value);
}

/**
 * A deterministic demo catalogue over the reference provinces: same options → same rows, ids
 * included. Most producers registered before the 2025 reform, so they keep a pre-2025 province.
 */
export function generateSeedData(options: { products: number; producersPerKind: number; provinces: ProvinceRef[]; seed?: number }): SeedData {
  const random = seededRandom(options.seed ?? 20_260_701);
  const id = seededIdFactory(random);
  const historicByCode = new Map(options.provinces.filter((p) => p.validTo).map((p) => [p.code, p]));
  const byId = new Map(options.provinces.map((p) => [p.id, p]));
  const historic = [...historicByCode.values()];
  if (!historic.length) throw new Error('no reference provinces: run the migrations first');

  // Two demo communes per current province.
  const communes: CommuneRow[] = [];
  const communesByCurrent = new Map<string, CommuneRow[]>();
  for (const province of options.provinces.filter((p) => !p.validTo)) {
    for (let k = 0; k < 2; k++) {
      const row = { id: id('commune', CREATED_FROM), code: `${DEMO_COMMUNE_PREFIX}${province.code}${k}${k}`.slice(0, 5), name: `Xã ${PLACE_WORDS[(communes.length * 7) % PLACE_WORDS.length]}`, provinceId: province.id };
      communes.push(row);
      communesByCurrent.set(province.id, [...(communesByCurrent.get(province.id) ?? []), row]);
    }
  }

  // One demo district per pre-2025 province, with one commune that was merged into a current one:
  // addresses registered before the reform keep them and resolve to today's commune.
  const districts: DistrictRow[] = [];
  const historicCommuneByProvince = new Map<string, CommuneRow>();
  historic.forEach((province, i) => {
    const district = { id: id('district', CREATED_FROM), code: `9${String(i).padStart(2, '0')}`, name: `Huyện ${PLACE_WORDS[(i * 5) % PLACE_WORDS.length]}`, provinceId: province.id };
    districts.push(district);
    const successor = communesByCurrent.get(province.successorId!)![0]!;
    const commune = {
      id: id('commune', CREATED_FROM), code: `8${province.code}00`, name: `Xã ${PLACE_WORDS[(i * 3 + 1) % PLACE_WORDS.length]}`,
      provinceId: province.id, districtId: district.id, validTo: '2025-06-30', successorId: successor.id,
    };
    communes.push(commune);
    historicCommuneByProvince.set(province.id, commune);
  });

  // Producers: each kind in equal numbers; half make a specialty where it comes from, the rest make
  // something of a random group anywhere. A producer's name says what it makes and where.
  const producers: (ProducerRow & { place: string })[] = [];
  const byProvinceAndGroup = new Map<string, (typeof producers)[number][]>();
  const byGroup = new Map<ProductGroup, (typeof producers)[number][]>();
  const add = <K, V>(map: Map<K, V[]>, key: K, row: V) => map.set(key, [...(map.get(key) ?? []), row]);
  const producerSlugs = new Map<string, number>();
  const total = options.producersPerKind * PRODUCER_KINDS.length;
  for (let i = 0; i < total; i++) {
    const kind = PRODUCER_KINDS[i % PRODUCER_KINDS.length]!;
    const specialty = i % 2 === 0 ? SPECIALTIES[(i / 2) % SPECIALTIES.length]! : null;
    const origin = specialty ? historicByCode.get(specialty.provinceCode) ?? pick(random, historic) : pick(random, historic);
    const group = specialty?.group ?? pick(random, PRODUCT_GROUPS);
    const current = byId.get(origin.successorId!)!;
    // 15% registered after the reform, under the current unit.
    const province = random() < 0.15 ? current : origin;
    const place = pick(random, PLACE_WORDS);
    const name = producerName(kind, group, place, random);
    const commune =
      random() < 0.8 ? (province.validTo ? historicCommuneByProvince.get(province.id)! : pick(random, communesByCurrent.get(current.id)!)) : null;
    const producer = {
      id: id('producer', CREATED_FROM + i * 1000),
      slug: uniqueSlug(producerSlugs, name),
      name, kind, place,
      provinceId: province.id,
      communeId: commune?.id ?? null,
      registrationNumber: random() < 0.9 ? String(Math.floor(random() * 9e9) + 1e9).padStart(10, '0') : null,
      addressLine: `Thôn ${pick(random, PLACE_WORDS)}`,
      phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
      email: kind === 'ENTERPRISE' || kind === 'COOPERATIVE' ? `lienhe@${slugify(place).replace(/-/g, '')}${i}.vn` : null,
      story: `<p>${pick(random, STORY_LINES)} ${name} đồng hành cùng bà con ${province.name} phát triển sản phẩm OCOP.</p>`,
      verified: random() < 0.95,
    };
    producers.push(producer);
    add(byProvinceAndGroup, `${origin.code}/${group}`, producer);
    add(byGroup, group, producer);
  }

  const products: ProductRow[] = [];
  const variants: VariantRow[] = [];
  const certificates: CertificateRow[] = [];
  const productSlugs = new Map<string, number>();
  const namesByProducer = new Map<string, Map<string, number>>();
  for (let i = 0; i < options.products; i++) {
    const specialty = SPECIALTIES[i % SPECIALTIES.length]!;
    const local = byProvinceAndGroup.get(`${specialty.provinceCode}/${specialty.group}`);
    const producer = pick(random, local && random() < 0.85 ? local : (byGroup.get(specialty.group) ?? producers));
    // A producer never lists two products of the same name (imports match products by producer + name).
    const baseName = `${specialty.name} ${producer.place}`;
    const seen = namesByProducer.get(producer.id) ?? new Map<string, number>();
    namesByProducer.set(producer.id, seen);
    const repeat = (seen.get(baseName) ?? 0) + 1;
    seen.set(baseName, repeat);
    const qualifier = QUALIFIERS[repeat - 2];
    const name = repeat === 1 ? baseName : qualifier ? `${baseName} ${qualifier}` : `${baseName} – mẫu ${repeat}`;
    const productId = id('product', CREATED_FROM + i * 60_000);
    const productVariants = variantsFor(specialty, productId, i, random);
    variants.push(...productVariants);
    const product: ProductRow = {
      id: productId,
      slug: uniqueSlug(productSlugs, name),
      name,
      description: `<p>${specialty.description}</p><p>Sản phẩm của ${producer.name}.</p>`,
      group: specialty.group,
      productSetCode: specialty.set,
      rawMaterialArea: specialty.group === 'TOURISM' ? null : `Vùng nguyên liệu ${producer.place}, ${byId.get(producer.provinceId)!.name}`,
      priceAmount: Math.min(...productVariants.map((v) => v.priceAmount)),
      producerId: producer.id,
    };
    products.push(product);
    const certificate = certify(product, byId.get(producer.provinceId)!, byId, random, id, certificates.length + 1);
    if (certificate) certificates.push(certificate);
  }
  const publicProducers = producers.map(({ place: _, ...p }) => p);
  // Batches and evaluations draw from PRNGs of their own, so they leave every row above as it was.
  const batches = generateBatches({ products, variants, provinces: options.provinces }, (options.seed ?? 20_260_701) + 1);
  const evaluations = evaluateCertificates(certificates, (options.seed ?? 20_260_701) + 2);
  return { districts, communes, producers: publicProducers, products, variants, evaluations, certificates, batches };
}

function variantsFor(specialty: Specialty, productId: string, index: number, random: () => number): VariantRow[] {
  const count = 1 + Math.floor(random() * specialty.packs.length);
  const soldOut = random() < 0.08;
  return specialty.packs.slice(0, count).map((label, k) => ({
    id: `${productId.replace('prd_', 'var_')}${k}`,
    productId,
    sku: `OCOP-${index.toString(36).toUpperCase().padStart(5, '0')}-${k + 1}`,
    label,
    priceAmount: Math.round((specialty.basePrice * 1.8 ** k * (0.9 + random() * 0.3)) / 1000) * 1000,
    stock: soldOut ? 0 : Math.floor(random() * 200),
    weightGrams: weightOf(label),
    position: k,
  }));
}

function producerName(kind: ProducerKind, group: ProductGroup, place: string, random: () => number): string {
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
 * 7% five stars (far above the national 0.5%, so the demo shows them), 30% four, 55% three, 8%
 * without a certificate; about one in ten certificates is old enough to have expired and a few are
 * revoked, so listings show the "valid today" rule at work. The authority is the one of the unit as
 * it was on the decision date.
 */
function certify(
  product: ProductRow,
  registered: ProvinceRef,
  provinces: Map<string, ProvinceRef>,
  random: () => number,
  id: ReturnType<typeof seededIdFactory>,
  sequence: number,
): CertificateRow | null {
  const roll = random();
  if (roll < 0.08) return null;
  const stars = roll < 0.15 ? 5 : roll < 0.45 ? 4 : 3;
  const registeredAfterReform = !registered.validTo;
  const old = !registeredAfterReform && stars < 5 && random() < 0.1;
  const decisionDate = old
    ? isoDay(random, '2021-01-01', '2022-12-31')
    : isoDay(random, registeredAfterReform ? LEVEL_CHANGE : '2024-01-01', '2026-10-31');
  const unit = registered.successorId && decisionDate >= REFORM_DATE ? provinces.get(registered.successorId)! : registered;
  const ministry = decisionDate >= MINISTRY_RENAMED ? 'Bộ Nông nghiệp và Môi trường' : 'Bộ Nông nghiệp và Phát triển nông thôn';
  const provinceAuthority = `UBND ${unit.kind === 'CITY' ? 'thành phố' : 'tỉnh'} ${unit.name}`;
  const issuedBy =
    stars === 5 ? ministry : decisionDate >= LEVEL_CHANGE || stars === 4 ? provinceAuthority : `UBND cấp huyện, ${unit.kind === 'CITY' ? 'thành phố' : 'tỉnh'} ${unit.name}`;
  return {
    id: id('certificate', Date.parse(decisionDate)),
    productId: product.id,
    number: stars === 5 ? `${sequence}/QĐ-BNN-VPĐP` : `${sequence}/QĐ-UBND-${decisionDate.slice(0, 4)}`,
    stars,
    decisionDate,
    validUntil: addMonths(decisionDate, 36),
    issuedBy,
    state: !old && random() < 0.02 ? 'REVOKED' : 'RECOGNISED',
  };
}
