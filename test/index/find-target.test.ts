import { describe, expect, it } from 'vitest';
import { buildClusterIndex } from '../../src/index/cluster-index';
import { findTarget } from '../../src/index/find-target';
import { parseInputs } from '../../src/resources/parse-inputs';

const service = (selector: string) => `apiVersion: v1\nkind: Service\nmetadata: { name: db }\nspec: { selector: { app: ${selector} } }\n`;
const pod = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec: { containers: [{ name: c, image: busybox:1.36 }] }\n';

describe('findTarget', () => {
  const parsed = parseInputs([
    { file: 'apps/a/service.yaml', text: service('a') },
    { file: 'apps/b/service.yaml', text: service('b') },
    { file: 'apps/b/pod.yaml', text: pod },
    { file: 'other/pod.yaml', text: `${pod}---\n${service('c')}` },
    { file: 'top.yaml', text: pod },
  ]);
  const index = buildClusterIndex(parsed.resources);
  const [, , podB, podOther, serviceOther, podTop] = parsed.resources;
  const selectorOf = (from: typeof podB) => {
    const target = findTarget(index, from!, 'Service', 'default', 'db');
    return (target!.object.spec as { selector: { app: string } }).selector.app;
  };

  it('prefers the definition in the same file, then in the closest folder, then the first one', () => {
    expect(serviceOther!.kind).toBe('Service');
    expect(selectorOf(podOther)).toBe('c');
    expect(selectorOf(podB)).toBe('b');
    expect(selectorOf(podTop)).toBe('a');
  });

  it('returns undefined for a missing object', () => {
    expect(findTarget(index, podB!, 'Service', 'default', 'nope')).toBeUndefined();
  });
});
