import { defineEntity, p } from '@mikro-orm/core';
import { Province } from '../places/province.entity.js';
import { PRODUCER_KINDS } from './producer-kind.js';

/** An OCOP subject: cooperative, cooperative group, enterprise or household business. */
const ProducerSchema = defineEntity({
  name: 'Producer',
  tableName: 'producer',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    kind: p.enum(PRODUCER_KINDS).nativeEnumName('producer_kind'),
    /** The province as registered; may be a historic unit (see Province.successor). */
    province: () => p.manyToOne(Province).index(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Producer extends ProducerSchema.class {}
ProducerSchema.setClass(Producer);
