import { describe, expect, it } from 'vitest';
import { QuantityError, exceedsInt64Milli, formatQuantity, milliValue, parseQuantity, unitValue } from '../src/core/quantity';

describe('resource.Quantity', () => {
  it.each([
    ['500m', 500, 1], ['1.5', 1500, 2], ['2', 2000, 2], ['0.5m', 1, 1], ['1e3', 1_000_000, 1000],
    ['1E3', 1_000_000, 1000], ['.5', 500, 1], ['1.', 1000, 1], ['100u', 1, 1],
  ])('%s: milli %d, value %d', (text, milli, value) => {
    expect(milliValue(parseQuantity(text))).toBe(milli);
    expect(unitValue(parseQuantity(text))).toBe(value);
  });

  it('reads binary and decimal memory suffixes exactly', () => {
    expect(unitValue(parseQuantity('1Gi'))).toBe(1024 ** 3);
    expect(unitValue(parseQuantity('1.5Gi'))).toBe(1.5 * 1024 ** 3);
    expect(unitValue(parseQuantity('1G'))).toBe(1e9);
    expect(unitValue(parseQuantity('128m'))).toBe(1); // 0.128 bytes, rounded up
    expect(unitValue(parseQuantity('1E'))).toBe(1e18);
    expect(unitValue(parseQuantity(256))).toBe(256);
  });

  it.each(['1K', '1ki', '1KB', '1GiB', '1 Gi', 'e', '', 'abc', '1.2.3', '--1'])('rejects %j', (text) => {
    expect(() => parseQuantity(text)).toThrow(QuantityError);
  });

  it.each([
    ['1.5', '1500m'], ['1.5Gi', '1536Mi'], ['1000m', '1'], ['0.5m', '500u'], ['2048Ki', '2Mi'],
    ['1Gi', '1Gi'], ['100M', '100M'], ['1e3', '1e3'], ['0', '0'], ['512', '512'], ['1500Mi', '1500Mi'],
  ])('canonical form of %s is %s', (text, canonical) => {
    expect(formatQuantity(parseQuantity(text))).toBe(canonical);
  });

  it('reads huge and tiny exponents without building numbers of millions of digits', () => {
    // exact up to 10^1000 nano-units, saturated beyond (Kubernetes' int64 arithmetic ends near 9.2e18)
    expect(parseQuantity('1e400').nano).toBe(10n ** 409n);
    expect(parseQuantity('1e99999999').nano).toBe(10n ** 1000n);
    expect(parseQuantity('5e2000').nano).toBe(10n ** 1000n);
    expect(parseQuantity('0e99999999').nano).toBe(0n);
    // rounded up to 1n, as Kubernetes rounds anything finer
    expect(parseQuantity('1e-99999999').nano).toBe(1n);
    expect(parseQuantity('123e-20').nano).toBe(1n);
    expect(parseQuantity('0e-99999999').nano).toBe(0n);
  });

  it('knows the quantities beyond int64 milli-units', () => {
    expect(exceedsInt64Milli(parseQuantity('9223372036854775807m'))).toBe(false);
    expect(exceedsInt64Milli(parseQuantity('9223372036854775807001u'))).toBe(true);
    expect(exceedsInt64Milli(parseQuantity('9223372036854775807000001n'))).toBe(true);
    expect(exceedsInt64Milli(parseQuantity('9e15'))).toBe(false);
    expect(exceedsInt64Milli(parseQuantity('1e16'))).toBe(true);
    expect(exceedsInt64Milli(parseQuantity('8Pi'))).toBe(false);
    expect(exceedsInt64Milli(parseQuantity('8Ei'))).toBe(true);
  });
});
