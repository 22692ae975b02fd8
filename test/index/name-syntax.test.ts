import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDns1035Label,
  checkDns1123Label,
  checkDns1123Subdomain,
  checkPathSegmentName,
  checkPortName,
  checkWildcardDns1123Subdomain,
} from '../../src/index/label-selector';

describe('name syntax as the API server validates it', () => {
  it('DNS-1123 labels', () => {
    for (const ok of ['a', 'web', 'web-1', '0abc', 'a'.repeat(63)]) expect(checkDns1123Label(ok), ok).toEqual([]);
    for (const bad of ['Web', 'web_1', '-web', 'web-', 'a.b', '']) expect(checkDns1123Label(bad), bad).toHaveLength(1);
    expect(checkDns1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });

  it('DNS-1123 subdomains', () => {
    for (const ok of ['web', 'my.app-1', 'a'.repeat(253), '1.2.3']) expect(checkDns1123Subdomain(ok), ok).toEqual([]);
    for (const bad of ['My.App', 'a..b', '.a', 'a.', 'a_b', '']) expect(checkDns1123Subdomain(bad), bad).toHaveLength(1);
    expect(checkDns1123Subdomain('a'.repeat(254))).toEqual(['must be no more than 253 characters']);
  });

  it('wildcard DNS-1123 subdomains: "*." and a subdomain', () => {
    for (const ok of ['*.example.com', '*.com', '*.a-1.b']) expect(checkWildcardDns1123Subdomain(ok), ok).toEqual([]);
    for (const bad of ['*', '*.', 'foo.*.com', '*foo.com', '**.com', '*.*.com', '*.Example.com', '*.example.com.']) {
      expect(checkWildcardDns1123Subdomain(bad), bad).toHaveLength(1);
    }
    expect(checkWildcardDns1123Subdomain('foo.*.com')).toEqual([
      "a wildcard DNS-1123 subdomain must start with '*.', followed by a DNS-1123 subdomain (lowercase alphanumeric characters, '-' or '.', starting and ending with an alphanumeric character), e.g. '*.example.com'",
    ]);
    expect(checkWildcardDns1123Subdomain(`*.${'a'.repeat(252)}`)).toEqual(['must be no more than 253 characters']);
  });

  it('DNS-1035 labels start with a letter', () => {
    expect(checkDns1035Label('web-1')).toEqual([]);
    expect(checkDns1035Label('1web')).toEqual([
      "must be a DNS-1035 label: lowercase alphanumeric characters or '-', starting with a letter and ending with an alphanumeric character",
    ]);
  });

  it('port names (IANA_SVC_NAME)', () => {
    for (const ok of ['http', 'http-metrics', 'h2c', 'a1', 'x'.repeat(15)]) expect(checkPortName(ok), ok).toEqual([]);
    expect(checkPortName('8080')).toEqual(['must contain at least one letter (a-z)']);
    expect(checkPortName('http--alt')).toEqual(["must not contain consecutive '-'"]);
    expect(checkPortName('-http')).toEqual(["must not begin or end with '-'"]);
    expect(checkPortName('HTTP')).toEqual([
      "must contain only lowercase alphanumeric characters and '-'",
      'must contain at least one letter (a-z)',
    ]);
    expect(checkPortName('metrics-endpoint')).toEqual(['must be 1 to 15 characters long']);
    expect(checkPortName('http_alt')).toEqual(["must contain only lowercase alphanumeric characters and '-'"]);
  });

  it('port names: valid exactly when every rule holds (the one-test shortcut for valid names agrees)', () => {
    const rules = (v: string) =>
      v.length >= 1 && v.length <= 15 && /^[-a-z0-9]+$/.test(v) && /[a-z]/.test(v) && !v.includes('--') && !v.startsWith('-') && !v.endsWith('-');
    fc.assert(
      fc.property(fc.stringMatching(/^[-a-z0-9A_.]{0,18}$/), (v) => {
        expect(checkPortName(v).length === 0).toBe(rules(v));
      }),
      { numRuns: 5000 },
    );
  });

  it('path segment names (RBAC)', () => {
    expect(checkPathSegmentName('system:controller:foo')).toEqual([]);
    expect(checkPathSegmentName('..')).toEqual(["may not be '..'"]);
    expect(checkPathSegmentName('a/b%c')).toEqual(["may not contain '/'", "may not contain '%'"]);
  });
});
