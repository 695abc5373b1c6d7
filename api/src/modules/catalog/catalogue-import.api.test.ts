import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS } from '../../db/import/format.js';
import { MAX_IMPORT_BYTES } from '../../db/import/catalogue-import.service.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, databaseFingerprint, type RoleWorld } from '../../test/roles.js';

const examples = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../db/import/examples');
const { orm } = await testDatabase();
const api = await testApi(orm, { now: () => new Date('2026-11-23T03:00:00Z') });
let world: RoleWorld;
beforeAll(async () => {
  world = await createRoleWorld(orm, api);
});

const IMPORT = `mutation ($input: CatalogueImportInput!) { catalogueImport(input: $input) {
  report { rows imported rolledBack errors { row field message } producers { created updated } products { created updated } certificates { created updated } }
  userErrors { field code message } } }`;
const csv = (...lines: string[]) => [COLUMNS.join(','), ...lines].join('\n');

describe('catalogueImport', () => {
  it('imports the example list like the CLI does; a dry run first writes nothing', async () => {
    const content = await readFile(path.join(examples, 'hai-duong-2023.csv'), 'utf8');
    const admin = world.gqlAs('admin');
    const before = await databaseFingerprint(orm);
    const dry = await admin(IMPORT, { input: { content, format: 'CSV', dryRun: true } });
    expect(dry.data!.catalogueImport).toMatchObject({ report: { rows: 5, imported: 5, rolledBack: true, products: { created: 5 } }, userErrors: [] });
    expect(await databaseFingerprint(orm)).toEqual(before);
    const real = await admin(IMPORT, { input: { content, format: 'CSV' } });
    expect(real.data!.catalogueImport).toEqual({
      report: { rows: 5, imported: 5, rolledBack: false, errors: [], producers: { created: 3, updated: 0 }, products: { created: 5, updated: 0 }, certificates: { created: 5, updated: 0 } },
      userErrors: [],
    });
    const jsonl = await readFile(path.join(examples, 'hai-duong-2023.jsonl'), 'utf8');
    const again = await admin(IMPORT, { input: { content: jsonl, format: 'JSONL' } });
    expect(again.data!.catalogueImport.report).toMatchObject({ imported: 2, products: { created: 0, updated: 0 }, certificates: { created: 0, updated: 0 } });
  });

  it('refuses invalid rows (nothing written) unless skipInvalid', async () => {
    const content = csv(
      '01,HTX Gốm Bát Tràng,HTX,,Bình gốm men rạn,IV,,4,77/QĐ-UBND,2025-09-01,,450000,,',
      '01,HTX Gốm Bát Tràng,HTX,,Chén gốm,IV,,6,78/QĐ-UBND,2025-09-01,,90000,,',
    );
    const before = await databaseFingerprint(orm);
    const refused = await world.gqlAs('admin')(IMPORT, { input: { content, format: 'CSV' } });
    expect(refused.data!.catalogueImport).toMatchObject({
      report: { rows: 2, imported: 0, rolledBack: true, errors: [{ row: 2, field: 'stars', message: 'must be 3 to 5' }] },
      userErrors: [{ field: ['input', 'content'], code: 'ROWS_INVALID' }],
    });
    expect(await databaseFingerprint(orm)).toEqual(before);
    const skipped = await world.gqlAs('admin')(IMPORT, { input: { content, format: 'CSV', skipInvalid: true } });
    expect(skipped.data!.catalogueImport).toMatchObject({ report: { imported: 1, rolledBack: false, products: { created: 1 } }, userErrors: [] });
  });

  it('answers UNREADABLE for broken CSV', async () => {
    const res = await world.gqlAs('admin')(IMPORT, { input: { content: csv('01,"HTX Gốm'), format: 'CSV' } });
    expect(res.data!.catalogueImport).toMatchObject({ report: null, userErrors: [{ field: ['input', 'content'], code: 'UNREADABLE' }] });
  });

  it('reads bodies over 1 MB only from admins, and imports up to 10 MB', async () => {
    const big = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    const tooLarge = await world.gqlAs('admin')(IMPORT, { input: { content: big, format: 'CSV' } });
    expect(tooLarge.data!.catalogueImport).toMatchObject({ report: null, userErrors: [{ field: ['input', 'content'], code: 'CONTENT_TOO_LARGE' }] });
    const twoMb = 'x'.repeat(2_000_000);
    for (const role of ['anonymous', 'shopper', 'councilX'] as const) {
      expect((await world.gqlAs(role)(IMPORT, { input: { content: twoMb, format: 'CSV' } })).status).toBe(413);
    }
    expect((await world.gqlAs('admin')(IMPORT, { input: { content: 'x'.repeat(3 * MAX_IMPORT_BYTES), format: 'CSV' } })).status).toBe(413);
  });
});
