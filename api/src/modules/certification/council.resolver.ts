import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { localIdOf } from '../../graphql/global-id.js';
import { CertificateType, EvaluationType } from './certification.types.js';
import {
  CertificateRecogniseInput,
  CertificateRecognisePayload,
  CertificateRevokeInput,
  CertificateRevokePayload,
  CertificationUserErrorType,
  EvaluationRecordInput,
  EvaluationRecordPayload,
} from './council.types.js';

/** The rating councils' mutations; who may call them for which product is checked in CouncilService. */
@Resolver()
export class CouncilResolver {
  @Rule('COUNCIL_MEMBER')
  @Mutation(() => EvaluationRecordPayload, {
    description:
      "Records a council's scoring of a product; stars are derived from the scores. The product's province council or the ministry's (or an admin).",
  })
  async evaluationRecord(@Arg('input', () => EvaluationRecordInput) input: EvaluationRecordInput, @Ctx() ctx: Context): Promise<EvaluationRecordPayload> {
    const { result, userErrors } = await ctx.services.councils.recordEvaluation(ctx.viewer, {
      productId: localIdOf(input.productId, 'Product'),
      criteriaVersion: input.criteriaVersion,
      councilLevel: input.councilLevel,
      evaluatedOn: input.evaluatedOn,
      scores: input.scores.map((s) => ({ part: s.part, score: s.score })),
    });
    return Object.assign(new EvaluationRecordPayload(), {
      evaluation: result ? EvaluationType.from(result) : null,
      userErrors: userErrors.map(CertificationUserErrorType.from),
    });
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => CertificateRecognisePayload, {
    description: "Issues a certificate from a scored evaluation: the product's province council for 3★–4★, the ministry's for 5★ (or an admin).",
  })
  async certificateRecognise(
    @Arg('input', () => CertificateRecogniseInput) input: CertificateRecogniseInput,
    @Ctx() ctx: Context,
  ): Promise<CertificateRecognisePayload> {
    const { result, userErrors } = await ctx.services.councils.recognise(ctx.viewer, {
      evaluationId: localIdOf(input.evaluationId, 'Evaluation'),
      number: input.number,
      decisionDate: input.decisionDate,
      issuedBy: input.issuedBy,
    });
    return Object.assign(new CertificateRecognisePayload(), {
      certificate: result ? CertificateType.from(result.certificate, ctx.today) : null,
      userErrors: userErrors.map(CertificationUserErrorType.from),
    });
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => CertificateRevokePayload, {
    description: 'Withdraws a certificate in force: the council that recognises its stars in its province (or an admin).',
  })
  async certificateRevoke(@Arg('input', () => CertificateRevokeInput) input: CertificateRevokeInput, @Ctx() ctx: Context): Promise<CertificateRevokePayload> {
    const { result, userErrors } = await ctx.services.councils.revoke(
      ctx.viewer,
      { certificateId: localIdOf(input.certificateId, 'Certificate'), reason: input.reason, revokedOn: input.revokedOn },
      { today: ctx.today },
    );
    return Object.assign(new CertificateRevokePayload(), {
      certificate: result ? CertificateType.from(result, ctx.today) : null,
      userErrors: userErrors.map(CertificationUserErrorType.from),
    });
  }
}
