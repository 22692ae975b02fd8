import { describe, expect, it } from 'vitest';
import { existingPrefix, formatPath, getAtPath } from '../../src/core/path';

describe('paths', () => {
  const object = { spec: { containers: [{ name: 'a', securityContext: null }] } };

  it('formats paths as users read them', () => {
    expect(formatPath(['spec', 'containers', 0, 'image'])).toBe('spec.containers[0].image');
    expect(formatPath(['metadata', 'annotations', 'kubeplan.io/ignore'])).toBe('metadata.annotations["kubeplan.io/ignore"]');
    expect(formatPath([''])).toBe('[""]');
    expect(formatPath(['', 'a'])).toBe('[""].a');
    expect(formatPath([])).toBe('');
  });

  it('formats a path the same however often, and keeps an index apart from a key that reads alike', () => {
    expect(formatPath(['data', 0])).toBe('data[0]');
    expect(formatPath(['data', '0'])).toBe('data["0"]');
    expect(formatPath(['data', 0])).toBe('data[0]');
    expect(formatPath(['spec', 'containers', 1, 'image'])).toBe('spec.containers[1].image');
    expect(formatPath(['spec', 'containers', 1])).toBe('spec.containers[1]');
    expect(formatPath(['spec', 'containers', 1, 'image'])).toBe('spec.containers[1].image');
  });

  it('formats paths right past the number it remembers', () => {
    for (let i = 0; i < 20_001; i++) formatPath(['data', `key-${i}`]);
    expect(formatPath(['data', 'key-0'])).toBe('data.key-0');
    expect(formatPath(['data', 'not seen', 0, 'x'])).toBe('data["not seen"][0].x');
    expect(formatPath(['spec', 'containers', 1, 'image'])).toBe('spec.containers[1].image');
  });

  it('reads values at a path', () => {
    expect(getAtPath(object, ['spec', 'containers', 0, 'name'])).toBe('a');
    expect(getAtPath(object, ['spec', 'missing', 0])).toBeUndefined();
  });

  it('finds the longest existing prefix', () => {
    expect(existingPrefix(object, ['spec', 'containers', 0, 'name'])).toEqual(['spec', 'containers', 0, 'name']);
    expect(existingPrefix(object, ['spec', 'containers', 0, 'ports', 0])).toEqual(['spec', 'containers', 0]);
    expect(existingPrefix(object, ['spec', 'containers', 3])).toEqual(['spec', 'containers']);
    expect(existingPrefix(object, ['spec', 'containers', 'x'])).toEqual(['spec', 'containers']);
    // a key written with a null value exists (it is where the user would fill it in)
    expect(existingPrefix(object, ['spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual(['spec', 'containers', 0, 'securityContext']);
    expect(existingPrefix(object, [])).toEqual([]);
    expect(existingPrefix('scalar', ['a'])).toEqual([]);
  });
});
