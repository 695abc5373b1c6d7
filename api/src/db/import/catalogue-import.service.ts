import type { EntityManager } from '@mikro-orm/postgresql';
import { CsvError } from 'csv-parse/sync';
import { assertAdmin, type Viewer } from '../../modules/accounts/viewer.js';
import { importCatalogue, type ImportReport } from './import.js';

/**
 * Largest file the API imports. The HTTP layer reads bodies this large only from admins (see
 * http/app.ts); a bigger list goes through the CLI (`pnpm run import <file>`), which has no limit.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const IMPORT_ERROR_CODES = ['CONTENT_TOO_LARGE', 'UNREADABLE', 'ROWS_INVALID'] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportUserError {
  field: string[] | null;
  code: ImportErrorCode;
  message: string;
}

export interface ImportRequest {
  content: string;
  format: 'csv' | 'jsonl';
  skipInvalid?: boolean | null;
  dryRun?: boolean | null;
}

/** The catalogue import as an admin action: same rules and report as the CLI. */
export class CatalogueImportService {
  constructor(private readonly em: EntityManager) {}

  async run(viewer: Viewer | null, request: ImportRequest, options: { today: string }): Promise<{ report: ImportReport | null; userErrors: ImportUserError[] }> {
    assertAdmin(viewer);
    const size = Buffer.byteLength(request.content, 'utf8');
    if (size > MAX_IMPORT_BYTES) {
      const message = `The file has ${size} bytes; the API imports up to ${MAX_IMPORT_BYTES}. Use the CLI (pnpm run import) for bigger files.`;
      return { report: null, userErrors: [{ field: ['content'], code: 'CONTENT_TOO_LARGE', message }] };
    }
    let report: ImportReport;
    try {
      report = await importCatalogue(this.em, request.content, request.format, {
        skipInvalid: request.skipInvalid ?? false,
        dryRun: request.dryRun ?? false,
        today: options.today,
      });
    } catch (e) {
      if (e instanceof CsvError) return { report: null, userErrors: [{ field: ['content'], code: 'UNREADABLE', message: `Not readable as CSV: ${e.message}` }] };
      throw e;
    }
    // Rows refused without skipInvalid: nothing was written; the report says which rows and why.
    const refused = report.rolledBack && !request.dryRun && report.errors.length > 0;
    const userErrors: ImportUserError[] = refused
      ? [{ field: ['content'], code: 'ROWS_INVALID', message: `${report.errors.length} error(s) in ${report.rows} rows: nothing was imported (fix the rows or pass skipInvalid).` }]
      : [];
    return { report, userErrors };
  }
}
