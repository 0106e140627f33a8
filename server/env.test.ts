import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('needs nothing to run locally', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: 'localhost',
      DATA_DIR: './data',
      BASE_URL: 'http://localhost:3000',
      LOG_LEVEL: 'info',
      TRUST_PROXY: false,
      SIGN_IN_RATE_LIMIT: 10,
      SIGN_UP_RATE_LIMIT: 5,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.MAIL_FROM).toBe('Tandem <no-reply@localhost>');
  });

  it('takes an SMTP address and a sender with or without a name', () => {
    const env = parseEnv({
      SMTP_URL: 'smtps://user:pass@smtp.example.org:465',
      MAIL_FROM: 'Tandem Mentoring <hello@tandem.example.org>',
    });
    expect(env.SMTP_URL).toBe('smtps://user:pass@smtp.example.org:465');
    expect(env.MAIL_FROM).toBe('Tandem Mentoring <hello@tandem.example.org>');
    expect(parseEnv({ SMTP_URL: 'smtp://localhost:1025', MAIL_FROM: 'a@b.org' }).MAIL_FROM).toBe(
      'a@b.org',
    );
  });

  it('derives BASE_URL from PORT and treats empty variables as unset', () => {
    expect(parseEnv({ PORT: '4100', BASE_URL: '' }).BASE_URL).toBe('http://localhost:4100');
    expect(parseEnv({ BASE_URL: 'https://tandem.example.org/' }).BASE_URL).toBe(
      'https://tandem.example.org',
    );
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/tandem' }],
    ['BASE_URL', { BASE_URL: 'ftp://example.org' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['AUTH_SECRET', { AUTH_SECRET: 'short' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'maybe' }],
    ['SIGN_UP_RATE_LIMIT', { SIGN_UP_RATE_LIMIT: '0' }],
    ['SMTP_URL', { SMTP_URL: 'https://mail.example.org' }],
    ['MAIL_FROM', { MAIL_FROM: 'Tandem' }],
    ['MAIL_FROM', { MAIL_FROM: 'Tandem <not an address>' }],
  ])('names %s when it is invalid', (name, source) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(new RegExp(`${name}:`));
  });

  it('insists on explicit secrets and address in production', () => {
    let error: unknown;
    try {
      parseEnv({ NODE_ENV: 'production' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).problems.join('\n')).toMatch(/AUTH_SECRET: is required/);
    expect((error as EnvError).problems.join('\n')).toMatch(/BASE_URL: is required/);
    expect(
      parseEnv({
        NODE_ENV: 'production',
        AUTH_SECRET: 'x'.repeat(32),
        BASE_URL: 'https://t.example',
      }).NODE_ENV,
    ).toBe('production');
  });
});
