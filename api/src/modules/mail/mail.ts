import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';
import { newId } from '../../lib/ids.js';
import { rows } from '../../lib/sql.js';

export interface OutboundMail {
  to: string;
  subject: string;
  /** Plain text; links are written out in full (the dev mailbox makes them clickable). */
  text: string;
}

/** The outbound mail port: the accounts module sends through it, never through an SMTP library. */
export interface MailSender {
  send(mail: OutboundMail): Promise<void>;
}

/** Delivers through an SMTP server (`SMTP_URL`, e.g. `smtps://user:pass@host:465`). */
export class SmtpMailSender implements MailSender {
  private readonly transport: nodemailer.Transporter;
  constructor(url: string, private readonly from: string) {
    this.transport = nodemailer.createTransport(url);
  }

  async send(mail: OutboundMail): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
  }
}

export interface StoredMail extends OutboundMail {
  id: string;
  sentAt: Date;
}

/**
 * The development mailbox: mails are stored in dev_mail instead of delivered, listed at /dev/mailbox
 * and read by tests. Each mail is written on its own (outside any transaction of the caller), as a
 * real send would be.
 */
export class DevMailbox implements MailSender {
  constructor(private readonly em: EntityManager, private readonly now: () => Date = () => new Date()) {}

  async send(mail: OutboundMail): Promise<void> {
    const at = this.now();
    await rows(this.em.fork(), `insert into dev_mail (id, to_address, subject, text, sent_at) values (?, ?, ?, ?, ?)`, [
      newId('devMail', at.getTime()),
      mail.to,
      mail.subject,
      mail.text,
      at,
    ]);
  }

  /** Newest first; `to` narrows to one recipient (tests). */
  async list(options: { limit?: number; to?: string } = {}): Promise<StoredMail[]> {
    return rows<StoredMail>(
      this.em.fork(),
      `select id, to_address as "to", subject, text, sent_at as "sentAt" from dev_mail
       where (?::text is null or lower(to_address) = lower(?)) order by id desc limit ?`,
      [options.to ?? null, options.to ?? null, options.limit ?? 100],
    );
  }
}

/**
 * SMTP when SMTP_URL is set; otherwise the development mailbox. loadConfig refuses production
 * without SMTP_URL unless ALLOW_DEV_MAILBOX is set, and then this logs that mails are only stored.
 */
export function createMailSender(config: Config, em: EntityManager, log: (msg: string) => void = () => {}): MailSender {
  if (config.SMTP_URL) return new SmtpMailSender(config.SMTP_URL, config.MAIL_FROM);
  if (config.isProduction) log('SMTP_URL is unset (ALLOW_DEV_MAILBOX): mails are stored in the dev_mail table, not delivered');
  return new DevMailbox(em);
}
