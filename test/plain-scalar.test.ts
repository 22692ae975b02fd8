import { describe, expect, it } from 'vitest';
import { resolvePlainScalar } from '../src/source/plain-scalar';

describe('plain scalars decode as go-yaml v2 (the API server) decodes them', () => {
  it.each([
    ['on', true], ['Off', false], ['yes', true], ['n', false], ['TRUE', true], ['~', null], ['', null],
    ['0644', 420], ['0x1F', 31], ['0o17', 15], ['0b101', 5], ['1_000', 1000], ['+7', 7], ['-0644', -420],
    ['08', 8], ['1e3', 1000], ['1.', 1], ['.5', 0.5], ['+.5', 0.5], ['.inf', Infinity], ['-.Inf', -Infinity],
  ])('%s → %s', (text, value) => {
    expect(resolvePlainScalar(text)).toEqual(value);
  });

  it.each(['1:20', '2024-01-01', 'inf', 'nginx:1.25', '1e400', '.5e400', '-.5e400', '0x', '-', 'onion', 'yess', '12Mi', '500m'])(
    '%s stays a string',
    (text) => {
      expect(resolvePlainScalar(text)).toBe(text);
    },
  );

  it('keeps 64-bit range semantics: too large for int64 falls back to uint64, then float', () => {
    // the largest int64s would round up to 2^63 as doubles, an int64 no more: kept just below it
    expect(resolvePlainScalar('9223372036854775807')).toBe(2 ** 63 - 1024);
    expect(resolvePlainScalar('9223372036854775000')).toBe(2 ** 63 - 1024);
    expect(resolvePlainScalar('9223372036854775808')).toBe(2 ** 63);
    expect(resolvePlainScalar('18446744073709551615')).toBe(18446744073709551615);
    expect(resolvePlainScalar('99999999999999999999')).toBe(1e20);
    expect(resolvePlainScalar('-9223372036854775809')).toBe(-9223372036854775809);
  });
});
