import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { CatalogueImportInput, CatalogueImportPayload, CatalogueImportReportType, CatalogueImportUserErrorType } from './catalogue-import.types.js';

@Resolver()
export class CatalogueImportResolver {
  @Rule('ADMIN')
  @Mutation(() => CatalogueImportPayload, {
    description: "Loads a province's list of certified products (admin only; up to 10 MB, bigger files through the CLI). Re-importing changes nothing.",
  })
  async catalogueImport(@Arg('input', () => CatalogueImportInput) input: CatalogueImportInput, @Ctx() ctx: Context): Promise<CatalogueImportPayload> {
    const { report, userErrors } = await ctx.services.catalogueImport.run(
      ctx.viewer,
      { content: input.content, format: input.format === 'CSV' ? 'csv' : 'jsonl', skipInvalid: input.skipInvalid, dryRun: input.dryRun },
      { today: ctx.today },
    );
    return Object.assign(new CatalogueImportPayload(), {
      report: report ? CatalogueImportReportType.from(report) : null,
      userErrors: userErrors.map(CatalogueImportUserErrorType.from),
    });
  }
}
