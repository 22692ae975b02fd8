import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, isNearName, suggestName } from '../../src/core/suggest';

describe('did-you-mean suggestions', () => {
  const container = ['args', 'command', 'env', 'envFrom', 'image', 'imagePullPolicy', 'name', 'ports', 'resources', 'volumeMounts'];

  it.each([
    ['contianers', ['containers', 'initContainers'], 'containers'],
    ['ContainerPort', ['containerPort', 'hostPort', 'name', 'protocol'], 'containerPort'],
    ['imagepullpolicy', container, 'imagePullPolicy'],
    ['volumemount', container, 'volumeMounts'],
    ['port', container, 'ports'],
    ['replicaz', ['minReadySeconds', 'replicas', 'selector', 'template'], 'replicas'],
    ['Always', ['Always', 'Never'], undefined],
    ['colour', container, undefined],
    ['x', ['y', 'z'], 'y'],
    ['envs', ['env', 'envFrom'], 'env'],
  ])('%s → %s', (input, candidates, expected) => {
    expect(suggestName(input, candidates)).toBe(expected);
  });

  it('counts a swap of neighbours as one edit and stops early past the budget', () => {
    expect(editDistance('contianers', 'containers')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });

  it('gives the same suggestion whatever the order of the candidates', () => {
    const tie = ['nginy', 'ngin', 'nginxx'];
    for (const order of [tie, [...tie].reverse(), [tie[1]!, tie[2]!, tie[0]!]]) {
      expect(suggestName('nginx', order)).toBe('ngin'); // three at distance 1: the first in code-unit order
    }
    // a different case only beats any edit distance, wherever it comes; among several, the first in order
    expect(suggestName('Web', ['wb', 'wEb', 'WEB'])).toBe('WEB');
    expect(suggestName('Web', ['WEB', 'wEb', 'wb'])).toBe('WEB');
  });

  it('agrees with the full computation: the distance itself without a budget, or within it; over it otherwise', () => {
    /** The textbook optimal string alignment distance, every cell computed. */
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 14 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        const full = reference(a, b);
        expect(editDistance(a, b)).toBe(full);
        const budgeted = editDistance(a, b, max);
        if (full <= max) expect(budgeted).toBe(full);
        else expect(budgeted).toBeGreaterThan(max);
      }),
      { numRuns: 3000 },
    );
  });

  it('isNearName answers as suggestName does for one candidate, and suggestName takes any iterable', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '-', 'web'), maxLength: 8 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 4 }), (name, candidate, max) => {
        expect(isNearName(name, candidate, max)).toBe(suggestName(name, [candidate], max) !== undefined);
        expect(suggestName(name, new Set([candidate, 'other']), max)).toBe(suggestName(name, [candidate, 'other'], max));
      }),
      { numRuns: 3000 },
    );
    expect(isNearName('frontend', 'frontned', 2)).toBe(true);
    expect(isNearName('web', 'Web', 2)).toBe(true);
    expect(isNearName('web', 'web', 2)).toBe(false);
  });
});
