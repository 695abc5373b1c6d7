import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { rows } from '../../lib/sql.js';
import { vietnamToday } from '../../lib/today.js';
import type { Viewer } from '../../modules/accounts/viewer.js';
import { createServices, defaultServiceDeps } from '../../modules/services.js';
import type { ExperienceInput } from '../../modules/tourism/experience-input.js';
import type { ExperienceProductRelation, TourismPointKind } from '../../modules/tourism/tourism-kinds.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

/** Days of slots the demo experiences get from the seed's clock on ("next Saturday" is always bookable). */
export const DEMO_SLOT_DAYS = 60;

interface DemoExperience extends ExperienceInput {
  name: string;
  durationMinutes: number;
  maxPartySize: number;
  /** Seeded products whose name starts with one of these, with the relation. */
  productNames?: [string, ExperienceProductRelation][];
  slots: { weekdays: number[]; startTimes: string[]; capacity: number };
}

interface DemoPoint {
  name: string;
  kind: TourismPointKind;
  provinceCode: string;
  addressLine: string;
  latitude: number;
  longitude: number;
  description: string;
  amenities: string[];
  languages: string[];
  certificate?: { stars: number; number: string; decisionDate: string };
  experiences: DemoExperience[];
}

interface DemoOperator {
  /** null: the demo account's operator (dieuhanh@ocop.test). */
  slug: string | null;
  name: string;
  provinceCode: string;
  description: string;
  points: DemoPoint[];
}

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

export const DEMO_TOURISM: DemoOperator[] = [
  {
    slug: null,
    name: 'HTX Du lịch cộng đồng Làng cổ Đường Lâm',
    provinceCode: '01',
    description: '',
    points: [{
      name: 'Làng cổ Đường Lâm', kind: 'VILLAGE', provinceCode: '01', addressLine: 'Thôn Mông Phụ, Đường Lâm', latitude: 21.1587, longitude: 105.4697,
      description: '<p>Làng cổ hơn 1.200 năm với nhà đá ong, giếng làng và đình Mông Phụ. Nghề làm tương và chè lam vẫn giữ nguyên cách làm xưa.</p>',
      amenities: ['Bãi đỗ xe', 'Nhà vệ sinh', 'Cho thuê xe đạp', 'Wi-Fi'], languages: ['vi', 'en'],
      certificate: { stars: 3, number: '2015/QĐ-UBND', decisionDate: '2025-10-20' },
      experiences: [
        {
          name: 'Nấu cơm làng và làm tương Đường Lâm', summary: 'Đi chợ, nấu mâm cơm làng với gia đình chủ nhà và học ủ tương.', durationMinutes: 180, maxPartySize: 12,
          confirmation: 'ON_REQUEST', bookingCutoffHours: 24, freeCancellationHours: 72, included: ['Bữa trưa', 'Nguyên liệu', 'Hướng dẫn viên'], languages: ['vi', 'en'],
          prices: [{ unitType: 'ADULT', amount: 450_000 }, { unitType: 'CHILD', amount: 250_000, minAge: 6, maxAge: 11 }, { unitType: 'INFANT', amount: 0, maxAge: 5 }],
          productNames: [['Chè lam', 'TASTED'], ['Tương', 'MADE']],
          slots: { weekdays: [6, 7], startTimes: ['09:00'], capacity: 15 },
        },
        {
          name: 'Đạp xe quanh làng cổ', summary: 'Một vòng xe đạp qua cổng làng, đình Mông Phụ và nhà cổ hơn 400 năm.', durationMinutes: 120, maxPartySize: 10,
          confirmation: 'INSTANT', bookingCutoffHours: 2, freeCancellationHours: 24, included: ['Xe đạp', 'Nước uống', 'Vé tham quan'], languages: ['vi', 'en', 'fr'],
          prices: [{ unitType: 'ADULT', amount: 200_000 }, { unitType: 'STUDENT', amount: 150_000 }],
          slots: { weekdays: EVERY_DAY, startTimes: ['08:00', '15:00'], capacity: 10 },
        },
      ],
    }],
  },
  {
    slug: 'htx-du-lich-cong-dong-suoi-giang',
    name: 'HTX Du lịch cộng đồng Suối Giàng',
    provinceCode: '15',
    description: '<p>Đồng bào Mông Suối Giàng giữ những cây chè Shan tuyết hàng trăm năm tuổi và đón khách lên đồi chè.</p>',
    points: [
      {
        name: 'Đồi chè Shan tuyết Suối Giàng', kind: 'FARM', provinceCode: '15', addressLine: 'Xã Suối Giàng', latitude: 21.6186, longitude: 104.6561,
        description: '<p>Đồi chè cổ thụ ở độ cao 1.400 m, mây phủ quanh năm. Búp chè phủ lông tơ trắng, sao bằng chảo gang theo cách của người Mông.</p>',
        amenities: ['Bãi đỗ xe', 'Nhà vệ sinh', 'Nhà sàn nghỉ chân', 'Quầy sản phẩm OCOP'], languages: ['vi', 'en', 'fr'],
        certificate: { stars: 4, number: '2451/QĐ-UBND', decisionDate: '2025-09-15' },
        experiences: [{
          name: 'Hái chè Shan tuyết và thưởng trà',
          summary: 'Lên đồi chè cổ thụ cùng người Mông, hái búp, sao chè bằng chảo gang và thưởng trà bên bếp lửa.',
          description: '<p>Buổi sáng đi bộ lên đồi chè, học cách hái một tôm hai lá; buổi chiều sao chè và thưởng trà cùng nghệ nhân.</p>',
          durationMinutes: 240, maxPartySize: 8, confirmation: 'INSTANT', bookingCutoffHours: 12, freeCancellationHours: 48,
          included: ['Hướng dẫn viên người Mông', 'Trà và bánh', '100 g chè mang về'], languages: ['vi', 'en'],
          prices: [{ unitType: 'ADULT', amount: 350_000 }, { unitType: 'CHILD', label: 'Trẻ em 6–11 tuổi', amount: 180_000, minAge: 6, maxAge: 11 }],
          productNames: [['Chè Shan tuyết', 'TASTED'], ['Tinh dầu quế', 'SOLD']],
          slots: { weekdays: EVERY_DAY, startTimes: ['08:00', '13:30'], capacity: 12 },
        }],
      },
      {
        name: 'Homestay bản Tả Van', kind: 'HOMESTAY', provinceCode: '15', addressLine: 'Bản Tả Van, Sa Pa', latitude: 22.3105, longitude: 103.8902,
        description: '<p>Nhà trình tường của người Dao đỏ giữa ruộng bậc thang, có phòng cho khách và bếp lửa chung.</p>',
        amenities: ['Phòng nghỉ', 'Bữa ăn', 'Tắm lá thuốc'], languages: ['vi', 'en'],
        experiences: [{
          name: 'Tắm lá thuốc người Dao đỏ', summary: 'Ngâm mình trong nồi lá thuốc đun từ hơn 20 loại lá rừng.', durationMinutes: 60, maxPartySize: 4,
          confirmation: 'INSTANT', bookingCutoffHours: 3, freeCancellationHours: 24, included: ['Khăn', 'Trà gừng'], languages: ['vi', 'en'],
          prices: [{ unitType: 'ADULT', amount: 150_000 }],
          slots: { weekdays: EVERY_DAY, startTimes: ['17:00', '19:00'], capacity: 6 },
        }],
      },
    ],
  },
  {
    slug: 'htx-gom-su-bat-trang',
    name: 'HTX Gốm sứ Bát Tràng',
    provinceCode: '01',
    description: '<p>Nghệ nhân làng gốm Bát Tràng mở xưởng cho khách tự tay nặn và vẽ gốm.</p>',
    points: [{
      name: 'Làng gốm Bát Tràng', kind: 'CRAFT_VILLAGE', provinceCode: '01', addressLine: 'Xã Bát Tràng', latitude: 20.9755, longitude: 105.9128,
      description: '<p>Làng nghề gốm hơn 500 năm bên sông Hồng, với chợ gốm, lò bầu cổ và các xưởng gia đình.</p>',
      amenities: ['Bãi đỗ xe', 'Nhà vệ sinh', 'Cửa hàng gốm'], languages: ['vi', 'en', 'ko', 'ja'],
      certificate: { stars: 4, number: '3120/QĐ-UBND', decisionDate: '2025-11-05' },
      experiences: [{
        name: 'Làm gốm Bát Tràng', summary: 'Nặn gốm trên bàn xoay, vẽ men lam cùng nghệ nhân; sản phẩm được nung và gửi về nhà.', durationMinutes: 120, maxPartySize: 20,
        confirmation: 'ON_REQUEST', bookingCutoffHours: 24, freeCancellationHours: 48, included: ['Đất và men', 'Nung sản phẩm', 'Hộp đựng'], languages: ['vi', 'en', 'ko'],
        prices: [{ unitType: 'ADULT', amount: 250_000 }, { unitType: 'CHILD', amount: 180_000, maxAge: 11 }, { unitType: 'FAMILY', label: 'Gia đình 2 lớn 2 nhỏ', amount: 750_000, seats: 4 }],
        productNames: [['Gốm men lam Bát Tràng', 'MADE'], ['Trải nghiệm làm gốm Bát Tràng', 'SOLD']],
        slots: { weekdays: EVERY_DAY, startTimes: ['09:00', '14:00'], capacity: 10 },
      }],
    }],
  },
  {
    slug: 'htx-du-lich-sinh-thai-con-son',
    name: 'HTX Du lịch sinh thái Cồn Sơn',
    provinceCode: '92',
    description: '<p>Cù lao giữa sông Hậu với vườn trái cây, bè cá và bánh dân gian.</p>',
    points: [{
      name: 'Cù lao Cồn Sơn', kind: 'ECO_SITE', provinceCode: '92', addressLine: 'Cồn Sơn, Bình Thủy', latitude: 10.0733, longitude: 105.7426,
      description: '<p>Đi xuồng quanh cù lao, thăm bè cá, vườn chôm chôm và làm bánh xèo cùng người dân.</p>',
      amenities: ['Bến xuồng', 'Nhà vệ sinh', 'Áo phao'], languages: ['vi', 'en', 'zh'],
      certificate: { stars: 3, number: '1876/QĐ-UBND', decisionDate: '2025-08-12' },
      experiences: [{
        name: 'Đi xuồng và làm bánh dân gian', summary: 'Xuồng ba lá quanh cù lao, xem cá lóc bay và tự đổ bánh xèo.', durationMinutes: 180, maxPartySize: 15,
        confirmation: 'INSTANT', bookingCutoffHours: 6, freeCancellationHours: 24, included: ['Xuồng', 'Áo phao', 'Bánh và trái cây'], languages: ['vi', 'en'],
        prices: [{ unitType: 'ADULT', amount: 300_000 }, { unitType: 'CHILD', amount: 150_000, maxAge: 11 }, { unitType: 'SENIOR', amount: 250_000, minAge: 60 }],
        slots: { weekdays: EVERY_DAY, startTimes: ['07:30', '14:30'], capacity: 15 },
      }],
    }],
  },
];

/**
 * The demo tourism catalogue: points, experiences (with slots for DEMO_SLOT_DAYS days from `now`)
 * and point certificates of the demo operator and three more approved operators, written through the
 * tourism services as the demo admin. Replaces any previous demo tourism catalogue. Deterministic but
 * for ids and the slots' window.
 */
export async function writeDemoTourism(em: EntityManager, now: Date = new Date()): Promise<{ points: number; experiences: number; slots: number }> {
  const services = createServices(em, { ...defaultServiceDeps(), now: () => now });
  const adminId = await services.accounts.userIdByEmail(DEMO_ACCOUNTS.admin);
  const operatorOwnerId = await services.accounts.userIdByEmail(DEMO_ACCOUNTS.operator);
  if (!adminId || !operatorOwnerId) throw new Error('write the demo accounts first');
  const admin: Viewer = { userId: adminId, email: DEMO_ACCOUNTS.admin, emailVerifiedAt: null, roles: await services.accounts.rolesOf(adminId) };
  const demoOperatorId = (await services.accounts.rolesOf(operatorOwnerId)).find((r) => r.kind === 'OPERATOR_MEMBER')!.operatorId!;
  // Experiences and everything hanging off them (slots, and the bookings of a previous demo) go.
  await rows(em, `truncate tourism_point cascade`);
  const today = vietnamToday(now);
  const must = <T>(r: { result: T | null; userErrors: { code: string; field: string[] }[] }, what: string): T => {
    if (!r.result) throw new Error(`demo tourism: ${what}: ${r.userErrors.map((e) => `${e.field.join('.')} ${e.code}`).join(', ')}`);
    return r.result;
  };
  const counts = { points: 0, experiences: 0, slots: 0 };
  for (const operator of DEMO_TOURISM) {
    let operatorId = demoOperatorId;
    if (operator.slug) {
      const [province] = await rows<{ id: string }>(em, `select id from province where code = ? and valid_to is null`, [operator.provinceCode]);
      await rows(
        em,
        `insert into tourism_operator (id, slug, name, kind, province_id, description, approved_at, approved_by_id, created_at)
         values (?, ?, ?, 'COOPERATIVE', ?, ?, now(), ?, now()) on conflict (slug) do nothing`,
        [newId('tourismOperator'), operator.slug, operator.name, province!.id, operator.description, adminId],
      );
      operatorId = (await services.tourismOperators.bySlug(operator.slug))!.id;
    }
    for (const p of operator.points) {
      const { experiences, certificate, ...fields } = p;
      const point = must(await services.tourismPoints.create(admin, operatorId, fields), p.name);
      must(await services.tourismPoints.setStatus(admin, point.id, 'PUBLISHED'), p.name);
      counts.points++;
      if (certificate) must(await services.pointCertificates.record(admin, { pointId: point.id, ...certificate }), `${p.name} certificate`);
      for (const e of experiences) {
        const { productNames = [], slots, ...input } = e;
        const products: { productId: string; relation: ExperienceProductRelation }[] = [];
        for (const [prefix, relation] of productNames) {
          const [found] = await rows<{ id: string }>(
            em,
            `select p.id from product p join producer pr on pr.id = p.producer_id
             where p.name like ? and p.status = 'PUBLISHED' and pr.verified order by p.id limit 1`,
            [`${prefix}%`],
          );
          if (found && !products.some((x) => x.productId === found.id)) products.push({ productId: found.id, relation });
        }
        const experience = must(await services.experiences.create(admin, point.id, { ...input, products }), e.name);
        must(await services.experiences.setStatus(admin, experience.id, 'PUBLISHED'), e.name);
        counts.experiences++;
        const generated = must(await services.experienceSlots.generate(admin, {
          experienceId: experience.id, fromDate: today, toDate: addDays(today, DEMO_SLOT_DAYS - 1), ...slots,
        }), `${e.name} slots`);
        counts.slots += generated.created;
      }
    }
  }
  return counts;
}
