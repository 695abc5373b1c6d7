import { failed, type Outcome } from '../../lib/user-errors.js';
import type { CouncilLevel } from '../accounts/roles.js';
import { assertCouncilFor, ForbiddenError, isAdmin, signedIn, type Viewer } from '../accounts/viewer.js';
import type { ProductService } from '../catalog/product.service.js';
import type { ProvinceService } from '../places/province.service.js';
import { certificationError } from './certification-errors.js';
import type { CertificateRecord, EvaluationRecord } from './certification.records.js';
import type { CertificationService } from './certification.service.js';
import type { Recognition } from './certification.commands.js';

/**
 * Which council membership records an evaluation of each level: a province council enters its own
 * evaluations and those of the district councils it absorbed (until 05/07/2025); the ministry's council
 * enters the central ones. A level not listed here is left to the use case (UNKNOWN_COUNCIL_LEVEL).
 */
const MEMBERSHIP_FOR_LEVEL: Readonly<Record<string, CouncilLevel>> = { DISTRICT: 'PROVINCE', PROVINCE: 'PROVINCE', CENTRAL: 'MINISTRY' };

/** The ministry issues 5★ decisions; for 3★–4★ the provincial People's Committee does. */
const MINISTRY_AUTHORITY = 'Bộ Nông nghiệp và Môi trường';

export interface EvaluationRequest {
  /** Null when the client's id named no product (a malformed or other-type global id). */
  productId: string | null;
  criteriaVersion: string;
  councilLevel: string;
  evaluatedOn: string;
  scores: { part: string; score: number }[];
}

export interface RecognitionRequest {
  /** Null when the client's id named no evaluation. */
  evaluationId: string | null;
  number: string;
  decisionDate: string;
  /** Defaults to the authority of the decision's level: the province's People's Committee, or the ministry for 5★. */
  issuedBy?: string | null;
}

export interface RevocationRequest {
  /** Null when the client's id named no certificate. */
  certificateId: string | null;
  reason: string;
  /** Defaults to today. */
  revokedOn?: string | null;
}

const notFound = <T>(field: string, what: string) => failed<T>(certificationError('NOT_FOUND', field, `There is no such ${what}.`));

/**
 * What rating councils do through the API: score a product, recognise a certificate, revoke one.
 * Each use case first finds the product's current province and checks the viewer sits on the council
 * that decides (a refusal is thrown as FORBIDDEN before anything is written); the rules of the
 * decision itself stay in CertificationService.
 */
export class CouncilService {
  constructor(
    private readonly certification: CertificationService,
    private readonly products: ProductService,
    private readonly provinces: ProvinceService,
  ) {}

  async recordEvaluation(viewer: Viewer | null, request: EvaluationRequest): Promise<Outcome<EvaluationRecord>> {
    signedIn(viewer);
    const owner = request.productId ? await this.products.ownership(request.productId) : null;
    if (!owner) return notFound('productId', 'product');
    assertEvaluator(viewer, owner.currentProvinceId, request.councilLevel);

    const scores: Record<string, number> = {};
    for (const { part, score } of request.scores) {
      if (Object.hasOwn(scores, part)) {
        return failed(certificationError('DUPLICATE_PART', `scores.${part}`, `Part ${part} is scored twice.`));
      }
      scores[part] = score;
    }
    return this.certification.recordEvaluation({ ...request, productId: owner.productId, scores }, { userId: viewer!.userId });
  }

  async recognise(viewer: Viewer | null, request: RecognitionRequest): Promise<Outcome<Recognition>> {
    signedIn(viewer);
    const [evaluation] = request.evaluationId ? await this.certification.evaluationsByIds([request.evaluationId]) : [];
    if (!evaluation) return notFound('evaluationId', 'evaluation');
    const provinceId = await this.provinceOf(evaluation.productId);
    assertCouncilFor(viewer, provinceId, evaluation.stars, request.decisionDate);
    const issuedBy = request.issuedBy ?? (await this.defaultAuthority(provinceId, evaluation.stars));
    return this.certification.recognise(
      { evaluationId: evaluation.id, number: request.number, decisionDate: request.decisionDate, issuedBy },
      { userId: viewer!.userId },
    );
  }

  async revoke(viewer: Viewer | null, request: RevocationRequest, options: { today: string }): Promise<Outcome<CertificateRecord>> {
    signedIn(viewer);
    const [certificate] = request.certificateId ? await this.certification.byIds([request.certificateId]) : [];
    if (!certificate) return notFound('certificateId', 'certificate');
    const revokedOn = request.revokedOn ?? options.today;
    assertCouncilFor(viewer, await this.provinceOf(certificate.productId), certificate.stars, revokedOn);
    return this.certification.revoke({ certificateId: certificate.id, reason: request.reason, revokedOn }, { userId: viewer!.userId });
  }

  private async provinceOf(productId: string): Promise<string> {
    const owner = await this.products.ownership(productId);
    // Evaluations and certificates reference their product by foreign key.
    if (!owner) throw new Error(`product ${productId} vanished`);
    return owner.currentProvinceId;
  }

  private async defaultAuthority(provinceId: string, stars: number): Promise<string> {
    if (stars >= 5) return MINISTRY_AUTHORITY;
    const province = (await this.provinces.withSuccessors([provinceId])).find((p) => p.id === provinceId);
    if (!province) throw new Error(`province ${provinceId} vanished`);
    return `UBND ${province.kind === 'CITY' ? 'thành phố' : 'tỉnh'} ${province.name}`;
  }
}

/**
 * Who may score a product of `provinceId` at `councilLevel`: a member of that province's council
 * (district and province levels) or of the ministry's (central level), or an admin. Stars are then
 * derived from the scores, never given.
 */
export function assertEvaluator(viewer: Viewer | null, provinceId: string, councilLevel: string): Viewer {
  const v = signedIn(viewer);
  if (isAdmin(v)) return v;
  const memberships = new Set<CouncilLevel>();
  for (const r of v.roles) {
    if (r.kind !== 'COUNCIL_MEMBER') continue;
    if (r.councilLevel === 'MINISTRY' && r.provinceId === null) memberships.add('MINISTRY');
    if (r.councilLevel === 'PROVINCE' && r.provinceId === provinceId) memberships.add('PROVINCE');
  }
  if (!memberships.size) throw new ForbiddenError("Only this province's council or the ministry's can evaluate this product.");
  const needed = MEMBERSHIP_FOR_LEVEL[councilLevel];
  if (needed && !memberships.has(needed)) {
    throw new ForbiddenError(
      needed === 'MINISTRY' ? "Only the ministry's council records central evaluations." : "Only the province's council records district and province evaluations.",
    );
  }
  return v;
}
