import { describe, expect, it } from 'vitest';
import { QuantityError, formatQuantity, milliValue, parseQuantity, unitValue } from '../src/core/quantity';

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
});
