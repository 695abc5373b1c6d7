import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { Commune } from '../places/commune.entity.js';
import { Province } from '../places/province.entity.js';
import { Producer } from '../producers/producer.entity.js';

/**
 * A craft village (làng nghề): a village whose households practise a craft (gốm, dệt lụa, mây tre
 * đan, chè…), usually recognised by its province (decision number and date). The province is the
 * unit the village is recorded under, like a producer's: created today it is a current unit; a row
 * carried over from before 01/07/2025 may name a historic one, which rolls up into the current unit.
 */
const CraftVillageSchema = defineEntity({
  name: 'CraftVillage',
  tableName: 'craft_village',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    province: () => p.manyToOne(Province).index().deleteRule('restrict'),
    /** The commune it lies in, when known (a current commune of its province). */
    commune: () => p.manyToOne(Commune).nullable().index().deleteRule('set null'),
    /** The craft, in the province's words: "gốm", "dệt lụa", "mây tre đan", "chè". */
    craft: p.string(),
    /** The province's recognition: decision number (e.g. "1234/QĐ-UBND") and date; both or neither. */
    recognitionDecision: p.string().nullable(),
    recognisedOn: p.date().nullable(),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  checks: [
    { name: 'craft_village_recognition_check', expression: '(recognition_decision is null) = (recognised_on is null)' },
  ],
});

export class CraftVillage extends CraftVillageSchema.class {}
CraftVillageSchema.setClass(CraftVillage);

/**
 * A producer located in a craft village. The producer is the key: a producer belongs to at most one
 * craft village. Owned by this module (the producers module knows nothing of villages).
 */
const CraftVillageProducerSchema = defineEntity({
  name: 'CraftVillageProducer',
  tableName: 'craft_village_producer',
  properties: {
    producer: () => p.manyToOne(Producer).primary().deleteRule('cascade'),
    village: () => p.manyToOne(CraftVillage).index().deleteRule('cascade'),
    linkedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    linkedAt: p.datetime().onCreate(() => new Date()),
  },
});

export class CraftVillageProducer extends CraftVillageProducerSchema.class {}
CraftVillageProducerSchema.setClass(CraftVillageProducer);
