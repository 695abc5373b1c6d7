import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('config', () => {
  it('defaults to the embedded database on port 4000 in development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ NODE_ENV: 'development', API_PORT: 4000, SEED_ON_EMPTY: true, isProduction: false });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toMatch(/\.data\/pg$/);
  });

  it('treats an empty DATABASE_URL as unset and accepts a real one', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/ocop' }).DATABASE_URL).toBe('postgres://u:p@db:5432/ocop');
  });

  it('takes the storefront origin for trace links without a trailing slash, and only http(s)', () => {
    expect(loadConfig({}).PUBLIC_STOREFRONT_URL).toBe('http://localhost:3000');
    expect(loadConfig({ PUBLIC_STOREFRONT_URL: 'https://ocop.example.vn/' }).PUBLIC_STOREFRONT_URL).toBe('https://ocop.example.vn');
    expect(() => loadConfig({ PUBLIC_STOREFRONT_URL: 'ftp://ocop.example.vn' })).toThrow(/PUBLIC_STOREFRONT_URL/);
    expect(() => loadConfig({ PUBLIC_STOREFRONT_URL: 'ocop.example.vn' })).toThrow(/PUBLIC_STOREFRONT_URL/);
  });

  it('takes a redis(s) REDIS_URL (empty: unset, shares nothing) and a key prefix', () => {
    expect(loadConfig({}).REDIS_URL).toBeUndefined();
    expect(loadConfig({ REDIS_URL: '' }).REDIS_URL).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'rediss://:secret@cache.example.vn:6380/1' }).REDIS_URL).toBe('rediss://:secret@cache.example.vn:6380/1');
    expect(() => loadConfig({ REDIS_URL: 'http://cache.example.vn' })).toThrow(/REDIS_URL/);
    expect(loadConfig({}).REDIS_KEY_PREFIX).toBe('ocop:');
    expect(loadConfig({ REDIS_KEY_PREFIX: 'ocop-staging:' }).REDIS_KEY_PREFIX).toBe('ocop-staging:');
    expect(() => loadConfig({ REDIS_KEY_PREFIX: 'a b' })).toThrow(/REDIS_KEY_PREFIX/);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ API_PORT: 'abc', NODE_ENV: 'staging', DATABASE_URL: 'not a url' })).toThrow(
      /API_PORT[\s\S]*NODE_ENV|NODE_ENV[\s\S]*API_PORT/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });

  it('requires an smtp(s) SMTP_URL in production, and leaves it optional elsewhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SMTP_URL: required in production/);
    expect(loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtps://u:p@mail.example.vn:465' }).SMTP_URL).toBe('smtps://u:p@mail.example.vn:465');
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_DEV_MAILBOX: 'true' }).ALLOW_DEV_MAILBOX).toBe(true);
    expect(loadConfig({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.vn' })).toThrow(/SMTP_URL/);
  });

  it('takes the log level, the metrics token (32+ characters, unset → no /metrics) and rate limits per minute (0 = off)', () => {
    const defaults = loadConfig({});
    expect(defaults).toMatchObject({
      LOG_LEVEL: 'info',
      RATE_LIMIT_MUTATIONS_PER_IP: 60,
      RATE_LIMIT_MUTATIONS_PER_ACCOUNT: 30,
      RATE_LIMIT_ACCOUNT_ACCESS_PER_IP: 10,
      RATE_LIMIT_SEARCH_PER_IP: 120,
    });
    expect(defaults.METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'x'.repeat(32) }).METRICS_TOKEN).toBe('x'.repeat(32));
    expect(() => loadConfig({ METRICS_TOKEN: 'short-secret' })).toThrow(/METRICS_TOKEN: must be at least 32/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short-secret' })).not.toThrow(/short-secret/);
    expect(defaults.STOREFRONT_API_TOKEN).toBeUndefined();
    expect(loadConfig({ STOREFRONT_API_TOKEN: ' ' }).STOREFRONT_API_TOKEN).toBeUndefined();
    expect(loadConfig({ STOREFRONT_API_TOKEN: 't'.repeat(43) }).STOREFRONT_API_TOKEN).toBe('t'.repeat(43));
    expect(() => loadConfig({ STOREFRONT_API_TOKEN: 'too-short-token' })).toThrow(/STOREFRONT_API_TOKEN: must be at least 32/);
    expect(() => loadConfig({ STOREFRONT_API_TOKEN: 'too-short-token' })).not.toThrow(/too-short-token/);
    expect(loadConfig({ RATE_LIMIT_SEARCH_PER_IP: '0', LOG_LEVEL: 'silent' })).toMatchObject({ RATE_LIMIT_SEARCH_PER_IP: 0, LOG_LEVEL: 'silent' });
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
