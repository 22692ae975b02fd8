import { describe, expect, it } from 'vitest';
import { kubernetesMinor } from '../../src/core/kubernetes-version';

describe('kubernetesMinor', () => {
  it('reads the minor version, with or without a v and a patch', () => {
    expect(kubernetesMinor('1.34')).toBe(34);
    expect(kubernetesMinor('v1.28')).toBe(28);
    expect(kubernetesMinor('1.9.3')).toBe(9);
  });
  it('counts an unreadable version as the newest', () => {
    expect(kubernetesMinor('latest')).toBe(Infinity);
    expect(kubernetesMinor('1')).toBe(Infinity);
  });
});
