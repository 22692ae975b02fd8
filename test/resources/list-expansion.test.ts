import { describe, expect, it } from 'vitest';
import { buildResources } from '../../src/resources/build-resources';
import { parseYaml } from '../../src/source/parse-yaml';

const brief = (text: string) => {
  const { resources, findings } = buildResources([parseYaml('l.yaml', text)]);
  return {
    resources: resources.map((r) => `${r.kind}/${r.name} ${r.document.locate(r.path, 'key').line}`),
    findings: findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`),
  };
};

describe('List and *List expansion', () => {
  it('expands items at their own positions and reports items that are not objects', () => {
    const text = 'apiVersion: v1\nkind: ConfigMapList\nitems:\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n- 5\n---\napiVersion: v1\nkind: List\nitems: []\n';
    expect(brief(text)).toEqual({
      resources: ['ConfigMap/a 4'],
      findings: ['5:3 input not a Kubernetes object: expected a mapping with apiVersion and kind, found a number'],
    });
  });

  it('reports a v1 List without an items list (kubectl would send it as an object of kind List) instead of an unknown kind', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n---\napiVersion: v1\nkind: List\nitems: {a: b}\n---\napiVersion: v1\nkind: List\n';
    expect(brief(text)).toEqual({
      resources: [],
      findings: [
        '3:7 input a List needs items: a list of objects (found null)',
        '7:1 input a List needs items: a list of objects (found a mapping)',
        '10:7 input a List needs items: a list of objects (found none)',
      ],
    });
  });
});
