import { describe, expect, it } from 'vitest';
import { formatIntOrPercent, parseIntOrPercent, rawIntOrPercentValue, scaleIntOrPercent } from '../../src/core/int-or-percent';

describe('int-or-percent', () => {
  it.each([
    [3, { kind: 'int', value: 3 }],
    [0, { kind: 'int', value: 0 }],
    [-1, { kind: 'int', value: -1 }],
    ['25%', { kind: 'percent', value: 25 }],
    ['0%', { kind: 'percent', value: 0 }],
    ['150%', { kind: 'percent', value: 150 }],
    ['5', { kind: 'invalid', text: '5' }],
    ['25.5%', { kind: 'invalid', text: '25.5%' }],
    ['-5%', { kind: 'invalid', text: '-5%' }],
    [1.5, { kind: 'invalid', text: '1.5' }],
  ])('parses %j', (input, expected) => {
    expect(parseIntOrPercent(input)).toEqual(expected);
  });

  it('treats absence as undefined', () => {
    expect(parseIntOrPercent(undefined)).toBeUndefined();
    expect(parseIntOrPercent(null)).toBeUndefined();
  });

  it('scales percentages as Kubernetes does (surge up, unavailable down)', () => {
    const pct = parseIntOrPercent('25%')!;
    expect(scaleIntOrPercent(pct, 10, true)).toBe(3);
    expect(scaleIntOrPercent(pct, 10, false)).toBe(2);
    expect(scaleIntOrPercent(parseIntOrPercent(2)!, 10, true)).toBe(2);
  });

  it('reads the raw value and formats it back', () => {
    expect(rawIntOrPercentValue(parseIntOrPercent('0%'))).toBe(0);
    expect(rawIntOrPercentValue(parseIntOrPercent('5'))).toBe(0);
    expect(rawIntOrPercentValue(undefined)).toBe(0);
    expect(formatIntOrPercent(parseIntOrPercent('30%')!)).toBe('30%');
    expect(formatIntOrPercent(parseIntOrPercent(4)!)).toBe('4');
  });
});
