import { toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import { pick, viewerOf, type ModuleMatrix, type Targets } from '../../test/matrix.js';
import { TEST_PASSWORD } from '../../test/roles.js';
import { createServices } from '../services.js';

/**
 * The tourism module's rows of the authorisation matrix (accounts.matrix.test.ts): operators
 * (registration, approval, profile) and every mutation of points, experiences, slots and point
 * certificates, with targets written by `setUp` after the role world exists. Operator O (owned by
 * `operator`, province X = Hà Nội) owns every target.
 */
const targets = {
  operatorId: '',
  /** A pending (unapproved) operator for operatorApprove. */
  pendingOperatorId: '',
  pointId: '',
  archivePointId: '',
  experienceId: '',
  archiveExperienceId: '',
  slotId: '',
  productId: '',
  imageTo: {} as Targets,
  certificateTo: {} as Targets,
};

const POINT = `point { name status } userErrors { code }`;
const EXPERIENCE = `experience { name status } userErrors { code }`;
const SLOT = `slot { capacity closedAt } userErrors { code }`;
const OPERATORS = ['operator', 'admin'] as const;

export const TOURISM_MATRIX: ModuleMatrix = {
  async setUp(orm, world) {
    const services = createServices(orm.em.fork());
    const admin = viewerOf(world, 'admin');
    const must = <T>(r: { result: T | null; userErrors: unknown[] }): T => {
      if (!r.result) throw new Error(JSON.stringify(r.userErrors));
      return r.result;
    };
    targets.operatorId = world.operators.o.id;
    targets.productId = world.products.a.id;
    const point = must(await services.tourismPoints.create(admin, world.operators.o.id, { name: 'Làng cổ Đường Lâm', kind: 'VILLAGE' }));
    targets.pointId = point.id;
    targets.archivePointId = must(await services.tourismPoints.create(admin, world.operators.o.id, { name: 'Điểm sẽ lưu trữ', kind: 'FARM' })).id;
    const prices = [{ unitType: 'ADULT' as const, amount: 200_000 }];
    targets.experienceId = must(await services.experiences.create(admin, point.id, { name: 'Nấu chè kho', durationMinutes: 90, maxPartySize: 6, prices })).id;
    targets.archiveExperienceId = must(await services.experiences.create(admin, point.id, { name: 'Sẽ lưu trữ', durationMinutes: 90, maxPartySize: 6, prices })).id;
    await services.experienceSlots.generate(admin, { experienceId: targets.experienceId, fromDate: '2030-06-01', toDate: '2030-06-01', weekdays: [1, 2, 3, 4, 5, 6, 7], startTimes: ['08:00'], capacity: 10 });
    const [slot] = await rows<{ id: string }>(orm.em.fork(), `select id from experience_slot where experience_id = ?`, [targets.experienceId]);
    targets.slotId = slot!.id;
    for (const who of ['operator', 'admin', 'refused'] as const) {
      const id = `img_TOURISM${who.toUpperCase().padEnd(19, '0')}`;
      await rows(orm.em.fork(), `insert into tourism_point_image (id, point_id, url, alt, width, height, position) values (?, ?, ?, ?, 60, 40, 0)`, [id, point.id, `/seed/${who}.webp`, who]);
      targets.imageTo[who] = id;
    }
    for (const who of ['councilX', 'admin', 'refused'] as const) {
      targets.certificateTo[who] = must(await services.pointCertificates.record(admin, { pointId: point.id, stars: 4, number: `${who}/QĐ-UBND`, decisionDate: '2025-09-10' })).id;
    }
    const applicant = await services.accounts.signUp({ email: 'applicant@matrix.test', password: TEST_PASSWORD });
    targets.pendingOperatorId = (await services.operatorRegistration.register(applicant.viewer!, { name: 'Homestay Chờ Duyệt', kind: 'HOUSEHOLD', provinceCode: '46' })).operator!.id;
  },

  rows: {
    tourismPointCreate: {
      allowed: OPERATORS,
      run: (gql, role) => gql(`mutation ($input: TourismPointCreateInput!) { tourismPointCreate(input: $input) { ${POINT} } }`, {
        input: { operatorId: toGlobalId('TourismOperator', targets.operatorId), name: `Homestay ${role}`, kind: 'HOMESTAY' },
      }),
    },
    tourismPointUpdate: {
      allowed: OPERATORS,
      run: (gql, role) => gql(`mutation ($input: TourismPointUpdateInput!) { tourismPointUpdate(input: $input) { ${POINT} } }`, {
        input: { pointId: toGlobalId('TourismPoint', targets.pointId), addressLine: `Thôn Mông Phụ (${role})`, amenities: ['Wi-Fi'] },
      }),
    },
    tourismPointPublish: {
      allowed: OPERATORS,
      run: (gql) => gql(`mutation ($id: ID!) { tourismPointPublish(pointId: $id) { ${POINT} } }`, { id: toGlobalId('TourismPoint', targets.pointId) }),
    },
    tourismPointArchive: {
      allowed: OPERATORS,
      run: (gql) => gql(`mutation ($id: ID!) { tourismPointArchive(pointId: $id) { ${POINT} } }`, { id: toGlobalId('TourismPoint', targets.archivePointId) }),
    },
    tourismPointImageRemove: {
      allowed: OPERATORS,
      run: (gql, role) => gql(`mutation ($id: ID!) { tourismPointImageRemove(imageId: $id) { ${POINT} } }`, { id: toGlobalId('TourismPointImage', pick(targets.imageTo, role)) }),
    },
    tourismPointCertificateRecord: {
      allowed: ['councilX', 'admin'],
      run: (gql, role) => gql(`mutation ($input: TourismPointCertificateRecordInput!) { tourismPointCertificateRecord(input: $input) { certificate { stars isValid } userErrors { code } } }`, {
        input: { pointId: toGlobalId('TourismPoint', targets.pointId), stars: 4, number: `${role}-2/QĐ-UBND`, decisionDate: '2025-10-01' },
      }),
    },
    tourismPointCertificateRevoke: {
      allowed: ['councilX', 'admin'],
      run: (gql, role) => gql(`mutation ($id: ID!) { tourismPointCertificateRevoke(certificateId: $id) { certificate { state } userErrors { code } } }`, {
        id: toGlobalId('TourismPointCertificate', pick(targets.certificateTo, role)),
      }),
    },
    experienceCreate: {
      allowed: OPERATORS,
      run: (gql, role) => gql(`mutation ($input: ExperienceCreateInput!) { experienceCreate(input: $input) { ${EXPERIENCE} } }`, {
        input: {
          pointId: toGlobalId('TourismPoint', targets.pointId), name: `Làm tương ${role}`, durationMinutes: 60, maxPartySize: 4,
          prices: [{ unitType: 'ADULT', amount: 100_000 }], products: [{ productId: toGlobalId('Product', targets.productId), relation: 'TASTED' }],
        },
      }),
    },
    experienceUpdate: {
      allowed: OPERATORS,
      run: (gql, role) => gql(`mutation ($input: ExperienceUpdateInput!) { experienceUpdate(input: $input) { ${EXPERIENCE} } }`, {
        input: { experienceId: toGlobalId('Experience', targets.experienceId), summary: `Sửa bởi ${role}` },
      }),
    },
    experiencePublish: {
      allowed: OPERATORS,
      run: (gql) => gql(`mutation ($id: ID!) { experiencePublish(experienceId: $id) { ${EXPERIENCE} } }`, { id: toGlobalId('Experience', targets.experienceId) }),
    },
    experienceArchive: {
      allowed: OPERATORS,
      run: (gql) => gql(`mutation ($id: ID!) { experienceArchive(experienceId: $id) { ${EXPERIENCE} } }`, { id: toGlobalId('Experience', targets.archiveExperienceId) }),
    },
    experienceSlotsGenerate: {
      allowed: OPERATORS,
      run: (gql) => gql(`mutation ($input: ExperienceSlotsGenerateInput!) { experienceSlotsGenerate(input: $input) { createdCount userErrors { code } } }`, {
        input: { experienceId: toGlobalId('Experience', targets.experienceId), fromDate: '2030-07-01', toDate: '2030-07-07', weekdays: [6, 7], startTimes: ['08:00'], capacity: 10 },
      }),
    },
    experienceSlotUpdate: {
      allowed: OPERATORS,
      run: (gql) => gql(`mutation ($input: ExperienceSlotUpdateInput!) { experienceSlotUpdate(input: $input) { ${SLOT} } }`, {
        input: { slotId: toGlobalId('ExperienceSlot', targets.slotId), capacity: 14 },
      }),
    },
    experienceSlotClose: {
      allowed: OPERATORS,
      run: (gql) => gql(`mutation ($input: ExperienceSlotCloseInput!) { experienceSlotClose(input: $input) { ${SLOT} } }`, {
        input: { slotId: toGlobalId('ExperienceSlot', targets.slotId), reason: 'Mưa bão' },
      }),
    },
    experienceSlotReopen: {
      allowed: OPERATORS,
      run: (gql) => gql(`mutation ($id: ID!) { experienceSlotReopen(slotId: $id) { ${SLOT} } }`, { id: toGlobalId('ExperienceSlot', targets.slotId) }),
    },
    experienceSlotsClose: {
      allowed: OPERATORS,
      run: (gql) => gql(`mutation ($input: ExperienceSlotsCloseInput!) { experienceSlotsClose(input: $input) { closedCount userErrors { code } } }`, {
        input: { experienceId: toGlobalId('Experience', targets.experienceId), fromDate: '2030-07-04', toDate: '2030-07-04', reason: 'Lễ hội' },
      }),
    },
    // Operators last: after operatorRegister every role owns a (pending) operator of its own.
    operatorRegister: {
      allowed: ['shopper', 'producerA', 'producerB', 'operator', 'salesPointManager', 'councilX', 'councilY', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: OperatorRegisterInput!) { operatorRegister(input: $input) { operator { approval } userErrors { code } } }`, {
          input: { name: `Du lịch ${role}`, kind: 'COMMUNITY_GROUP', provinceCode: '01' },
        }),
    },
    operatorApprove: {
      allowed: ['admin'],
      run: (gql) =>
        gql(`mutation ($id: ID!) { operatorApprove(operatorId: $id) { operator { approval } userErrors { code } } }`, { id: toGlobalId('TourismOperator', targets.pendingOperatorId) }),
    },
    operatorUpdate: {
      allowed: ['operator', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: OperatorUpdateInput!) { operatorUpdate(input: $input) { operator { addressLine } userErrors { code } } }`, {
          input: { operatorId: toGlobalId('TourismOperator', targets.operatorId), addressLine: `Thôn Mông Phụ (${role})` },
        }),
    },
  },
};
