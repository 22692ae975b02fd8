import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/source/parse-yaml';

describe('null mapping keys', () => {
  it('refuses a null mapping key (~, null, Null, empty), as every Kubernetes client does', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  ~: a\n  Null: b\n  "null": c\n';
    expect(parseYaml('n.yaml', text).problems.map((p) => `${p.location.line}:${p.location.column}-${p.location.endColumn} ${p.message}`)).toEqual([
      '5:3-4 mapping key ~ decodes to null (YAML 1.1), which Kubernetes clients refuse (unsupported map key); quote it: "~"',
      '6:3-7 mapping key Null decodes to null (YAML 1.1), which Kubernetes clients refuse (unsupported map key); quote it: "Null"',
    ]);
    expect(parseYaml('e.yaml', 'a:\n  : x\n').problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`)).toEqual([
      '2:3 an empty mapping key decodes to null, which Kubernetes clients refuse (unsupported map key)',
    ]);
  });
});
