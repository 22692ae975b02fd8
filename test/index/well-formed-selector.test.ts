import { describe, expect, it } from 'vitest';
import { isWellFormedLabelSelector } from '../../src/index/label-selector';

describe('isWellFormedLabelSelector (what metav1.LabelSelectorAsSelector accepts)', () => {
  it('accepts matchLabels, every operator with the right values, and an empty selector', () => {
    expect(isWellFormedLabelSelector({})).toBe(true);
    expect(
      isWellFormedLabelSelector({
        matchLabels: { app: 'web', empty: '' },
        matchExpressions: [
          { key: 'a', operator: 'In', values: ['x'] },
          { key: 'b', operator: 'NotIn', values: ['y', 'z'] },
          { key: 'c', operator: 'Exists' },
          { key: 'd', operator: 'DoesNotExist', values: [] },
        ],
      }),
    ).toBe(true);
  });

  it('rejects In/NotIn without values, Exists/DoesNotExist with values, unknown operators and bad keys or values', () => {
    expect(isWellFormedLabelSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] })).toBe(false);
    expect(isWellFormedLabelSelector({ matchExpressions: [{ key: 'a', operator: 'NotIn' }] })).toBe(false);
    expect(isWellFormedLabelSelector({ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] })).toBe(false);
    expect(isWellFormedLabelSelector({ matchExpressions: [{ key: 'a', operator: 'Equals', values: ['x'] }] })).toBe(false);
    expect(isWellFormedLabelSelector({ matchExpressions: [{ key: 'a b', operator: 'Exists' }] })).toBe(false);
    expect(isWellFormedLabelSelector({ matchLabels: { app: '-web' } })).toBe(false);
    expect(isWellFormedLabelSelector(null)).toBe(false);
  });
});
