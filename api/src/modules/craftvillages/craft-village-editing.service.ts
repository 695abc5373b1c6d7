import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { rows } from '../../lib/sql.js';
import { ForbiddenError, isAdmin, signedIn, type Viewer } from '../accounts/viewer.js';
import { appendAuditEvents, type AuditAction, type AuditEventInput } from '../audit/audit.js';
import type { CommuneService } from '../places/commune.service.js';
import { ProvinceUnits } from '../places/province-units.js';
import type { ProducerRecord, ProducerService } from '../producers/producer.service.js';
import type { CraftVillageRecord, CraftVillageService } from './craft-village.service.js';

export const CRAFT_VILLAGE_ERROR_CODES = [
  'NOT_FOUND', 'PROVINCE_NOT_FOUND', 'COMMUNE_NOT_FOUND', 'NAME_REQUIRED', 'NAME_TOO_LONG', 'NAME_TAKEN', 'CRAFT_REQUIRED', 'CRAFT_TOO_LONG',
  'RECOGNITION_INCOMPLETE', 'RECOGNITION_DECISION_TOO_LONG', 'RECOGNITION_DATE_IN_FUTURE', 'PRODUCER_NOT_FOUND', 'PRODUCER_IN_OTHER_PROVINCE',
] as const;
export type CraftVillageErrorCode = (typeof CRAFT_VILLAGE_ERROR_CODES)[number];

export interface CraftVillageUserError {
  field: string[];
  code: CraftVillageErrorCode;
  message: string;
}

/** A village's fields as given (all of them: on update, optional ones left out become null). */
export interface CraftVillageInput {
  name: string;
  craft: string;
  communeCode?: string | null;
  recognitionDecision?: string | null;
  recognisedOn?: string | null;
}

export type VillageResult = { village: CraftVillageRecord | null; userErrors: CraftVillageUserError[] };
export type AssignResult = { village: CraftVillageRecord | null; producer: ProducerRecord | null; userErrors: CraftVillageUserError[] };

const NAME_MAX = 200;
const CRAFT_MAX = 100;
const DECISION_MAX = 100;

const error = (field: string[], code: CraftVillageErrorCode, message: string): CraftVillageUserError => ({ field, code, message });

const snapshot = (v: Pick<CraftVillageRecord, 'name' | 'provinceId' | 'communeId' | 'craft' | 'recognitionDecision' | 'recognisedOn'>) => ({
  name: v.name, provinceId: v.provinceId, communeId: v.communeId, craft: v.craft, recognitionDecision: v.recognitionDecision, recognisedOn: v.recognisedOn,
});
const villageEvent = (action: AuditAction, villageId: string, before: unknown, after: unknown): AuditEventInput => ({ action, subjectType: 'CraftVillage', subjectId: villageId, before, after });

/**
 * Writes craft villages and who is located in them: admins (any village) and the rating council of
 * the province a village is (part of) today, the pattern of programme plans. Producers do not set
 * their own village: the share of villages with an OCOP product is a programme target, so the
 * province that recognises villages says who is in one. Every change is audited in its transaction.
 */
export class CraftVillageEditingService {
  private unitsCache: Promise<ProvinceUnits> | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly villages: CraftVillageService,
    private readonly producers: ProducerService,
    private readonly communes: CommuneService,
    private readonly now: () => Date,
  ) {}

  private units(): Promise<ProvinceUnits> {
    this.unitsCache ??= ProvinceUnits.load(this.em);
    return this.unitsCache;
  }

  /** Creates a village in the current province with this code. */
  async create(viewer: Viewer | null, provinceCode: string, input: CraftVillageInput, today: string): Promise<VillageResult> {
    const v = signedIn(viewer);
    const units = await this.units();
    const province = units.currentByCode(provinceCode);
    if (!province) {
      if (!isAdmin(v)) this.assertEditor(v, null, units); // only an admin learns which codes exist
      return { village: null, userErrors: [error(['provinceCode'], 'PROVINCE_NOT_FOUND', 'There is no current province with this code.')] };
    }
    this.assertEditor(v, province.id, units);
    const checked = await this.check(input, province.id, null, today, units);
    if ('userErrors' in checked) return { village: null, userErrors: checked.userErrors };
    const id = newId('craftVillage');
    const now = this.now();
    const fields = { ...checked.fields, provinceId: province.id };
    await this.em.transactional(async (tx) => {
      await rows(
        tx,
        `insert into craft_village (id, name, province_id, commune_id, craft, recognition_decision, recognised_on, created_by_id, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, fields.name, fields.provinceId, fields.communeId, fields.craft, fields.recognitionDecision, fields.recognisedOn, v.userId, now, now],
      );
      await appendAuditEvents(tx, v, [villageEvent('CRAFT_VILLAGE_CREATED', id, null, snapshot(fields))]);
    });
    const [created] = await this.villages.byIds([id]);
    return { village: created!, userErrors: [] };
  }

  /** Replaces a village's fields (its province stays). */
  async update(viewer: Viewer | null, villageId: string | null, input: CraftVillageInput, today: string): Promise<VillageResult> {
    const v = signedIn(viewer);
    const found = await this.editable(v, villageId);
    if ('userErrors' in found) return { village: null, userErrors: found.userErrors };
    const { village } = found;
    const checked = await this.check(input, village.provinceId, village.id, today, await this.units());
    if ('userErrors' in checked) return { village: null, userErrors: checked.userErrors };
    const fields = { ...checked.fields, provinceId: village.provinceId };
    await this.em.transactional(async (tx) => {
      await rows(
        tx,
        `update craft_village set name = ?, commune_id = ?, craft = ?, recognition_decision = ?, recognised_on = ?, updated_at = ? where id = ?`,
        [fields.name, fields.communeId, fields.craft, fields.recognitionDecision, fields.recognisedOn, this.now(), village.id],
      );
      await appendAuditEvents(tx, v, [villageEvent('CRAFT_VILLAGE_UPDATED', village.id, snapshot(village), snapshot(fields))]);
    });
    const [updated] = await this.villages.byIds([village.id]);
    return { village: updated!, userErrors: [] };
  }

  /** Deletes a village; its producers are no longer in a village. */
  async remove(viewer: Viewer | null, villageId: string | null): Promise<VillageResult> {
    const v = signedIn(viewer);
    const found = await this.editable(v, villageId);
    if ('userErrors' in found) return { village: null, userErrors: found.userErrors };
    const { village } = found;
    await this.em.transactional(async (tx) => {
      const members = await rows<{ producerId: string }>(tx, `select producer_id as "producerId" from craft_village_producer where village_id = ? order by producer_id`, [village.id]);
      await rows(tx, `delete from craft_village where id = ?`, [village.id]);
      await appendAuditEvents(tx, v, [villageEvent('CRAFT_VILLAGE_DELETED', village.id, { ...snapshot(village), producerIds: members.map((m) => m.producerId) }, null)]);
    });
    return { village, userErrors: [] };
  }

  /**
   * Places a producer in a village of its own province (moving it from another village, if any), or
   * takes it out of its village (`villageId` null). The editor must be allowed both villages.
   */
  async assign(viewer: Viewer | null, producerId: string | null, villageId: string | null): Promise<AssignResult> {
    const v = signedIn(viewer);
    const units = await this.units();
    let target: CraftVillageRecord | null = null;
    if (villageId !== null) {
      const found = await this.editable(v, villageId);
      if ('userErrors' in found) return { village: null, producer: null, userErrors: found.userErrors };
      target = found.village;
    }
    const [producer] = producerId ? await this.producers.byIds([producerId]) : [undefined];
    if (!producer) {
      if (!target) this.assertEditor(v, null, units);
      return { village: null, producer: null, userErrors: [error(['producerId'], 'PRODUCER_NOT_FOUND', 'There is no such producer.')] };
    }
    const [currentId] = await this.villages.villageIdsOfProducers([producer.id]);
    const [current] = currentId ? await this.villages.byIds([currentId]) : [undefined];
    if (current) this.assertEditor(v, current.provinceId, units);
    if (!target) {
      if (!current) this.assertEditor(v, producer.provinceId, units);
    } else if (units.currentOf(producer.provinceId)?.id !== units.currentOf(target.provinceId)?.id) {
      return { village: null, producer: null, userErrors: [error(['producerId'], 'PRODUCER_IN_OTHER_PROVINCE', 'A producer can only be placed in a craft village of its own province.')] };
    }
    if ((current?.id ?? null) !== (target?.id ?? null)) {
      await this.em.transactional(async (tx) => {
        if (target) {
          await rows(
            tx,
            `insert into craft_village_producer (producer_id, village_id, linked_by_id, linked_at) values (?, ?, ?, ?)
             on conflict (producer_id) do update set village_id = excluded.village_id, linked_by_id = excluded.linked_by_id, linked_at = excluded.linked_at`,
            [producer.id, target.id, v.userId, this.now()],
          );
        } else {
          await rows(tx, `delete from craft_village_producer where producer_id = ?`, [producer.id]);
        }
        const events: AuditEventInput[] = [];
        if (current) events.push(villageEvent('CRAFT_VILLAGE_PRODUCER_REMOVED', current.id, { producerId: producer.id }, null));
        if (target) events.push(villageEvent('CRAFT_VILLAGE_PRODUCER_ADDED', target.id, null, { producerId: producer.id }));
        await appendAuditEvents(tx, v, events);
      });
    }
    return { village: target ?? current ?? null, producer, userErrors: [] };
  }

  /** The village, if the viewer may edit it; NOT_FOUND only to admins (others are refused, learning nothing). */
  private async editable(v: Viewer, villageId: string | null): Promise<{ village: CraftVillageRecord } | { userErrors: CraftVillageUserError[] }> {
    const [village] = villageId ? await this.villages.byIds([villageId]) : [undefined];
    const units = await this.units();
    if (!village) {
      if (!isAdmin(v)) this.assertEditor(v, null, units);
      return { userErrors: [error(['craftVillageId'], 'NOT_FOUND', 'There is no such craft village.')] };
    }
    this.assertEditor(v, village.provinceId, units);
    return { village };
  }

  /** The rules of a village's fields; its name is unique within its current province. */
  private async check(
    input: CraftVillageInput, provinceId: string, selfId: string | null, today: string, units: ProvinceUnits,
  ): Promise<{ fields: Omit<CraftVillageRecord, 'id' | 'provinceId' | 'createdAt' | 'updatedAt'> } | { userErrors: CraftVillageUserError[] }> {
    const errors: CraftVillageUserError[] = [];
    const name = (input.name ?? '').trim().replace(/\s+/g, ' ');
    const craft = (input.craft ?? '').trim().replace(/\s+/g, ' ');
    const decision = input.recognitionDecision?.trim() || null;
    const recognisedOn = input.recognisedOn || null;
    const current = units.currentOf(provinceId)!;
    if (!name) errors.push(error(['name'], 'NAME_REQUIRED', 'Give the craft village’s name.'));
    else if (name.length > NAME_MAX) errors.push(error(['name'], 'NAME_TOO_LONG', `A name has at most ${NAME_MAX} characters.`));
    else if ((await this.villages.idsNamed(name, units.rolledUp(current.id))).some((id) => id !== selfId)) {
      errors.push(error(['name'], 'NAME_TAKEN', 'This province already has a craft village with this name.'));
    }
    if (!craft) errors.push(error(['craft'], 'CRAFT_REQUIRED', 'Say which craft the village practises.'));
    else if (craft.length > CRAFT_MAX) errors.push(error(['craft'], 'CRAFT_TOO_LONG', `A craft has at most ${CRAFT_MAX} characters.`));
    if (decision && decision.length > DECISION_MAX) errors.push(error(['recognitionDecision'], 'RECOGNITION_DECISION_TOO_LONG', `A decision number has at most ${DECISION_MAX} characters.`));
    if (decision && !recognisedOn) errors.push(error(['recognisedOn'], 'RECOGNITION_INCOMPLETE', 'Give the date of the recognition decision.'));
    if (!decision && recognisedOn) errors.push(error(['recognitionDecision'], 'RECOGNITION_INCOMPLETE', 'Give the number of the recognition decision.'));
    if (recognisedOn && recognisedOn > today) errors.push(error(['recognisedOn'], 'RECOGNITION_DATE_IN_FUTURE', 'A recognition is dated today or earlier.'));
    let communeId: string | null = null;
    const code = input.communeCode?.trim() || null;
    if (code) {
      const commune = /^\d{5}$/.test(code) ? await this.communes.currentByCode(code) : null;
      if (!commune || units.currentOf(commune.provinceId)?.id !== current.id) {
        errors.push(error(['communeCode'], 'COMMUNE_NOT_FOUND', 'There is no current commune with this code in the village’s province.'));
      } else communeId = commune.id;
    }
    if (errors.length) return { userErrors: errors };
    return { fields: { name, craft, communeId, recognitionDecision: decision, recognisedOn } };
  }

  /** Admins edit every village; a province council member the villages of units that are (part of) its province today. */
  private assertEditor(viewer: Viewer, provinceId: string | null, units: ProvinceUnits) {
    if (isAdmin(viewer)) return;
    const current = provinceId ? units.currentOf(provinceId)?.id : undefined;
    const allowed = current !== undefined && viewer.roles.some((r) => r.kind === 'COUNCIL_MEMBER' && r.councilLevel === 'PROVINCE' && r.provinceId === current);
    if (!allowed) throw new ForbiddenError('Only an administrator or the rating council of the village’s province can do this.');
  }
}
