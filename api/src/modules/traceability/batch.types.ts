import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import { qrCodeUrl, traceUrl } from './trace-code.js';
import type { BatchRecord } from './traceability.service.js';

@ObjectType('Batch', {
  implements: Node,
  description: 'A production batch (lô sản xuất) of a product; its trace code and QR lead shoppers to its trace page.',
})
export class BatchType extends Node {
  @Field(() => String, { description: "The producer's lot number as printed on the package; unique per product." })
  lotCode!: string;

  @Field(() => LocalDateResolver)
  productionDate!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Null for goods that do not expire.' })
  expiryDate!: string | null;

  @Field(() => Boolean, { description: 'Whether the expiry date has passed, judged on the day of viewing in Vietnam.' })
  expired!: boolean;

  @Field(() => Int, { description: 'How many units the batch holds (see `unit`).' })
  quantity!: number;

  @Field(() => String, { description: 'What `quantity` counts, in Vietnamese: "hộp", "chai", "kg".' })
  unit!: string;

  @Field(() => String, { description: 'Where the raw material comes from, in the producer\'s words; may be empty.' })
  rawMaterialOrigin!: string;

  @Field(() => String, { description: 'May be empty.' })
  notes!: string;

  @Field(() => String, { description: 'Public trace code: 10 characters, random, printed as a QR on the package.' })
  traceCode!: string;

  @Field(() => String, { description: "The storefront's trace page for this batch; what the QR code encodes." })
  traceUrl!: string;

  @Field(() => String, { description: 'QR code of `traceUrl` as SVG (for print).' })
  qrCodeSvgUrl!: string;

  @Field(() => String, { description: 'QR code of `traceUrl` as PNG.' })
  qrCodePngUrl!: string;

  record!: BatchRecord;

  static from(record: BatchRecord, view: { today: string; storefrontUrl: string }): BatchType {
    return Object.assign(new BatchType(), {
      id: toGlobalId('Batch', record.id),
      lotCode: record.lotCode,
      productionDate: record.productionDate,
      expiryDate: record.expiryDate,
      expired: record.expiryDate !== null && record.expiryDate < view.today,
      quantity: record.quantity,
      unit: record.unit,
      rawMaterialOrigin: record.rawMaterialOrigin,
      notes: record.notes,
      traceCode: record.traceCode,
      traceUrl: traceUrl(view.storefrontUrl, record.traceCode),
      qrCodeSvgUrl: qrCodeUrl(view.storefrontUrl, record.traceCode, 'svg'),
      qrCodePngUrl: qrCodeUrl(view.storefrontUrl, record.traceCode, 'png'),
      record,
    });
  }
}

@ObjectType('BatchConnection')
export class BatchConnection extends Connection(BatchType, 'Batch') {}
