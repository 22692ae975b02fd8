import { describe, expect, it } from 'vitest';
import { editDistance, suggestName } from '../../src/core/suggest';

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
});
