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
