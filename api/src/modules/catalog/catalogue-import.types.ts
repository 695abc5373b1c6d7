import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { IMPORT_ERROR_CODES, type ImportErrorCode, type ImportUserError } from '../../db/import/catalogue-import.service.js';
import type { ImportReport } from '../../db/import/import.js';

export const IMPORT_FORMATS = ['CSV', 'JSONL'] as const;
export const ImportFormatEnum = enumFromValues(IMPORT_FORMATS, 'CatalogueImportFormat', {
  description: 'The exchange format of a certified-product list (README, "Catalogue import").',
  valueDescriptions: { CSV: 'UTF-8, header row, comma-separated.', JSONL: 'JSON Lines with the same keys.' },
});

export const ImportErrorCodeEnum = enumFromValues(IMPORT_ERROR_CODES, 'CatalogueImportErrorCode', {
  description: 'Why a catalogue import did not happen.',
  valueDescriptions: {
    CONTENT_TOO_LARGE: 'Over 10 MB: use the CLI (pnpm run import).',
    UNREADABLE: 'The content is not readable in the given format.',
    ROWS_INVALID: 'Some rows are invalid, so nothing was written; report.errors names them.',
  },
});

@ObjectType('CatalogueImportUserError', { description: 'An expected failure of catalogueImport.' })
export class CatalogueImportUserErrorType {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "content"].' })
  field!: string[] | null;
  @Field(() => ImportErrorCodeEnum) code!: ImportErrorCode;
  @Field(() => String) message!: string;

  static from(e: ImportUserError): CatalogueImportUserErrorType {
    return Object.assign(new CatalogueImportUserErrorType(), { field: e.field ? ['input', ...e.field] : null, code: e.code, message: e.message });
  }
}

@InputType('CatalogueImportInput')
export class CatalogueImportInput {
  @Field(() => String, { description: 'The file content, up to 10 MB.' }) content!: string;
  @Field(() => ImportFormatEnum) format!: (typeof IMPORT_FORMATS)[number];
  @Field(() => Boolean, { nullable: true, description: 'Import the valid rows even when others are refused (default false: all or nothing).' })
  skipInvalid?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Check and count, then roll everything back.' }) dryRun?: boolean | null;
}

@ObjectType('CatalogueImportRowError')
export class CatalogueImportRowErrorType {
  @Field(() => Int, { description: '1-based data row (CSV header is row 0; JSONL counts lines from 1).' }) row!: number;
  @Field(() => String, { description: 'The column at fault, or "*" for the whole row.' }) field!: string;
  @Field(() => String) message!: string;
}

@ObjectType('CatalogueImportCounts')
export class CatalogueImportCountsType {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
}

@ObjectType('CatalogueImportReport')
export class CatalogueImportReportType {
  @Field(() => Int, { description: 'Data rows read.' }) rows!: number;
  @Field(() => Int, { description: 'Rows written (or that would be, in a dry run).' }) imported!: number;
  @Field(() => Boolean, { description: 'True when nothing was written: refused rows without skipInvalid, or a dry run.' }) rolledBack!: boolean;
  @Field(() => [CatalogueImportRowErrorType]) errors!: CatalogueImportRowErrorType[];
  @Field(() => CatalogueImportCountsType) producers!: CatalogueImportCountsType;
  @Field(() => CatalogueImportCountsType) products!: CatalogueImportCountsType;
  @Field(() => CatalogueImportCountsType) certificates!: CatalogueImportCountsType;

  static from(r: ImportReport): CatalogueImportReportType {
    const counts = (c: { created: number; updated: number }) => Object.assign(new CatalogueImportCountsType(), c);
    return Object.assign(new CatalogueImportReportType(), {
      rows: r.rows,
      imported: r.imported,
      rolledBack: r.rolledBack,
      errors: r.errors.map((e) => Object.assign(new CatalogueImportRowErrorType(), e)),
      producers: counts(r.producers),
      products: counts(r.products),
      certificates: counts(r.certificates),
    });
  }
}

@ObjectType('CatalogueImportPayload')
export class CatalogueImportPayload {
  @Field(() => CatalogueImportReportType, { nullable: true, description: 'What was read, refused and written; null when the content was not read.' })
  report!: CatalogueImportReportType | null;
  @Field(() => [CatalogueImportUserErrorType]) userErrors!: CatalogueImportUserErrorType[];
}
