/**
 * pnpm run import <file.csv|file.jsonl> [--skip-invalid] [--dry-run]
 * Loads a certified-product list (format: README "Catalogue import"). Exit code 1 when rows were
 * refused; nothing is written then unless --skip-invalid.
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../database.js';
import { CacheEpoch } from '../../lib/cache-epoch.js';
import { importFile } from './import.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'skip-invalid': { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
});
const config = loadConfig();
if (positionals.length !== 1) {
  console.error('usage: pnpm run import <file.csv|file.jsonl> [--skip-invalid] [--dry-run]');
  process.exit(2);
}
const file = path.resolve(config.INIT_CWD, positionals[0]!);
const content = await readFile(file, 'utf8');
const started = performance.now();
const db = await openDatabase(config);
try {
  const report = await importFile(db.orm.em.fork(), file, content, { skipInvalid: values['skip-invalid'], dryRun: values['dry-run'] });
  for (const e of report.errors.slice(0, 200)) console.log(`row ${e.row}: ${e.field} ${e.message}`);
  if (report.errors.length > 200) console.log(`… and ${report.errors.length - 200} more errors`);
  // Running API instances key their cached catalogue reads by this epoch.
  if (!values['dry-run'] && report.imported > 0) await new CacheEpoch(db.orm.em).bump();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const summary = `producers +${report.producers.created} ~${report.producers.updated}, products +${report.products.created} ~${report.products.updated}, certificates +${report.certificates.created} ~${report.certificates.updated}`;
  if (report.rolledBack && !values['dry-run']) {
    console.log(`${report.errors.length} error(s) in ${report.rows} rows: nothing imported (fix the rows or use --skip-invalid).`);
  } else {
    console.log(`${values['dry-run'] ? 'dry run, would import' : 'imported'} ${report.imported} of ${report.rows} rows in ${seconds} s: ${summary}`);
  }
  process.exitCode = report.errors.length ? 1 : 0;
} finally {
  await db.close();
}
