/**
 * Marks recognised certificates past their 36 months as EXPIRED (idempotent; listings never wait for
 * it, validity is computed from dates). Until a job runner exists, run it daily:
 *   pnpm --filter api exec tsx src/modules/certification/expire-cli.ts [--today YYYY-MM-DD]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { isIsoDate } from '../../lib/dates.js';
import { vietnamToday } from '../../lib/today.js';
import { CertificationService } from './certification.service.js';
import { CacheEpoch } from '../../lib/cache-epoch.js';

const { values } = parseArgs({ options: { today: { type: 'string' } } });
const today = values.today ?? vietnamToday();
if (!isIsoDate(today)) throw new Error(`--today must be a date YYYY-MM-DD, got "${today}"`);
const db = await openDatabase(loadConfig());
try {
  const { expired } = await new CertificationService(db.orm.em.fork()).expireOverdue(today);
  if (expired > 0) await new CacheEpoch(db.orm.em).bump();
  console.log(`expired ${expired} certificate(s) past their validity on ${today}`);
} finally {
  await db.close();
}
