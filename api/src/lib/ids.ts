import { monotonicFactory, type PRNG } from 'ulid';

/** Prefixed, time-sortable identifiers (`prd_01J…`), after Medusa. The prefix names the table. */
export const ID_PREFIX = {
  province: 'prv',
  district: 'dst',
  commune: 'cmn',
  producer: 'pdc',
  variant: 'var',
  image: 'img',
  product: 'prd',
  certificate: 'crt',
  batch: 'bat',
  evaluation: 'evl',
  criteriaSet: 'crs',
  councilLevelRule: 'clr',
  user: 'usr',
  roleAssignment: 'rol',
  devMail: 'mal',
  auditEvent: 'aud',
  tourismOperator: 'opr',
  evaluationRequest: 'evr',
  producerInvitation: 'inv',
  cart: 'cart',
  order: 'ord',
  subOrder: 'sub',
  orderLine: 'oln',
  outbox: 'obx',
  programmePlan: 'pln',
  programmeTarget: 'tgt',
  salesPoint: 'spt',
  tourismPoint: 'tpt',
  tourismPointImage: 'tpi',
  tourismPointCertificate: 'tpc',
  experience: 'exp',
  experienceSlot: 'slt',
  cartBooking: 'cbk',
  booking: 'bkg',
  craftVillage: 'cvl',
} as const;
export type IdKind = keyof typeof ID_PREFIX;

const nextUlid = monotonicFactory();

export function newId(kind: IdKind, at: number = Date.now()): string {
  return `${ID_PREFIX[kind]}_${nextUlid(at)}`;
}

/** A deterministic id generator for seeds: same seed → same ids, still sortable by `at`. */
export function seededIdFactory(prng: PRNG) {
  const next = monotonicFactory(prng);
  return (kind: IdKind, at: number) => `${ID_PREFIX[kind]}_${next(at)}`;
}
