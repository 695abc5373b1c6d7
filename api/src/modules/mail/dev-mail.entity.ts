import { defineEntity, p } from '@mikro-orm/core';

/**
 * A mail the development mailbox adapter "sent": stored instead of delivered, listed at /dev/mailbox
 * and read by tests. Never written in production (see mail.ts).
 */
const DevMailSchema = defineEntity({
  name: 'DevMail',
  tableName: 'dev_mail',
  properties: {
    id: p.string().primary(),
    to: p.string().fieldName('to_address'),
    subject: p.string(),
    text: p.text(),
    sentAt: p.datetime().index(),
  },
});

export class DevMail extends DevMailSchema.class {}
DevMailSchema.setClass(DevMail);
