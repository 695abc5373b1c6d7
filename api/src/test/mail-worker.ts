/**
 * A job process for main.test.ts: the API's pg-boss jobs over DATABASE_URL, with test timings (jobs
 * of a dead worker expire after 2 s, the supervisor looks every second). With MAIL_BLOCKS=true its
 * mail sender never returns, like an SMTP server that stopped answering: the process is then killed
 * with SIGKILL mid-send. Otherwise mails go to dev_mail.
 */
import 'reflect-metadata';
import { openOrm } from '../db/orm.js';
import { startJobs } from '../jobs.js';
import { DevMailbox, type MailSender } from '../modules/mail/mail.js';
import { defaultServiceDeps } from '../modules/services.js';
import { createLogger } from '../observability/logger.js';

const url = process.env.DATABASE_URL!;
const orm = await openOrm(url, { poolMax: 4 });
const blocking: MailSender = {
  send: (mail) => {
    console.log(`mail-worker: sending to ${mail.to} (blocks)`);
    return new Promise(() => {});
  },
};
const mail = process.env.MAIL_BLOCKS === 'true' ? blocking : new DevMailbox(orm.em);
const jobs = await startJobs({
  url,
  orm,
  logger: createLogger({ LOG_LEVEL: 'info' }).child({ component: 'mail-worker' }),
  deps: () => ({ ...defaultServiceDeps(), mail, storefrontUrl: 'http://localhost:3000' }),
  pollingIntervalSeconds: 0.5,
  superviseIntervalSeconds: 1,
  queueOptions: { expireInSeconds: 2, retryDelay: 0, retryBackoff: false },
});
console.log('mail-worker: ready');
process.on('SIGTERM', () => {
  void jobs
    .stop()
    .then(() => orm.close())
    .then(() => process.exit(0));
});
