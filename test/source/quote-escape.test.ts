import { describe, expect, it } from 'vitest';
import { parseFastYaml } from '../../src/source/fast-yaml';
import { parseYaml } from '../../src/source/parse-yaml';
import { parseYamlWithLibrary } from '../../src/source/parse-yaml-with-library';

/**
 * go-yaml (libyaml) accepts `\'` in a double-quoted scalar and reads it as `'` (kubectl applies
 * k8s-website-examples/pods/inject/envars-file-container.yaml, which uses it); YAML 1.2 has no such escape.
 */
describe("\\' in a double-quoted scalar", () => {
  const text = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: a
      command: ['sh', '-c', "echo \\"A=\\'x\\'\\" > /f"]
      tty: "yes"
`;
  const expected = ['sh', '-c', `echo "A='x'" > /f`];

  it('decodes to a quote on both parsers, with the positions of everything after it intact', () => {
    const fast = parseFastYaml('p.yaml', text);
    expect(fast.ok).toBe(true);
    const library = parseYamlWithLibrary('p.yaml', text);
    for (const source of [fast.ok ? fast.file : undefined, library]) {
      expect(source?.problems).toEqual([]);
      const doc = source!.documents[0]!;
      expect((doc.value as { spec: { containers: { command: string[] }[] } }).spec.containers[0]!.command).toEqual(expected);
      expect(doc.locate(['spec', 'containers', 0, 'tty'])).toEqual({ line: 8, column: 12, endLine: 8, endColumn: 17 });
    }
  });

  it('decodes inside a file only the library reads (an alias), keys included', () => {
    const withAlias = `${text}  hostname: &h "it\\'s"\n  subdomain: *h\n  "k\\'": 1\n`;
    const source = parseYaml('p.yaml', withAlias);
    expect(source.problems).toEqual([]);
    const spec = (source.documents[0]!.value as { spec: Record<string, unknown> }).spec;
    expect([spec.hostname, spec.subdomain, spec["k'"]]).toEqual(["it's", "it's", 1]);
  });

  it('stays an error for an escape go-yaml does not know either', () => {
    const source = parseYaml('p.yaml', 'a: "x\\qy"\n');
    expect(source.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`)).toEqual(['1:6 Invalid escape sequence \\q']);
  });
});
