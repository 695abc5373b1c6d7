import { seededIdFactory } from '../../lib/ids.js';
import type { ProductGroup } from '../../modules/catalog/product-group.js';
import { traceCodeFrom } from '../../modules/traceability/trace-code.js';
import { SPECIALTIES } from './data/specialties.js';
import { pick, seededRandom } from './random.js';
import { addMonths, type BatchRow, type ProductRow, type ProvinceRef, type VariantRow } from './generate.js';

/** Months until expiry by group; null: goods that do not expire (crafts, living plants and animals). */
const SHELF_LIFE: Record<Exclude<ProductGroup, 'TOURISM'>, [number, number] | null> = {
  FOOD: [6, 18],
  BEVERAGES: [12, 36],
  HERBAL: [18, 36],
  HANDICRAFTS: null,
  ORNAMENTAL: null,
};

const ORIGINS = [
  'Vùng nguyên liệu liên kết với hộ thành viên tại',
  'Vùng trồng đạt chuẩn VietGAP tại',
  'Nguyên liệu thu mua từ hộ dân địa phương,',
  'Vùng nguyên liệu riêng của cơ sở tại',
];
const CRAFT_ORIGINS = ['Nguyên liệu tự nhiên khai thác tại', 'Nguyên liệu do nghệ nhân làng nghề sơ chế tại'];
const NOTES = [
  '',
  '',
  '',
  'Lô sản xuất phục vụ dịp Tết Nguyên đán.',
  'Đã kiểm nghiệm chỉ tiêu an toàn thực phẩm tại trung tâm kiểm nghiệm tỉnh.',
  'Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp.',
];
/** Units as a label says them, when the pack's first word is not one ("cá 15 cm" counts fish). */
const UNIT_OF_PACK: Record<string, string> = { cá: 'con', 'gói': 'gói', bó: 'bó' };

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * One to three production batches for every product that has them (tourism experiences do not),
 * from a PRNG of their own so adding batches changes no other seeded row. Production between
 * 01/01/2025 and 15/11/2026, so the demo has batches both in date and expired.
 */
export function generateBatches(
  data: { products: ProductRow[]; variants: VariantRow[]; provinces: ProvinceRef[] },
  seed: number,
): BatchRow[] {
  const random = seededRandom(seed);
  const id = seededIdFactory(random);
  const currentByCode = new Map(data.provinces.filter((p) => p.validTo === null).map((p) => [p.code, p]));
  const anyByCode = new Map(data.provinces.map((p) => [p.code, p]));
  const province = (code: string) => currentByCode.get(code) ?? anyByCode.get(code);
  const from = Date.parse('2025-01-01');
  const span = (Date.parse('2026-11-15') - from) / DAY;
  const codes = new Set<string>();
  const firstVariant = new Map<string, VariantRow>();
  for (const v of data.variants) if (!firstVariant.has(v.productId)) firstVariant.set(v.productId, v);
  const batches: BatchRow[] = [];

  data.products.forEach((product, i) => {
    const specialty = SPECIALTIES[i % SPECIALTIES.length]!;
    if (specialty.group === 'TOURISM' || !product.name.startsWith(specialty.name)) return;
    const firstLabel = firstVariant.get(product.id)?.label ?? 'hộp';
    const shelfLife = SHELF_LIFE[specialty.group];
    const firstWord = firstLabel.split(' ')[0]!;
    const unit = UNIT_OF_PACK[firstWord] ?? firstWord;
    const origin = province(specialty.provinceCode);
    const count = 1 + Math.floor(random() * 3);
    const days = Array.from({ length: count }, () => Math.floor(random() * span)).sort((a, b) => a - b);
    days.forEach((day, n) => {
      const productionDate = iso(from + day * DAY);
      const expiryDate = shelfLife
        ? addMonths(productionDate, shelfLife[0] + Math.floor(random() * (shelfLife[1] - shelfLife[0] + 1)))
        : null;
      let traceCode = traceCodeFrom(random);
      while (codes.has(traceCode)) traceCode = traceCodeFrom(random);
      codes.add(traceCode);
      const originWords = pick(random, shelfLife ? ORIGINS : CRAFT_ORIGINS);
      batches.push({
        id: id('batch', Date.parse(productionDate)),
        productId: product.id,
        lotCode: `LSX-${productionDate.slice(2).replaceAll('-', '')}-${String(n + 1).padStart(2, '0')}`,
        productionDate,
        expiryDate,
        quantity: 20 + Math.floor(random() * 200) * 10,
        unit,
        rawMaterialOrigin: origin ? `${originWords} ${origin.name}` : '',
        rawMaterialProvinceId: origin?.id ?? null,
        notes: pick(random, NOTES),
        traceCode,
      });
    });
  });
  return batches;
}
