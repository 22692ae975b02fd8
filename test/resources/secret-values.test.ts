import { describe, expect, it } from 'vitest';
import { credentialIn, isSecretArgument } from '../../src/resources/secret-values';

describe('credentialIn: values that are credentials whatever they are called', () => {
  it('finds each shape, the shortest ones included', () => {
    expect(credentialIn('xoxb-0123456789')).toBe('a Slack token'); // 15 characters, the shortest token
    expect(credentialIn('AKIAIOSFODNN7EXAMPLE')).toBe('an AWS access key id');
    expect(credentialIn('redis://:pw@h')).toBe('a URL with an embedded password');
    expect(credentialIn('pwd=abc')).toBe('a connection string with a password');
    expect(credentialIn('-----BEGIN RSA PRIVATE KEY-----\nMIIE')).toBe('a private key');
  });

  it('finds every kind, alone and inside a longer text', () => {
    // one sample of each pattern (the quick check for any of them comes first: each must pass it)
    const samples: [string, string][] = [
      ['-----BEGIN EC PRIVATE KEY-----', 'a private key'],
      ['-----BEGIN PGP PRIVATE KEY BLOCK-----', 'a private key'],
      ['ASIAIOSFODNN7EXAMPLE', 'an AWS access key id'],
      [`ghp_${'a'.repeat(36)}`, 'a GitHub token'],
      [`github_pat_${'B'.repeat(22)}`, 'a GitHub token'],
      [`glpat-${'c'.repeat(20)}`, 'a GitLab token'],
      ['xoxp-0123456789', 'a Slack token'],
      [`https://hooks.slack.com/services/T0123/B0456/${'d'.repeat(16)}`, 'a Slack webhook URL'],
      [`AIza${'e'.repeat(35)}`, 'a Google API key'],
      [`rk_live_${'f'.repeat(16)}`, 'a Stripe secret key'],
      ['eyJhbGciOiJI.eyJzdWIiOiIx.c2lnbmF0dXJl', 'a JSON Web Token'],
      ['postgres://user:s3cret@db:5432/app', 'a URL with an embedded password'],
      ['Server=db;Password=hunter2;', 'a connection string with a password'],
      ['AccountName=x;ACCOUNTKEY=abc123', 'a connection string with a password'],
      ['HTTPS://admin:s3cret@registry.example.com', 'a URL with an embedded password'],
    ];
    for (const [value, what] of samples) {
      expect(credentialIn(value), value).toBe(what);
      // the URL pattern holds from the start of the value; the others anywhere
      expect(credentialIn(`${value} and more text`), value).toBe(what);
      if (!/^(postgres|HTTPS)/.test(value)) expect(credentialIn(`some text; ${value}`), value).toBe(what);
    }
  });

  it('lets ordinary values pass, and passwords taken from variables', () => {
    for (const value of ['xoxb-012345678', 'nginx:1.25', 'https://example.com/a@b', 'pwd=$(DB_PASSWORD)', 'debug', '']) {
      expect(credentialIn(value), value).toBeUndefined();
    }
  });
});

describe('isSecretArgument', () => {
  it('judges an argument alone or after the flag before it', () => {
    expect(isSecretArgument('--client-secret=abc', undefined)).toBe(true);
    expect(isSecretArgument("--client-secret='a b'", undefined)).toBe(true);
    expect(isSecretArgument('abc', '--client-secret')).toBe(true);
    expect(isSecretArgument(12345, '--api-key')).toBe(true);
    expect(isSecretArgument('--verbose', '--client-secret')).toBe(false);
    expect(isSecretArgument('abc', '--client-secret-file')).toBe(false);
    expect(isSecretArgument('--client-secret=$(CLIENT_SECRET)', undefined)).toBe(false);
    expect(isSecretArgument('--enable-token-auth=false', undefined)).toBe(false);
    expect(isSecretArgument('--dsn=mysql://app:pw@db/app', undefined)).toBe(true);
  });
});
