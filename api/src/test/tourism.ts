import type { Orm } from '../db/orm.js';
import type { Viewer } from '../modules/accounts/viewer.js';
import { createServices, defaultServiceDeps } from '../modules/services.js';
import type { ExperienceInput } from '../modules/tourism/experience-input.js';
import type { ExperienceRecord } from '../modules/tourism/experience-records.js';
import type { TourismPointKind } from '../modules/tourism/tourism-kinds.js';
import type { PointInput, TourismPointRecord } from '../modules/tourism/tourism-point.service.js';

/**
 * Tourism catalogue fixtures written through the real services as an admin: operators (approved unless
 * said), points, experiences with prices, slots and point certificates. `now` is the services' clock
 * (slot generation skips past starts).
 */
export async function tourismBuilder(orm: Orm, options: { now?: () => Date } = {}) {
  const services = () => createServices(orm.em.fork(), { ...defaultServiceDeps(), now: options.now ?? (() => new Date()) });
  const s = services();
  const signed = await s.accounts.signUp({ email: `tourism-admin-${Math.random().toString(36).slice(2)}@fixtures.test`, password: 'nuoc-mam-phu-quoc-40' });
  const userId = signed.viewer!.userId;
  await s.roles.grantAdminUnchecked(userId);
  const admin: Viewer = { userId, email: signed.viewer!.email, emailVerifiedAt: null, roles: await s.accounts.rolesOf(userId) };
  const unwrap = <T>(r: { result?: T | null; operator?: T | null; userErrors: unknown[] }): T => {
    const value = 'result' in r ? r.result : r.operator;
    if (!value) throw new Error(JSON.stringify(r.userErrors));
    return value;
  };
  return {
    admin,
    services,
    async operator(name: string, provinceCode = '01', approved = true) {
      const registered = unwrap(await services().operatorRegistration.register(admin, { name, kind: 'COOPERATIVE', provinceCode }));
      if (approved) await services().operatorRegistration.approve(admin, registered.id);
      return registered;
    },
    async point(operatorId: string, name: string, input: PointInput & { kind?: TourismPointKind; publish?: boolean } = {}): Promise<TourismPointRecord> {
      const { publish = true, ...fields } = input;
      const point = unwrap(await services().tourismPoints.create(admin, operatorId, { kind: 'VILLAGE', ...fields, name }));
      return publish ? unwrap(await services().tourismPoints.setStatus(admin, point.id, 'PUBLISHED')) : point;
    },
    async experience(pointId: string, name: string, input: ExperienceInput & { publish?: boolean } = {}): Promise<ExperienceRecord> {
      const { publish = true, ...fields } = input;
      const experience = unwrap(await services().experiences.create(admin, pointId, {
        durationMinutes: 120, maxPartySize: 8, prices: [{ unitType: 'ADULT', amount: 250_000 }], ...fields, name,
      }));
      return publish ? unwrap(await services().experiences.setStatus(admin, experience.id, 'PUBLISHED')) : experience;
    },
    async slots(experienceId: string, fromDate: string, toDate: string, startTimes = ['08:00'], capacity = 12, weekdays = [1, 2, 3, 4, 5, 6, 7]) {
      return unwrap(await services().experienceSlots.generate(admin, { experienceId, fromDate, toDate, weekdays, startTimes, capacity }));
    },
    async certificate(pointId: string, stars: number, decisionDate: string, validUntil?: string) {
      return unwrap(await services().pointCertificates.record(admin, { pointId, stars, number: `${stars}/QĐ-UBND`, decisionDate, validUntil }));
    },
  };
}
