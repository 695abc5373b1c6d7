import { describe, expect, it } from 'vitest';
import { captureLogger, inRequestScope } from './logger.js';

describe('the logger', () => {
  it('writes JSON lines that carry the request id of the request being served', () => {
    const { logger, lines } = captureLogger();
    logger.info('outside');
    inRequestScope('req-1', () => logger.info({ path: '/graphql' }, 'inside'));
    expect(lines.map((l) => [l.msg, l.requestId])).toEqual([['outside', undefined], ['inside', 'req-1']]);
  });

  it('keeps the stack of an error and never writes cookies or authorisation headers', () => {
    const { logger, lines } = captureLogger();
    logger.error({ err: new Error('boom'), req: { headers: { cookie: 'ocop_session=secret', authorization: 'Bearer secret' } } }, 'failed');
    expect(lines[0]!.err).toMatchObject({ type: 'Error', message: 'boom', stack: expect.stringContaining('logger.test.ts') });
    expect(JSON.stringify(lines[0])).not.toContain('secret');
  });

  it('writes the fields of a database error but not the client it carries', () => {
    const { logger, lines } = captureLogger();
    const error = Object.assign(new Error('terminating connection'), { code: '57P01', severity: 'FATAL', client: { connectionParameters: { password: 'secret' } } });
    logger.error({ err: error }, 'pg-boss error');
    expect(lines[0]!.err).toMatchObject({ message: 'terminating connection', code: '57P01', severity: 'FATAL' });
    expect(lines[0]!.err).not.toHaveProperty('client');
  });

  it('honours the level', () => {
    const { logger, lines } = captureLogger('warn');
    logger.info('quiet');
    logger.warn('loud');
    expect(lines.map((l) => l.msg)).toEqual(['loud']);
  });
});
