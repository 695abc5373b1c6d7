import { parseSetCookie } from 'cookie';
import { describe, expect, it } from 'vitest';
import { sessionCookies } from './session-cookie.js';

const now = new Date('2026-01-01T00:00:00Z');
const expires = new Date('2026-01-31T00:00:00Z');

describe('the session cookie', () => {
  it('in production is __Host-ocop_session: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain', () => {
    const header = sessionCookies(true).issue('tok', expires, now);
    expect(header).toMatch(/^__Host-ocop_session=tok;/);
    const parsed = parseSetCookie(header);
    expect(parsed).toMatchObject({ secure: true, httpOnly: true, sameSite: 'lax', path: '/', maxAge: 30 * 24 * 3600 });
    expect(parsed.domain).toBeUndefined();
  });

  it('in development and tests is ocop_session, HttpOnly and SameSite=Lax but not Secure (http://localhost)', () => {
    const header = sessionCookies(false).issue('tok', expires, now);
    const parsed = parseSetCookie(header);
    expect(parsed).toMatchObject({ name: 'ocop_session', value: 'tok', httpOnly: true, sameSite: 'lax', path: '/' });
    expect(parsed.secure).toBeFalsy();
  });

  it('is cleared with an expired cookie of the same name and attributes', () => {
    const parsed = parseSetCookie(sessionCookies(true).clear());
    expect(parsed).toMatchObject({ name: '__Host-ocop_session', value: '', maxAge: 0, secure: true, path: '/' });
  });

  it('is read only under its own name', () => {
    expect(sessionCookies(true).read('ocop_session=dev; __Host-ocop_session=prod')).toBe('prod');
    expect(sessionCookies(false).read('__Host-ocop_session=prod; ocop_session=dev')).toBe('dev');
    expect(sessionCookies(false).read(undefined)).toBeNull();
    expect(sessionCookies(false).read('theme=dark')).toBeNull();
  });
});
