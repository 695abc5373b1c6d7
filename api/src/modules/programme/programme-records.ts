import type { ProgrammeTargetKind } from './programme-target-kind.js';

export interface TargetRecord {
  id: string;
  planId: string;
  kind: ProgrammeTargetKind;
  label: string;
  targetValue: number;
  minStars: number | null;
  denominator: number | null;
  position: number;
}

export interface PlanRecord {
  id: string;
  /** The unit as issued (may be historic); null for a national plan. */
  provinceId: string | null;
  title: string;
  periodStart: string;
  periodEnd: string;
  decisionReference: string | null;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A target with what measuring it needs from its plan. */
export interface MeasuredTarget extends TargetRecord {
  periodStart: string;
  periodEnd: string;
  planProvinceId: string | null;
}
